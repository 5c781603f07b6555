import PatronCore

/// After sending: the reference number to follow the item with, when to expect an answer (the
/// track targets' day in the reader's calendar), and the way to the status page.
struct FeedbackThanksPage: Page {
    let chrome: PageChrome
    let reference: String
    let statusHref: String
    let expected: ReplyExpectation?
    let anonymous: Bool

    init(chrome: PageChrome, reference: ReferenceNumber, expected: ReplyExpectation? = nil, anonymous: Bool = false) {
        self.chrome = chrome
        self.reference = reference.description
        statusHref = SiteRoute.feedbackStatus(ref: reference.description).href
        self.expected = expected
        self.anonymous = anonymous
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <section class="card narrow">
          <h1>\(t("feedback_thanks_title"))</h1>
          <p>\(t("feedback_thanks_text"))</p>
          <p class="reference" id="reference">\(reference)</p>
          \(ReplyExpectationView.html(expected, anonymous: anonymous, t))
          <p>\(t("feedback_thanks_follow")) <a href="\(statusHref)">\(t("feedback_status_title"))</a></p>
        </section>
        """
    }
}
