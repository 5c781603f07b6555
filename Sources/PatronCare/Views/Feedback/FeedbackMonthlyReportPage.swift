import Foundation
import PatronCore

/// Complaint_01 and Complaint_02 for a month, with the "marked sent" state.
struct FeedbackMonthlyReportPage: Page {
    let chrome: PageChrome
    let month: String
    let picker: HTML
    let monthName: String
    let dueDay: String
    let listingHeader: [String]
    let listing: [[String]]
    let summaryHeader: [String]
    let summary: [[String]]
    let noComplaints: String?
    let handling: String
    let satisfaction: String
    let sentInfo: String?
    let late: Bool
    let canMarkSent: Bool
    /// The month has not ended: when its report may be marked sent (shown instead of the button).
    let markableFrom: String?
    /// Why marking it sent was refused.
    let error: String?
    let csv01Href: String
    let csv02Href: String
    let previousHref: String
    let nextHref: String
    /// A listed item's page by its reference number.
    let itemLinks: [String: String]

    /// `mayMarkSent`: the reader's role may mark a report sent (shown only while it is not).
    init(chrome: PageChrome, report: MonthlyComplaintReport, submission: ComplaintReportSubmission?, today: CivilDate, mayMarkSent: Bool,
         error: String? = nil, itemIDs: [String: UUID] = [:]) {
        let language = chrome.language
        self.chrome = chrome
        month = report.month.description
        picker = PeriodPicker.month(selected: report.month, today: today, chrome.words)
        monthName = report.month.name(language)
        dueDay = DateDisplay.long(report.dueDay, language)
        listingHeader = MonthlyComplaintReport.listingHeader(language)
        listing = report.rows.map { report.listingFields($0, language) }
        summaryHeader = MonthlyComplaintReport.summaryHeader(language)
        summary = report.summaryRows(language)
        noComplaints = report.noComplaintsStatement(language)
        handling = report.statistics.handlingText(language)
        satisfaction = report.satisfaction.text(language)
        sentInfo = submission.map {
            "\(chrome.words("complaints_report_sent_on")) \(DateDisplay.long(BangkokTime.day(of: $0.sentAt), language)) — \($0.sentByName)"
        }
        late = report.month.isLate(on: today, markedSent: submission != nil)
        let ended = report.month.markSentProblem(on: today) == nil
        canMarkSent = submission == nil && mayMarkSent && ended
        markableFrom = submission == nil && mayMarkSent && !ended ? DateDisplay.long(report.month.markableAsSentFrom, language) : nil
        self.error = error
        itemLinks = itemIDs.mapValues { SiteRoute.complaint($0).href }
        csv01Href = SiteRoute.complaintsMonthly(.init(["month": "\(report.month)", "format": "csv", "part": "01"])).href
        csv02Href = SiteRoute.complaintsMonthly(.init(["month": "\(report.month)", "format": "csv", "part": "02"])).href
        previousHref = SiteRoute.complaintsMonthly(.init(["month": "\(report.month.previous)"])).href
        nextHref = SiteRoute.complaintsMonthly(.init(["month": "\(report.month.next)"])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <div class="titlebar"><h1>\(t("complaints_monthly_title")) \(monthName)</h1>
          <span class="noprint"><a class="button" href="\(csv01Href)">Complaint_01 CSV</a> <a class="button" href="\(csv02Href)">Complaint_02 CSV</a> \
        <button type="button" data-print>\(t("feedback_print"))</button></span></div>
        \(FeedbackStaffTabs.nav(t))
        <form class="filters" method="get" action="\(SiteRoute.complaintsMonthly().href)">
          <a href="\(previousHref)">←</a>
          \(picker)
          <button type="submit">\(t("filter_apply"))</button>
          <a href="\(nextHref)">→</a>
        </form>
        <p>\(t("complaints_report_due")) \(dueDay)\(" <span class=\"status status-overdue\">\(t("complaints_report_late"))</span>", if: late)</p>
        \(sentInfo.map { text -> HTML in "<p class=\"notice\" id=\"sent-info\">\(text)</p>" })
        \(error.map { text -> HTML in "<div class=\"error\" role=\"alert\" id=\"mark-sent-error\">\(text)</div>" })
        \(canMarkSent ? markSentForm : nil)
        \(error == nil ? markableFrom.map { day -> HTML in "<p class=\"hint noprint\" id=\"mark-sent-later\"><button type=\"button\" disabled>\(chrome.words("complaints_mark_sent"))</button> \(chrome.words("complaints_mark_sent_from")) \(day)</p>" } : nil)
        <section class="card">
          <h2>Complaint_01 — \(t("complaints_listing"))</h2>
          \(listing.isEmpty ? "<p class=\"empty\">\(t("complaints_listing_none"))</p>" : FeedbackReportTable.html(header: listingHeader, rows: listing, links: itemLinks))
        </section>
        <section class="card">
          <h2>Complaint_02 — \(t("complaints_summary"))</h2>
          \(noComplaints.map { text -> HTML in "<p class=\"statement\" id=\"no-complaints\"><strong>\(text)</strong></p>" })
          \(FeedbackReportTable.html(header: summaryHeader, rows: summary))
          <p>\(t("complaints_handling")): \(handling)</p>
          <p>\(t("complaints_satisfaction")): \(satisfaction)</p>
        </section>
        """
    }

    private var markSentForm: HTML {
        """
        <form method="post" action="\(SiteRoute.complaintsMonthlySent.href)" class="inline noprint"><input type="hidden" name="_csrf" value="\(chrome.csrf)">\
        <input type="hidden" name="month" value="\(month)"><button type="submit">\(chrome.words("complaints_mark_sent"))</button></form>
        """
    }
}
