import PatronCore

/// One outbox message as the list and the message page show it.
struct OutboxRow {
    let href: String
    let resendAction: String
    let createdAt: String
    let purpose: String
    let recipient: String
    let channelName: String
    let status: String
    let statusName: String
    let attempts: Int
    let subject: String
    let lastError: String

    /// The recipient as the reader's `PersonalDataMask` allows; survey tokens cut from the text.
    init(_ message: OutboxMessage, words t: Words, mask: PersonalDataMask) {
        let language = t.language
        href = SiteRoute.href(message.id) { .outboxMessage($0) }
        resendAction = SiteRoute.href(message.id) { .outboxResend($0) }
        let local = BangkokTime(message.createdAt ?? message.nextAttemptAt)
        createdAt = "\(DateDisplay.short(local.day, language)) \(local.clock)"
        purpose = t("outbox_purpose_\(message.purpose)")
        recipient = mask.name(message.recipientName)
        channelName = message.channel.name(language)
        status = message.status.rawValue
        statusName = t("outbox_status_\(message.status.rawValue)")
        attempts = message.attempts
        subject = message.subject.isEmpty ? String(MessageRedaction.forStaff(message.body).prefix(80)) : message.subject
        lastError = message.lastError
    }
}
