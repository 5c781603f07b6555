import PatronCore
import Vapor

struct OutboxRow: Encodable {
    let id: String
    let href: String
    let resendAction: String
    let createdAt: String
    let purpose: String
    let recipient: String
    let channel: String
    let channelName: String
    let status: String
    let statusName: String
    let attempts: Int
    let subject: String
    let lastError: String

    /// The recipient as the reader's `PersonalDataMask` allows; survey tokens cut from the text.
    init(_ message: OutboxMessage, _ request: Request) {
        let language = request.language
        id = message.id?.uuidString ?? ""
        href = SiteRoute.href(message.id) { .outboxMessage($0) }
        resendAction = SiteRoute.href(message.id) { .outboxResend($0) }
        let local = BangkokTime(message.createdAt ?? message.nextAttemptAt)
        createdAt = "\(DateDisplay.short(local.day, language)) \(local.clock)"
        purpose = request.t("outbox_purpose_\(message.purpose)")
        recipient = request.personalDataMask.name(message.recipientName)
        channel = message.channel.rawValue
        channelName = message.channel.name(language)
        status = message.status.rawValue
        statusName = request.t("outbox_status_\(message.status.rawValue)")
        attempts = message.attempts
        subject = message.subject.isEmpty ? String(MessageRedaction.forStaff(message.body).prefix(80)) : message.subject
        lastError = message.lastError
    }
}

/// The outbox: filters, counts per status, the messages, and today's postcards.
struct OutboxIndexContext: Encodable {
    struct Count: Encodable {
        let status: String
        let name: String
        let count: Int
        let href: String
    }

    let layout: LayoutContext
    let counts: [Count]
    let rows: [OutboxRow]
    let statuses: [SelectOption]
    let channels: [SelectOption]
    let filterStatus: String
    let filterChannel: String
    let queuedPostcards: Int
    let unconfiguredChannels: [String]
    let batches: [PostcardBatchRow]
}

struct PostcardBatchRow: Encodable {
    let href: String
    let createdAt: String
    let cards: Int
    let printedAt: String
}

/// One message with its history of attempts.
struct OutboxMessageContext: Encodable {
    struct Attempt: Encodable {
        let at: String
        let channel: String
        let address: String
        let result: String
        let detail: String
    }

    let layout: LayoutContext
    let row: OutboxRow
    let address: String
    let body: String
    let providerMessageID: String
    let nextAttemptAt: String
    let attempts: [Attempt]
    let canResend: Bool
    let smsPreview: String?
}

/// The printable sheet of A6 postcards: address side and message side for each.
struct PostcardSheetContext: Encodable {
    struct Card: Encodable {
        let addressLines: [String]
        let postcode: String
        let body: String
        let cardNumber: String
        /// The card number as Code 128, drawn as SVG bars by the template; nil when it cannot be encoded.
        let barcode: BarcodeDrawing?
    }

    let links = SiteRoute.Pattern.fixedLinks
    let assets = Asset.links
    let language: String
    let t: [String: String]
    let printedAction: String
    let cards: [Card]
    let printed: Bool
    let csrf: String
    let senderLines: [String]
}

/// A Code 128 symbol as the postcard template draws it: `<svg viewBox="0 0 width height">` with one `<rect>` per bar.
struct BarcodeDrawing: Encodable {
    struct Bar: Encodable {
        let x: Int
        let width: Int
    }

    let text: String
    let width: Int
    let height: Int
    let bars: [Bar]

    init(_ symbol: Code128) {
        text = symbol.text
        width = symbol.totalModules
        height = 40
        bars = symbol.bars.map { Bar(x: $0.x, width: $0.width) }
    }
}
