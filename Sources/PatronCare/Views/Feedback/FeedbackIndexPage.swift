import Foundation
import PatronCore

/// An item as the list's CSV writes it: the list's columns, days and the overdue flag as `CSVValue` writes them.
struct FeedbackExportRow {
    /// Word keys of the columns, in order.
    static let header = ["feedback_reference", "feedback_received", "feedback_kind", "feedback_service", "feedback_summary",
                         "feedback_track", "feedback_status", "feedback_due", "feedback_overdue", "feedback_assignee"]

    let fields: [String]

    init(_ item: FeedbackQuery.Listed, overdue: Bool, language: Language) {
        fields = [item.reference, CSVValue.day(BangkokTime.day(of: item.receivedAt)), item.kind.name(language), item.service.name(language),
                  item.summary, item.complaintTrack.map { String($0.rawValue) } ?? "", item.status.name(language),
                  CivilDate(iso: item.dueDay).map(CSVValue.day) ?? item.dueDay, CSVValue.flag(overdue), item.assigneeName]
    }
}

/// A row of the staff list.
struct FeedbackRow {
    let href: String
    let reference: String
    let kind: String
    let service: String
    let summary: String
    let track: String
    let status: String
    let statusCode: String
    let received: String
    let due: String
    let overdue: Bool
    let assignee: String

    init(_ item: FeedbackQuery.Listed, overdue: Bool, language: Language) {
        href = SiteRoute.href(item.id) { .complaint($0) }
        reference = item.reference
        kind = item.kind.name(language)
        service = item.service.name(language)
        summary = item.summary
        track = item.complaintTrack.map { String($0.rawValue) } ?? ""
        status = item.status.name(language)
        statusCode = item.status.rawValue
        received = DateDisplay.short(BangkokTime.day(of: item.receivedAt), language)
        due = CivilDate(iso: item.dueDay).map { DateDisplay.short($0, language) } ?? item.dueDay
        self.overdue = overdue
        assignee = item.assigneeName
    }
}

/// The staff list: filters, counts per status and the items, overdue ones highlighted.
struct FeedbackIndexPage: Page {
    struct Count {
        let label: String
        let count: Int
        let href: String
    }

    let chrome: PageChrome
    let filter: FeedbackFilter
    let statuses: [SelectOption]
    let kinds: [SelectOption]
    let tracks: [SelectOption]
    let counts: [Count]
    let overdueCount: Int
    let rows: [FeedbackRow]
    let canIntake: Bool
    /// How many items the filters find on every page.
    let total: Int
    let previousHref: String?
    let nextHref: String?
    /// The same filters as a CSV file.
    let csvHref: String

    init(chrome: PageChrome, filter: FeedbackFilter, result: FeedbackQuery.Page, canIntake: Bool) {
        let t = chrome.words
        let language = chrome.language
        self.chrome = chrome
        self.filter = filter
        let selectedStatus = filter.status ?? "open"
        statuses = [SelectOption(value: "open", label: t("complaints_open"), selected: selectedStatus == "open"),
                    SelectOption(value: "all", label: t("filter_all"), selected: selectedStatus == "all")]
            + FeedbackStatus.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selectedStatus) }
        kinds = FeedbackOptions.kinds(language, selected: filter.kind)
        tracks = ComplaintTrack.allCases.map {
            SelectOption(value: String($0.rawValue), label: $0.name(language), selected: String($0.rawValue) == filter.track)
        }
        counts = FeedbackStatus.allCases.map {
            Count(label: $0.name(language), count: result.countsByStatus[$0] ?? 0, href: SiteRoute.complaints(.init(["status": $0.rawValue])).href)
        }
        overdueCount = result.overdueCount
        rows = result.items.map { FeedbackRow($0.item, overdue: $0.overdue, language: language) }
        self.canIntake = canIntake
        total = result.total
        previousHref = result.previous.map { SiteRoute.complaints(.init(filter.queryItems + [URLQueryItem(name: "before", value: $0.token)])).href }
        nextHref = result.next.map { SiteRoute.complaints(.init(filter.queryItems + [URLQueryItem(name: "after", value: $0.token)])).href }
        csvHref = SiteRoute.complaints(.init(filter.queryItems + [URLQueryItem(name: "format", value: "csv")])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <div class="titlebar">
          <h1>\(t("complaints_title"))</h1>
          <span class="noprint">\("<a class=\"button\" href=\"\(SiteRoute.complaintNew.href)\">\(t("feedback_intake_title"))</a> ", if: canIntake)\
        <a class="button" id="export-csv" href="\(csvHref)">\(t("list_export_csv"))</a></span>
        </div>
        \(FeedbackStaffTabs.nav(t))
        <p class="counts">\(counts.map { count -> HTML in "<a href=\"\(count.href)\">\(count.label): <strong>\(count.count)</strong></a> " }) \
        <a href="\(SiteRoute.complaints(.init(["overdue": "1"])).href)" class="overdue-count">\(t("feedback_overdue")): <strong id="overdue-count">\(overdueCount)</strong></a></p>
        <form class="filters" method="get" action="\(SiteRoute.complaints().href)">
          <label class="grow">\(t("complaints_search"))<input type="search" name="q" value="\(filter.q)" placeholder="FB-2569-000123"></label>
          <label>\(t("feedback_status"))<select name="status">\(statuses.map(\.optionTag))</select></label>
          <label>\(t("feedback_kind"))<select name="kind"><option value="">\(t("filter_all"))</option>\(kinds.map(\.optionTag))</select></label>
          <label>\(t("feedback_track"))<select name="track"><option value="">\(t("filter_all"))</option>\(tracks.map(\.optionTag))</select></label>
          <label class="check"><input type="checkbox" name="overdue" value="1"\(" checked", if: filter.overdue == "1")> \(t("feedback_overdue_only"))</label>
          <label class="check"><input type="checkbox" name="toPublish" value="1"\(" checked", if: filter.toPublish == "1")> \(t("complaints_to_publish_only"))</label>
          <button type="submit">\(t("filter_apply"))</button>
          <a href="\(SiteRoute.complaints().href)">\(t("filter_clear"))</a>
        </form>
        <p class="count">\(t("members_found")) <span id="found-count">\(total)</span></p>
        \(rows.isEmpty ? "<p class=\"empty\">\(t("complaints_none"))</p>" : table)
        \(previousHref == nil && nextHref == nil ? nil : pager)
        """
    }

    private var pager: HTML {
        let t = chrome.words
        return """
        <nav class="pager">
          \(previousHref.map { href -> HTML in "<a href=\"\(href)\" rel=\"prev\" id=\"page-previous\">\(t("page_previous"))</a>" })
          \(nextHref.map { href -> HTML in "<a href=\"\(href)\" rel=\"next\" id=\"page-next\">\(t("page_next"))</a>" })
        </nav>
        """
    }

    private var table: HTML {
        let t = chrome.words
        return """
        <table class="list">
          <thead><tr><th>\(t("feedback_reference"))</th><th>\(t("feedback_received"))</th><th>\(t("feedback_kind"))</th>\
        <th class="wide">\(t("feedback_service"))</th><th>\(t("feedback_summary"))</th><th>\(t("feedback_track"))</th>\
        <th>\(t("feedback_status"))</th><th>\(t("feedback_due"))</th><th class="wide">\(t("feedback_assignee"))</th></tr></thead>
          <tbody>
          \(rows.map { row -> HTML in """
            <tr\(" class=\"overdue\"", if: row.overdue)>
              <td><a href="\(row.href)">\(row.reference)</a></td><td>\(row.received)</td><td>\(row.kind)</td><td class="wide">\(row.service)</td>
              <td>\(row.summary)</td><td>\(row.track)</td><td><span class="status status-\(row.statusCode)">\(row.status)</span></td>
              <td>\(row.due)\(" <span class=\"status status-overdue\">\(t("feedback_overdue"))</span>", if: row.overdue)</td><td class="wide">\(row.assignee)</td>
            </tr>
            """ })
          </tbody>
        </table>
        """
    }
}
