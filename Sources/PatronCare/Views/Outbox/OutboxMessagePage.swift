import PatronCore

/// One outbox message with its history of attempts; the address and the text only for staff who
/// may see personal data.
struct OutboxMessagePage: Page {
    struct Attempt {
        let at: String
        let channel: String
        let address: String
        let result: String
        let detail: String
    }

    let chrome: PageChrome
    let row: OutboxRow
    let address: String
    let body: String
    let providerMessageID: String
    let nextAttemptAt: String
    let attempts: [Attempt]
    let canResend: Bool
    let smsPreview: String?

    init(chrome: PageChrome, message: OutboxMessage, attempts: [OutboxAttempt], mask: PersonalDataMask, showsPersonalData: Bool) {
        let t = chrome.words
        let language = chrome.language
        func when(_ local: BangkokTime) -> String { "\(DateDisplay.short(local.day, language)) \(local.clock)" }
        self.chrome = chrome
        row = OutboxRow(message, words: t, mask: mask)
        address = showsPersonalData ? message.address : ""
        body = showsPersonalData ? MessageRedaction.forStaff(message.body) : ""
        providerMessageID = message.providerMessageID
        nextAttemptAt = when(BangkokTime(message.nextAttemptAt))
        self.attempts = attempts.map { attempt in
            Attempt(at: when(BangkokTime(attempt.attemptedAt)), channel: attempt.channel.name(language),
                    address: showsPersonalData ? attempt.address : "", result: t("outbox_result_\(attempt.result)"), detail: attempt.detail)
        }
        canResend = message.status == .failed || message.status == .dead
        smsPreview = message.channel == .sms ? SMSSegments(message.body).preview(language) : nil
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("outbox_message_title"))</h1>
        <section class="card">
          <dl class="facts">
            <dt>\(t("outbox_purpose"))</dt><dd>\(row.purpose)</dd>
            <dt>\(t("outbox_recipient"))</dt><dd>\(row.recipient)</dd>
            <dt>\(t("outbox_channel"))</dt><dd>\(row.channelName) \(address)</dd>
            <dt>\(t("member_status"))</dt><dd><span class="status status-outbox-\(row.status)">\(row.statusName)</span></dd>
            <dt>\(t("outbox_attempts"))</dt><dd>\(row.attempts)</dd>
            <dt>\(t("outbox_next_attempt"))</dt><dd>\(nextAttemptAt)</dd>
            <dt>\(t("outbox_provider_id"))</dt><dd>\(providerMessageID)</dd>
            <dt>\(t("outbox_last_error"))</dt><dd class="field-error">\(row.lastError)</dd>
            \(smsPreview.map { preview -> HTML in "<dt>SMS</dt><dd>\(preview)</dd>" })
          </dl>
          \("<form method=\"post\" action=\"\(row.resendAction)\"><input type=\"hidden\" name=\"_csrf\" value=\"\(chrome.csrf)\"><button type=\"submit\">\(t("outbox_resend"))</button></form>", if: canResend)
        </section>
        <section class="card"><h2>\(row.subject)</h2><pre class="message">\(body)</pre></section>
        <section class="card">
          <h2>\(t("outbox_history"))</h2>
          \(attempts.isEmpty ? "<p class=\"empty\">\(t("outbox_no_attempts"))</p>" : attemptTable)
        </section>
        <p><a href="\(SiteRoute.outbox().href)">← \(t("outbox_title"))</a></p>
        """
    }

    private var attemptTable: HTML {
        let t = chrome.words
        return """
        <table class="list"><thead><tr><th>\(t("ledger_when"))</th><th>\(t("outbox_channel"))</th><th>\(t("outbox_result"))</th><th>\(t("outbox_detail"))</th></tr></thead>
          <tbody>\(attempts.map { attempt -> HTML in
            "<tr><td>\(attempt.at)</td><td>\(attempt.channel) \(attempt.address)</td><td>\(attempt.result)</td><td>\(attempt.detail)</td></tr>"
          })</tbody></table>
        """
    }
}
