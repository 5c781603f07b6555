import PatronCore

/// The public announcements: outcomes the library has published, newest first.
struct FeedbackAnnouncementsPage: Page {
    struct Row: Sendable {
        let reference: String
        let kind: String
        let service: String
        let received: String
        let summary: String
        let outcome: String
        let published: String

        /// `publishedOn`: the day it was (or, previewed before publishing, will be) published.
        init(_ item: FeedbackItem, language: Language, publishedOn: CivilDate? = nil) {
            reference = item.reference
            kind = item.kind.name(language)
            service = item.service.name(language)
            received = DateDisplay.short(BangkokTime.day(of: item.receivedAt), language)
            summary = item.summary
            outcome = item.outcome ?? ""
            published = (publishedOn ?? item.publishedAt.map { BangkokTime.day(of: $0) }).map { DateDisplay.short($0, language) } ?? ""
        }
    }

    let chrome: PageChrome
    let rows: [Row]

    init(chrome: PageChrome, items: [FeedbackItem]) {
        let language = chrome.language
        self.chrome = chrome
        rows = items.map { Row($0, language: language) }
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <h1>\(t("feedback_announcements_title"))</h1>
        \(FeedbackPublicTab.bar(current: .announcements, t))
        <p>\(t("feedback_announcements_intro"))</p>
        \(rows.isEmpty ? "<p class=\"empty\">\(t("feedback_announcements_none"))</p>" : HTML(joining: rows.map { Self.article($0, t) }))
        """
    }

    /// One published outcome as the public sees it (also the preview before publishing).
    static func article(_ row: Row, _ t: Words) -> HTML {
        """
        <article class="card announcement">
          <h2>\(row.reference) · \(row.kind) · \(row.service)</h2>
          <p><strong>\(row.summary)</strong> <small>(\(t("feedback_received")) \(row.received))</small></p>
          <p class="outcome">\(row.outcome)</p>
          <p><small>\(t("feedback_published_on")) \(row.published)</small></p>
        </article>

        """
    }
}
