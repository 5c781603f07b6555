import Foundation
import PatronCore

/// The member registry: filters, one page of members, the pager.
struct MembersIndexPage: Page {
    struct PagerLink: Equatable {
        let href: String
        let label: String
    }

    let chrome: PageChrome
    let filter: MemberFilter
    let rows: [MemberRow]
    let total: Int
    let page: Int
    let pageCount: Int
    let previous: PagerLink?
    let next: PagerLink?
    let segments: [SelectOption]
    let types: [SelectOption]
    let statuses: [SelectOption]
    let canEdit: Bool
    /// What the search box matches for this reader (card numbers only without the personal-data permission).
    let searchHint: String
    /// The same filters as a CSV file (every page).
    let csvHref: String

    init(chrome: PageChrome, filter: MemberFilter, result: MemberQuery.Page, today: CivilDate, mask: PersonalDataMask, canEdit: Bool) {
        let t = chrome.words
        let language = chrome.language
        self.chrome = chrome
        self.filter = filter
        rows = result.members.map { MemberRow($0, language: language, today: today, mask: mask) }
        total = result.total
        page = result.page
        pageCount = result.pageCount
        func link(_ page: Int) -> String {
            SiteRoute.members(.init(filter.queryItems + [URLQueryItem(name: "page", value: String(page))])).href
        }
        previous = result.page > 1 ? PagerLink(href: link(result.page - 1), label: t("page_previous")) : nil
        next = result.page < result.pageCount ? PagerLink(href: link(result.page + 1), label: t("page_next")) : nil
        segments = SelectOption.segments(language, selected: filter.segment)
        types = SelectOption.membershipTypes(language, selected: filter.type)
        statuses = SelectOption.statuses(language, selected: filter.status)
        self.canEdit = canEdit
        searchHint = t(mask.searchesContactsAndNames ? "members_search_hint" : "members_search_hint_card")
        csvHref = SiteRoute.members(.init(filter.queryItems + [URLQueryItem(name: "format", value: "csv")])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar">
          <h1>\(t("members_title"))</h1>
          <span class="noprint">\("<a class=\"button\" href=\"\(SiteRoute.memberNew.href)\">\(t("member_add"))</a> ", if: canEdit)\
        <a class="button" id="export-csv" href="\(csvHref)">\(t("list_export_csv"))</a></span>
        </div>
        \(DateField.assets(t))
        <form class="filters" method="get" action="\(SiteRoute.members().href)">
          <label class="grow">\(t("members_search"))<input type="search" name="q" value="\(filter.q)" placeholder="\(searchHint)"></label>
          <label>\(t("member_segment"))<select name="segment"><option value="">\(t("filter_all"))</option>\(segments.map(\.optionTag))</select></label>
          <label>\(t("member_type"))<select name="type"><option value="">\(t("filter_all"))</option>\(types.map(\.optionTag))</select></label>
          <label>\(t("member_status"))<select name="status"><option value="">\(t("filter_all"))</option>\(statuses.map(\.optionTag))</select></label>
          <label>\(t("members_expires_from"))\(DateField.input("expiresFrom", value: filter.expiresFrom, t))</label>
          <label>\(t("members_expires_to"))\(DateField.input("expiresTo", value: filter.expiresTo, t))</label>
          <label>\(t("members_expiring_within"))<input type="number" min="1" max="3650" name="expiringWithin" value="\(filter.expiringWithin)"></label>
          <button type="submit">\(t("filter_apply"))</button>
          <a href="\(SiteRoute.members().href)">\(t("filter_clear"))</a>
        </form>
        <p class="count">\(t("members_found")) \(total)</p>
        \(total == 0 ? "<p class=\"empty\">\(t("members_none"))</p>" : table)
        """
    }

    private var table: HTML {
        let t = chrome.words
        return """
        <table class="list">
          <thead><tr>
            <th>\(t("member_card"))</th><th>\(t("member_name"))</th><th>\(t("member_segment"))</th>
            <th class="wide">\(t("member_type"))</th><th>\(t("member_expires"))</th><th>\(t("member_status"))</th>
          </tr></thead>
          <tbody>
          \(rows.map { row -> HTML in """
            <tr>
              <td><a href="\(row.href)">\(row.cardNumber)</a></td>
              <td>\(row.name)</td>
              <td><abbr title="\(row.segmentName)">\(row.segment)</abbr></td>
              <td class="wide">\(row.membershipType)</td>
              <td>\(row.expiresOn)</td>
              <td><span class="status status-\(row.status)">\(row.statusName)</span></td>
            </tr>
            """ })
          </tbody>
        </table>
        <nav class="pager">
          \(previous.map { link -> HTML in "<a href=\"\(link.href)\">\(link.label)</a>" })
          <span>\(t("page")) \(page) / \(pageCount)</span>
          \(next.map { link -> HTML in "<a href=\"\(link.href)\">\(link.label)</a>" })
        </nav>
        """
    }
}
