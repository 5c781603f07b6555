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
    }

    let chrome: PageChrome
    let rows: [Row]

    init(chrome: PageChrome, items: [FeedbackItem]) {
        let language = chrome.language
        self.chrome = chrome
        rows = items.map {
            Row(reference: $0.reference, kind: $0.kind.name(language), service: $0.service.name(language),
                received: DateDisplay.short(BangkokTime.day(of: $0.receivedAt), language), summary: $0.summary, outcome: $0.outcome ?? "",
                published: $0.publishedAt.map { DateDisplay.short(BangkokTime.day(of: $0), language) } ?? "")
        }
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <h1>\(t("feedback_announcements_title"))</h1>
        \(FeedbackPublicTab.bar(current: .announcements, t))
        <p>\(t("feedback_announcements_intro"))</p>
        \(rows.isEmpty ? "<p class=\"empty\">\(t("feedback_announcements_none"))</p>" : HTML(joining: rows.map { article($0, t) }))
        """
    }

    private func article(_ row: Row, _ t: Words) -> HTML {
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
