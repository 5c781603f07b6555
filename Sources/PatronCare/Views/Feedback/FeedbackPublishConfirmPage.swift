import Foundation
import PatronCore

/// The step before an outcome is published: the announcement exactly as the public will read it on
/// the announcements page (and as the announcements address receives it), and a second button that
/// sends `confirm=yes`. Until it is pressed nothing is published.
struct FeedbackPublishConfirmPage: Page {
    let chrome: PageChrome
    let row: FeedbackAnnouncementsPage.Row
    let publishAction: String
    let backHref: String

    init(chrome: PageChrome, item: FeedbackItem, today: CivilDate) {
        self.chrome = chrome
        row = FeedbackAnnouncementsPage.Row(item, language: chrome.language, publishedOn: today)
        publishAction = SiteRoute.href(item.id) { .complaintPublish($0) }
        backHref = SiteRoute.href(item.id) { .complaint($0) }
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <h1>\(t("feedback_publish_confirm_title")) \(row.reference)</h1>
        <section class="card confirm" id="publish-confirm">
          <p><strong>\(t("feedback_publish_confirm_what"))</strong></p>
          <ul>
            <li>\(t("feedback_publish_confirm_public"))</li>
            <li>\(t("feedback_publish_confirm_final"))</li>
          </ul>
        </section>
        \(FeedbackAnnouncementsPage.article(row, t))
        <div class="actions">
          <form method="post" action="\(publishAction)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)"><input type="hidden" name="confirm" value="yes"><button type="submit" id="confirm-publish">\(t("feedback_publish_confirm_yes"))</button></form>
          <a href="\(backHref)">\(t("feedback_publish_confirm_back"))</a>
        </div>
        """
    }
}
