/// The tabs over the three report pages, the current one marked.
enum ReportTab {
    case unclaimed, deposits, indicators

    func tabs(_ t: Words) -> HTML {
        func tab(_ route: SiteRoute, _ key: String, _ tab: ReportTab) -> HTML {
            "<a href=\"\(route.href)\"\(" aria-current=\"page\"", if: tab == self)>\(t(key))</a>"
        }
        return """
        <nav class="tabs">\(tab(.unclaimedReport(), "report_unclaimed_title", .unclaimed)) \(tab(.depositsReport(), "report_deposits_title", .deposits)) \(tab(.indicators(), "indicators_title", .indicators))</nav>
        """
    }
}
