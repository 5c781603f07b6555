import Foundation
import PatronCore

/// Outbox → Returned postcards: the scan box, what the last scan did, and the latest returns.
struct ReturnedPostcardsPage: Page {
    struct Returned {
        let at: String
        let recipient: String
        let detail: String
    }

    let chrome: PageChrome
    let resultText: String?
    let resultIsError: Bool
    let recent: [Returned]

    /// `recent`: the latest `returned` attempts with their messages loaded; `result`: the scan just recorded, if any.
    init(chrome: PageChrome, result: ReturnedPostcards.Result?, recent: [OutboxAttempt], mask: PersonalDataMask) {
        let t = chrome.words
        let language = chrome.language
        self.chrome = chrome
        self.recent = recent.map { attempt in
            let local = BangkokTime(attempt.attemptedAt)
            return Returned(at: "\(DateDisplay.short(local.day, language)) \(local.clock)",
                            recipient: mask.name(attempt.message.recipientName), detail: attempt.detail)
        }
        switch result {
        case .none:
            resultText = nil
            resultIsError = false
        case .recorded(let card, let next?):
            resultText = t("returned_recorded").replacingOccurrences(of: "{card}", with: card)
                .replacingOccurrences(of: "{channel}", with: next.name(language))
            resultIsError = false
        case .recorded(let card, nil):
            resultText = t("returned_recorded_no_channel").replacingOccurrences(of: "{card}", with: card)
            resultIsError = false
        case .refused(let problem):
            resultText = problem.message(language)
            resultIsError = true
        }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("returned_title"))</h1>
        <p class="hint">\(t("returned_hint"))</p>
        \(resultText.map { text -> HTML in "<p class=\"\(resultIsError ? "error" as HTML : "notice")\" id=\"returned-result\">\(text)</p>" })
        <section class="card">
          <form method="post" action="\(SiteRoute.returnedPostcards.href)" class="row">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("returned_card_number"))<input name="cardNumber" autofocus autocomplete="off" required maxlength="40"></label>
            <button type="submit">\(t("returned_record"))</button>
          </form>
        </section>
        <section class="card">
          <h2>\(t("returned_recent"))</h2>
          \(recent.isEmpty ? "<p class=\"empty\">\(t("returned_none"))</p>" : recentTable)
        </section>
        <p><a href="\(SiteRoute.outbox().href)">← \(t("outbox_title"))</a></p>
        """
    }

    private var recentTable: HTML {
        let t = chrome.words
        return """
        <table class="list">
            <thead><tr><th>\(t("contact_history_when"))</th><th>\(t("outbox_recipient"))</th><th>\(t("returned_detail"))</th></tr></thead>
            <tbody>\(recent.map { returned -> HTML in "<tr><td>\(returned.at)</td><td>\(returned.recipient)</td><td>\(returned.detail)</td></tr>" })</tbody>
          </table>
        """
    }
}
