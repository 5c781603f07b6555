import PatronCore

/// The staff knowledge page: closed items shared with staff and their lessons.
struct FeedbackKnowledgePage: Page {
    struct Row {
        let href: String
        let reference: String
        let service: String
        let kind: String
        let summary: String
        let outcome: String
        let lesson: String
        let closed: String
    }

    let chrome: PageChrome
    let rows: [Row]

    init(chrome: PageChrome, items: [FeedbackItem]) {
        let language = chrome.language
        self.chrome = chrome
        rows = items.map {
            Row(href: SiteRoute.href($0.id) { .complaint($0) }, reference: $0.reference, service: $0.service.name(language), kind: $0.kind.name(language),
                summary: $0.summary, outcome: $0.outcome ?? "", lesson: $0.lesson ?? "",
                closed: $0.closedAt.map { DateDisplay.short(BangkokTime.day(of: $0), language) } ?? "")
        }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <h1>\(t("complaints_knowledge_title"))</h1>
        \(FeedbackStaffTabs.nav(t))
        <p>\(t("complaints_knowledge_intro"))</p>
        \("<p class=\"empty\">\(t("complaints_knowledge_none"))</p>", if: rows.isEmpty)
        \(rows.map { row -> HTML in """
        <article class="card">
          <h2><a href="\(row.href)">\(row.reference)</a> · \(row.kind) · \(row.service)</h2>
          <p><strong>\(row.summary)</strong> <small>\(row.closed)</small></p>
          <p>\(t("feedback_outcome")): \(row.outcome)</p>
          <p class="lesson">\(t("feedback_lesson")): \(row.lesson)</p>
        </article>
        """ })
        """
    }
}
