import PatronCore

/// After sending: the reference number to follow the item with, and the way to the status page.
struct FeedbackThanksPage: Page {
    let chrome: PageChrome
    let reference: String
    let statusHref: String

    init(chrome: PageChrome, reference: ReferenceNumber) {
        self.chrome = chrome
        self.reference = reference.description
        statusHref = SiteRoute.feedbackStatus(ref: reference.description).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <section class="card narrow">
          <h1>\(t("feedback_thanks_title"))</h1>
          <p>\(t("feedback_thanks_text"))</p>
          <p class="reference" id="reference">\(reference)</p>
          <p>\(t("feedback_thanks_follow")) <a href="\(statusHref)">\(t("feedback_status_title"))</a></p>
        </section>
        """
    }
}
