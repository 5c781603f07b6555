import PatronCore

/// The printable notice-board sheet of published outcomes, for staff to pin up.
struct FeedbackNoticeBoardPage: Page {
    struct Row {
        let reference: String
        let kind: String
        let service: String
        let received: String
        let summary: String
        let outcome: String
    }

    let chrome: PageChrome
    let rows: [Row]
    let printedOn: String

    init(chrome: PageChrome, items: [FeedbackItem], today: CivilDate) {
        let language = chrome.language
        self.chrome = chrome
        rows = items.map {
            Row(reference: $0.reference, kind: $0.kind.name(language), service: $0.service.name(language),
                received: DateDisplay.short(BangkokTime.day(of: $0.receivedAt), language), summary: $0.summary, outcome: $0.outcome ?? "")
        }
        printedOn = DateDisplay.long(today, language)
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <nav class="noprint"><a href="\(SiteRoute.complaints().href)">← \(t("complaints_title"))</a> · <button type="button" data-print>\(t("feedback_print"))</button></nav>
        <section class="sheet">
          <h1>\(t("complaints_notice_board_heading"))</h1>
          <p>\(t("complaints_notice_board_intro")) \(printedOn)</p>
          \("<p class=\"empty\">\(t("feedback_announcements_none"))</p>", if: rows.isEmpty)
          \(rows.map { row -> HTML in """
          <div class="notice-item">
              <h2>\(row.reference) · \(row.kind) · \(row.service)</h2>
              <p><strong>\(row.summary)</strong> (\(t("feedback_received")) \(row.received))</p>
              <p class="outcome">\(t("feedback_outcome")): \(row.outcome)</p>
            </div>
          """ })
          <p class="footnote">\(t("complaints_notice_board_footer"))</p>
        </section>
        """
    }
}
