import Foundation
import PatronCore

/// The quarterly summary for the MT committee.
struct FeedbackQuarterlyPage: Page {
    let chrome: PageChrome
    let quarter: String
    let picker: HTML
    let quarterName: String
    let header: [String]
    let rows: [[String]]
    let noComplaints: String?
    let text: String
    let csvHref: String
    let previousHref: String
    let fiscalHref: String
    /// A listed item's page (track-4 items, lessons) by its reference number.
    let itemLinks: [String: String]

    init(chrome: PageChrome, summary: QuarterlySummary, today: CivilDate, itemIDs: [String: UUID] = [:]) {
        let language = chrome.language
        self.chrome = chrome
        quarter = summary.quarter.description
        picker = PeriodPicker.quarter(selected: summary.quarter, today: today, chrome.words)
        quarterName = summary.quarter.name(language)
        header = QuarterlySummary.csvHeader(language)
        rows = summary.csvRows(language)
        noComplaints = summary.noComplaintsStatement(language)
        text = summary.text(language)
        csvHref = SiteRoute.complaintsQuarterly(.init(["quarter": "\(summary.quarter)", "format": "csv"])).href
        previousHref = SiteRoute.complaintsQuarterly(.init(["quarter": "\(summary.quarter.previous)"])).href
        itemLinks = itemIDs.mapValues { SiteRoute.complaint($0).href }
        fiscalHref = SiteRoute.complaintsQuarterly(.init(["quarter": "\(ReportQuarter.fiscal(containing: summary.quarter.firstDay))"])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <div class="titlebar"><h1>\(t("complaints_quarterly_title")) \(quarterName)</h1>
          <span class="noprint"><a class="button" href="\(csvHref)">CSV</a> <button type="button" data-print>\(t("feedback_print"))</button></span></div>
        \(FeedbackStaffTabs.nav(t))
        <form class="filters" method="get" action="\(SiteRoute.complaintsQuarterly().href)">
          <a href="\(previousHref)">←</a>
          \(picker)
          <button type="submit">\(t("filter_apply"))</button>
          <a href="\(fiscalHref)">\(t("complaints_fiscal_quarter"))</a>
        </form>
        \(noComplaints.map { text -> HTML in "<p class=\"statement\" id=\"no-complaints\"><strong>\(text)</strong></p>" })
        <section class="card">
          \(FeedbackReportTable.html(header: header, rows: rows, links: itemLinks))
        </section>
        <section class="card"><pre class="report-text">\(text)</pre></section>
        """
    }
}
