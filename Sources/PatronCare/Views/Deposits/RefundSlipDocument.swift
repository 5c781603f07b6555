import Foundation
import PatronCore

/// The printable refund slip (ใบสำคัญรับเงิน; A5 or 80 mm thermal) the member or the proxy signs
/// when a refund is paid: the slip number, the receipt it closes, the amount in figures and Thai
/// words, who collected (a proxy with the masked ID number and the letter) and the two signature
/// lines, and the refund steps' absolute address (`PATRONCARE_PUBLIC_URL`) as a QR code and text.
/// A document of its own like `ReceiptDocument`; it shares the receipt's print sheet.
///
/// A printed sheet is beyond the access rules, so the proxy's ID number is masked for every reader
/// (`PersonalDataMask.Medium.paper`): heads read it whole on the deposit page.
struct RefundSlipDocument: HTMLDocument {
    /// Who took the money, as the slip says it.
    enum Collector: Equatable {
        case member(name: String)
        case proxy(ProxyView, letterDate: String, letterNoted: Bool)
    }

    let words: Words
    let slipNumber: String
    let paidOn: String
    let paidAt: String
    let memberCard: String
    let memberName: String
    let receiptNumber: String
    let receiptDate: String
    let depositAmount: String
    let amountFigures: String
    let amountWords: String
    let balanceAfter: String
    /// The refund leaves nothing on the receipt: the receipt is closed.
    let closesReceipt: Bool
    let paymentMethod: String
    let counter: String
    let collector: Collector
    /// A head's approval to pay after the claim deadline (who: why), when there was one.
    let overrideNote: String
    let note: String
    /// The clerk who paid: their name as recorded, not their username.
    let clerkName: String
    let backHref: String
    let a5Href: String
    let thermalHref: String
    let thermal: Bool
    /// The one-time notice ("Refund paid.") when the slip is shown right after the refund; not printed.
    let notice: String?
    let publicAddress: PublicAddress
    let refundSteps: PrintedAddress

    init(words: Words, deposit: Deposit, member: Member, refund: LedgerEntryRecord, entries: [LedgerEntryRecord],
         mask: PersonalDataMask, cipher: PersonalDataCipher, thermal: Bool, publicAddress: PublicAddress, notice: String? = nil) {
        let language = words.language
        self.words = words
        let depositID = refund.$deposit.id
        let refundID = refund.id ?? UUID()
        let ledger = entries.map(\.entry)
        slipNumber = RefundSlipNumber(receiptNumber: deposit.receiptNumber, refundID: refundID, entries: ledger)?.description
            ?? deposit.receiptNumber
        let local = BangkokTime(refund.recordedAt)
        paidOn = DateDisplay.long(local.day, language)
        paidAt = language == .th ? "\(local.clock) น." : local.clock
        memberCard = member.cardNumber
        let memberView = MemberView(member.draft, mask: mask)
        memberName = memberView.name
        receiptNumber = deposit.receiptNumber
        receiptDate = DateDisplay.long(deposit.receivedDay, language)
        depositAmount = deposit.amount.formatted(.plain)
        let amount = Satang(refund.amountSatang)
        amountFigures = amount.formatted(.plain)
        amountWords = ThaiBahtText.words(amount)
        // The balance once this refund (and everything recorded before it) was applied.
        let upTo = entries.filter { $0.recordedAt < refund.recordedAt || $0.id == refund.id }
        let after = Satang(upTo.reduce(0) { $0 + $1.balanceEffectSatang })
        balanceAfter = after.formatted(.plain)
        closesReceipt = after == .zero
        paymentMethod = refund.paymentMethod?.name(language) ?? ""
        counter = refund.counter
        if let proxy = LedgerRow.proxy(of: refund, mask: mask, cipher: cipher, unreadable: words("deposit_proxy_id_unreadable"), on: .paper) {
            let ticked = Set(refund.documents.split(separator: ",").map(String.init))
            collector = .proxy(proxy,
                               letterDate: refund.proxyLetterDate.flatMap { CivilDate(iso: $0) }.map { DateDisplay.long($0, language) } ?? "",
                               letterNoted: ticked.contains(DepositPolicy.Documents.authorisationLetter.code))
        } else {
            collector = .member(name: memberView.name)
        }
        overrideNote = refund.overrideReason
        note = refund.reason
        clerkName = refund.recordedByName
        backHref = SiteRoute.deposit(depositID).href
        a5Href = SiteRoute.refundSlip(depositID, entry: refundID).href
        thermalHref = SiteRoute.refundSlip(depositID, entry: refundID, paper: "thermal").href
        self.thermal = thermal
        self.notice = notice
        self.publicAddress = publicAddress
        refundSteps = PrintedAddress(url: publicAddress.absolute(.refundSteps), caption: words("print_scan_refund_steps"))
    }

    /// The collector's name under their signature line.
    private var collectorName: String {
        switch collector {
        case .member(let name): name
        case .proxy(let proxy, _, _): proxy.name
        }
    }

    var document: HTML {
        let t = words
        return """
        \(PaperSheet.opening(title: "\(t("slip_title")) \(slipNumber)", language: words.language, thermal: thermal))
        <nav class="noprint"><a href="\(backHref)">← \(t("slip_back"))</a> · <button type="button" data-print>\(t("receipt_print"))</button> · \
        \(t("slip_paper")): <a href="\(a5Href)"\(" aria-current=\"page\"", if: !thermal)>A5</a> · <a href="\(thermalHref)"\(" aria-current=\"page\"", if: thermal)>80 mm</a></nav>
        \(notice.map { text -> HTML in "<p class=\"notice noprint\" role=\"status\">\(text)</p>" })
        \(publicAddress.warning(words))
        <article class="receipt slip">
          <header>
            <h1>\(t("slip_title"))</h1>
            <p class="org">\(t("receipt_org"))</p>
          </header>
          <dl>
            <dt>\(t("slip_number"))</dt><dd class="strong">\(slipNumber)</dd>
            <dt>\(t("receipt_date"))</dt><dd>\(paidOn) \(paidAt)</dd>
            <dt>\(t("slip_member"))</dt><dd>\(memberName) (\(memberCard))</dd>
            <dt>\(t("slip_for"))</dt><dd>\(t("slip_for_refund")) \(receiptNumber) \(t("slip_receipt_dated")) \(receiptDate) (\(depositAmount) \(t("baht")))</dd>
            <dt>\(t("receipt_amount"))</dt><dd class="strong">\(amountFigures) \(t("baht"))</dd>
            <dt>\(t("receipt_in_words"))</dt><dd class="words">(\(amountWords))</dd>
            <dt>\(t("deposit_payment_method"))</dt><dd>\(paymentMethod)</dd>
            <dt>\(t("slip_balance_after"))</dt><dd>\(balanceAfter) \(t("baht"))\(closesReceipt ? " — \(t("slip_receipt_closed"))" : "")</dd>
            <dt>\(t("slip_collected_by"))</dt><dd>\(collectedBy)</dd>
            \("<dt>\(t("refund_override"))</dt><dd>\(overrideNote)</dd>", if: !overrideNote.isEmpty)
            \("<dt>\(t("refund_note"))</dt><dd>\(note)</dd>", if: !note.isEmpty)
          </dl>
          <p class="declaration">\(t("slip_declaration"))</p>
          <div class="signatures">
            <div class="signature">
              <p>\(t("slip_signed"))<span class="sigline"></span></p>
              <p>(\(collectorName))</p>
              <p>\(t("slip_sign_collector"))</p>
            </div>
            <div class="signature">
              <p>\(t("slip_signed"))<span class="sigline"></span></p>
              <p>(\(clerkName))</p>
              <p>\(t("slip_sign_clerk")) · \(counter)</p>
            </div>
          </div>
          \(refundSteps.html)
        </article>
        </body>
        </html>

        """
    }

    private var collectedBy: HTML {
        let t = words
        switch collector {
        case .member:
            return "\(t("slip_collected_member"))"
        case .proxy(let proxy, let letterDate, let letterNoted):
            let id: HTML? = proxy.idNumber.isEmpty ? nil : "<br>\(t("slip_proxy_id")) \(proxy.idNumber)"
            let letter: HTML? = letterDate.isEmpty ? nil : "<br>\(t("slip_letter_dated")) \(letterDate)\(letterNoted ? " — \(t("slip_letter_seen"))" : "")"
            return "\(t("slip_collected_proxy")) \(proxy.name)\(id)\(letter)"
        }
    }
}
