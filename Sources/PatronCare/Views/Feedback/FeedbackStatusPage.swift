import PatronCore

/// The public status page: only the status, the public steps' days and a published outcome —
/// never names, contacts, internal notes or staff.
struct FeedbackStatusPage: Page {
    struct Step: Sendable {
        let day: String
        let label: String
    }

    struct Found: Sendable {
        let reference: String
        let kind: String
        let service: String
        let received: String
        let status: String
        let statusCode: String
        let steps: [Step]
        let outcome: String?
        let published: String?
        /// When to expect an answer; nil once resolved or closed.
        let expected: ReplyExpectation?
        let anonymous: Bool
    }

    let chrome: PageChrome
    let query: String
    let error: String?
    let found: Found?

    /// `log` is the item's whole history; only its public entries are shown.
    init(chrome: PageChrome, query: String, error: String? = nil, item: FeedbackItem? = nil, log: [FeedbackLogRecord] = [],
         expected: ReplyExpectation? = nil) {
        let language = chrome.language
        let t = chrome.words
        self.chrome = chrome
        self.query = query
        self.error = error
        found = item.map { item in
            let steps = log.filter { $0.isPublic }.map { entry in
                Step(day: DateDisplay.short(BangkokTime.day(of: entry.at), language),
                     label: entry.action == "publish" ? t("feedback_step_published") : entry.toStatus.name(language))
            }
            return Found(reference: item.reference, kind: item.kind.name(language), service: item.service.name(language),
                         received: DateDisplay.long(BangkokTime.day(of: item.receivedAt), language),
                         status: item.status.name(language), statusCode: item.status.rawValue, steps: steps,
                         outcome: item.outcomePublished ? item.outcome : nil,
                         published: item.publishedAt.map { DateDisplay.long(BangkokTime.day(of: $0), language) },
                         expected: expected, anonymous: expected != nil && item.anonymous)
        }
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <h1>\(t("feedback_status_title"))</h1>
        \(FeedbackPublicTab.bar(current: .status, t))
        <form class="filters" method="get" action="\(SiteRoute.feedbackStatus().href)">
          <label class="grow">\(t("feedback_reference"))<input name="ref" value="\(query)" placeholder="FB-2569-000123-7" required></label>
          <button type="submit">\(t("feedback_status_look_up"))</button>
        </form>
        \(error.map { error -> HTML in "<p class=\"error\" role=\"alert\">\(error)</p>" })
        \(found.map { card($0, t) })
        \(PublicRelatedLinks.html(except: .feedbackStatus, t))
        """
    }

    private func card(_ found: Found, _ t: Words) -> HTML {
        """
        <section class="card">
          <h2>\(found.reference)</h2>
          <dl class="facts">
            <dt>\(t("feedback_kind"))</dt><dd>\(found.kind)</dd>
            <dt>\(t("feedback_service"))</dt><dd>\(found.service)</dd>
            <dt>\(t("feedback_received"))</dt><dd>\(found.received)</dd>
            <dt>\(t("feedback_status"))</dt><dd><span class="status status-\(found.statusCode)" id="public-status">\(found.status)</span></dd>
          </dl>
          <ol class="steps">\(found.steps.map { step -> HTML in "<li>\(step.day) — \(step.label)</li>" })</ol>
          \(ReplyExpectationView.html(found.expected, anonymous: found.anonymous, t))
          \(found.outcome.map { outcome -> HTML in """
          <h3>\(t("feedback_outcome"))</h3>
          <p class="outcome" id="public-outcome">\(outcome)</p>
          <p><small>\(t("feedback_published_on")) \(found.published)</small></p>
          """ })
        </section>
        """
    }
}
