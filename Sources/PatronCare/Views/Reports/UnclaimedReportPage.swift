import PatronCore

/// The unclaimed-deposits page: filters, totals and ageing, one line per member.
struct UnclaimedReportPage: Page {
    struct Row: Equatable {
        /// The member's page ("" when the member is not in the registry).
        let href: String
        let cardNumber: String
        let name: String
        let expired: String
        let deposits: Int
        let balance: String
        let claimBy: String
        let pastDeadline: Bool
    }

    struct Band: Equatable {
        let name: String
        let members: Int
        let total: String
    }

    let chrome: PageChrome
    let asOf: String
    let expiredFrom: String
    let expiredTo: String
    let rows: [Row]
    let memberCount: Int
    let total: String
    let totalLine: String
    let ageing: [Band]
    let csvHref: String

    init(chrome: PageChrome, listing: UnclaimedListing, asOf: CivilDate, expiredFrom: CivilDate?, expiredTo: CivilDate?) {
        let language = chrome.language
        self.chrome = chrome
        self.asOf = asOf.iso
        self.expiredFrom = expiredFrom?.iso ?? ""
        self.expiredTo = expiredTo?.iso ?? ""
        rows = listing.lines.map {
            Row(href: SiteRoute.href($0.memberID) { .member($0) }, cardNumber: $0.cardNumber, name: $0.name, expired: DateDisplay.short($0.membershipExpiry, language),
                deposits: $0.depositCount, balance: $0.balance.formatted(.plain), claimBy: DateDisplay.short($0.lastClaimDay, language),
                pastDeadline: $0.pastDeadline)
        }
        memberCount = listing.report.memberCount
        total = listing.report.total.formatted(.plain)
        totalLine = listing.report.totalLine(language)
        ageing = listing.report.ageing.map { Band(name: $0.band.name(language), members: $0.members, total: $0.total.formatted(.plain)) }
        csvHref = SiteRoute.unclaimedReport(.init(["asOf": asOf.iso, "format": "csv", "expiredFrom": expiredFrom?.iso,
                                                    "expiredTo": expiredTo?.iso])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("report_unclaimed_title"))</h1><span class="noprint"><a class="button" href="\(csvHref)">\(t("report_download_csv"))</a> \(PrintButton.html(t))</span></div>
        \(ReportTab.unclaimed.tabs(t))
        \(DateField.assets(t))
        <form class="filters" method="get" action="\(SiteRoute.unclaimedReport().href)">
          <label>\(t("report_as_of"))\(DateField.input("asOf", value: asOf, t))</label>
          <label>\(t("report_expired_from"))\(DateField.input("expiredFrom", value: expiredFrom, t))</label>
          <label>\(t("report_expired_to"))\(DateField.input("expiredTo", value: expiredTo, t))</label>
          <button type="submit">\(t("filter_apply"))</button>
        </form>
        <p class="total"><strong>\(totalLine)</strong></p>
        <section class="card">
          <h2>\(t("report_ageing"))</h2>
          <table class="list"><thead><tr><th>\(t("report_age"))</th><th class="num">\(t("report_members"))</th><th class="num">\(t("report_baht"))</th></tr></thead>
          <tbody>\(ageing.map { band -> HTML in
            "<tr><td>\(band.name)</td><td class=\"num\">\(band.members)</td><td class=\"num\">\(band.total)</td></tr>"
          })</tbody></table>
        </section>
        \(memberCount == 0 ? "<p class=\"empty\">\(t("report_unclaimed_none"))</p>" : table)
        """
    }

    private var table: HTML {
        let t = chrome.words
        return """
        <table class="list">
          <thead><tr><th>\(t("member_card"))</th><th>\(t("member_name"))</th><th>\(t("member_expires"))</th><th class="num wide">\(t("report_deposit_count"))</th><th class="num">\(t("report_baht"))</th><th>\(t("deposit_claim_deadline"))</th></tr></thead>
          <tbody>\(rows.map { row -> HTML in
            "<tr><td class=\"nowrap\">\(MemberLink.html(href: row.href, cardNumber: row.cardNumber))</td><td>\(row.name)</td><td>\(row.expired)</td><td class=\"num wide\">\(row.deposits)</td><td class=\"num\">\(row.balance)</td><td>\(row.claimBy)\(" <span class=\"status status-expired\">\(t("deposit_deadline_passed"))</span>", if: row.pastDeadline)</td></tr>"
          })</tbody>
          <tfoot><tr><th colspan="4">\(t("report_total"))</th><th class="num">\(total)</th><th></th></tr></tfoot>
        </table>
        """
    }
}
