import Foundation
import PatronCore

/// The printable sheet of A6 postcards, a document of its own (no staff frame): address side with
/// the card number as a Code 128 barcode, and message side with the refund steps' absolute address
/// (`PATRONCARE_PUBLIC_URL`) as a QR code and as text, for each card of a batch. While the address is
/// the loopback default the screen (never the paper) says the cards would point at this machine only.
struct PostcardSheetPage: HTMLDocument {
    struct Card {
        let addressLines: [String]
        let postcode: String
        let body: String
        let cardNumber: String
        /// nil when the card number cannot be encoded as Code 128.
        let barcode: BarcodeDrawing?

        /// The address split into lines; a last line of five digits is the postcode, printed apart.
        init(message: OutboxMessage, cardNumber: String) {
            var lines = message.address.split(separator: "\n").map(String.init)
            let postcode = lines.last.flatMap { $0.count == 5 && $0.allSatisfy(\.isNumber) ? $0 : nil } ?? ""
            if !postcode.isEmpty { lines.removeLast() }
            addressLines = lines
            self.postcode = postcode
            body = message.body
            self.cardNumber = cardNumber
            barcode = (try? Code128(cardNumber)).map(BarcodeDrawing.init)
        }
    }

    let words: Words
    let csrf: String
    let printedAction: String
    let printed: Bool
    let senderLines: [String]
    let cards: [Card]
    /// The refund steps' absolute address, printed on every card.
    let refundSteps: PrintedAddress
    let publicAddress: PublicAddress

    init(words: Words, csrf: String, batch: PostcardBatch, cards: [Card], publicAddress: PublicAddress) {
        self.words = words
        self.csrf = csrf
        printedAction = SiteRoute.href(batch.id) { .postcardBatchPrinted($0) }
        printed = batch.printedAt != nil
        senderLines = words("postcard_sender").components(separatedBy: "\n")
        self.cards = cards
        self.publicAddress = publicAddress
        refundSteps = PrintedAddress(url: publicAddress.absolute(.refundSteps), caption: words("print_scan_refund_steps"))
    }

    var document: HTML {
        let t = words
        return """
        <!doctype html>
        <html lang="\(words.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(t("postcards_title"))</title>
        <link rel="stylesheet" href="\(Asset.postcardsCSS.href)">
        <script src="\(Asset.printJS.href)" defer></script>
        </head>
        <body>
        <nav class="noprint">
          <a href="\(SiteRoute.outbox().href)">← \(t("outbox_title"))</a> · <button type="button" data-print>\(t("receipt_print"))</button>
          \(printed ? "<span>\(t("postcards_already_printed"))</span>" : confirmPrinted)
        </nav>
        \(publicAddress.warning(words))
        \(cards.map(card))
        </body>
        </html>

        """
    }

    private var confirmPrinted: HTML {
        """
        <form method="post" action="\(printedAction)" class="inline"><input type="hidden" name="_csrf" value="\(csrf)"><button type="submit">\(words("postcards_confirm_printed"))</button></form>
        """
    }

    private func card(_ card: Card) -> HTML {
        let sender = senderLines.map { line -> HTML in "\(line)<br>" }
        let address = card.addressLines.map { line -> HTML in "<div>\(line)</div>" }
        return """
        <section class="postcard address-side">
          <div class="sender">\(sender)</div>
          <div class="stamp">\(words("postcard_stamp"))</div>
          <div class="to">\(address)<div class="postcode">\(card.postcode)</div></div>
          \(card.barcode.map { barcode($0, text: card.cardNumber) })
        </section>
        <section class="postcard message-side"><div class="message">\(card.body)</div>\(refundSteps.html)</section>

        """
    }

    /// The symbol as SVG: a white background and one black `<rect>` per bar, drawn crisp so a scanner reads the printout.
    private func barcode(_ drawing: BarcodeDrawing, text: String) -> HTML {
        let bars = drawing.bars.map { bar -> HTML in "<rect x=\"\(bar.x)\" y=\"0\" width=\"\(bar.width)\" height=\"\(drawing.height)\"/>" }
        return """
        <div class="barcode"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(drawing.width) \(drawing.height)" preserveAspectRatio="none" shape-rendering="crispEdges" role="img" aria-label="\(text)"><rect width="\(drawing.width)" height="\(drawing.height)" fill="#fff"/><g fill="#000">\(bars)</g></svg><div class="barcode-text">\(text)</div></div>
        """
    }
}

/// A Code 128 symbol as the postcard sheet draws it: `<svg viewBox="0 0 width height">` with one `<rect>` per bar.
struct BarcodeDrawing {
    struct Bar {
        let x: Int
        let width: Int
    }

    let width: Int
    let height: Int
    let bars: [Bar]

    init(_ symbol: Code128) {
        width = symbol.totalModules
        height = 40
        bars = symbol.bars.map { Bar(x: $0.x, width: $0.width) }
    }
}
