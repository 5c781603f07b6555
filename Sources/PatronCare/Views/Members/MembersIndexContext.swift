import PatronCore
import Vapor

struct MembersIndexContext: Encodable {
    struct PageLink: Encodable {
        let href: String
        let label: String
    }

    let layout: LayoutContext
    let filter: MemberFilter
    let rows: [MemberRow]
    let total: Int
    let page: Int
    let pageCount: Int
    let previous: PageLink?
    let next: PageLink?
    let segments: [SelectOption]
    let types: [SelectOption]
    let statuses: [SelectOption]
    let canEdit: Bool
    /// What the search box matches for this reader (card numbers only without the personal-data permission).
    let searchHint: String

    init(_ request: Request, filter: MemberFilter, page result: MemberQuery.Page) {
        let language = request.language
        let today = request.clock.today
        let mask = request.personalDataMask
        layout = LayoutContext(request, title: request.t("members_title"))
        self.filter = filter
        rows = result.members.map { MemberRow($0, language: language, today: today, mask: mask) }
        total = result.total
        page = result.page
        pageCount = result.pageCount
        func link(_ page: Int) -> String {
            SiteRoute.members(.init(filter.queryItems + [URLQueryItem(name: "page", value: String(page))])).href
        }
        previous = result.page > 1 ? PageLink(href: link(result.page - 1), label: request.t("page_previous")) : nil
        next = result.page < result.pageCount ? PageLink(href: link(result.page + 1), label: request.t("page_next")) : nil
        segments = SelectOption.segments(language, selected: filter.segment)
        types = SelectOption.membershipTypes(language, selected: filter.type)
        statuses = SelectOption.statuses(language, selected: filter.status)
        canEdit = request.can(.editMembers)
        searchHint = request.t(mask.searchesContactsAndNames ? "members_search_hint" : "members_search_hint_card")
    }
}
