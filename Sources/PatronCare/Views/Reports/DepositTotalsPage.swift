import PatronCore

/// Money received, refunded and forfeited over a period, held at its end, and refunds per month.
struct DepositTotalsPage: Page {
    struct Month: Equatable {
        let name: String
        let count: Int
        let total: String
    }

    let chrome: PageChrome
    let from: String
    let to: String
    let received: String
    let refunded: String
    let forfeited: String
    let heldAtEnd: String
    let refundsPerMonth: [Month]
    let csvHref: String

    init(chrome: PageChrome, from: CivilDate, to: CivilDate, totals: LedgerTotals, heldAtEnd: Satang, months: [RefundsPerMonth.Month]) {
        let language = chrome.language
        self.chrome = chrome
        self.from = from.iso
        self.to = to.iso
        received = totals.received.formatted(.plain)
        refunded = totals.correctedRefunded.formatted(.plain)
        forfeited = totals.correctedForfeited.formatted(.plain)
        self.heldAtEnd = heldAtEnd.formatted(.plain)
        refundsPerMonth = months.map {
            Month(name: DateDisplay.monthYear(year: $0.year, month: $0.month, language), count: $0.count, total: $0.total.formatted(.plain))
        }
        csvHref = SiteRoute.depositsReport(.init(["from": from.iso, "to": to.iso, "format": "csv"])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("report_deposits_title"))</h1><span class="noprint"><a class="button" href="\(csvHref)">\(t("report_download_csv"))</a> \(PrintButton.html(t))</span></div>
        \(ReportTab.deposits.tabs(t))
        \(DateField.assets(t))
        <form class="filters" method="get" action="\(SiteRoute.depositsReport().href)">
          <label>\(t("report_from"))\(DateField.input("from", value: from, t))</label>
          <label>\(t("report_to"))\(DateField.input("to", value: to, t))</label>
          <button type="submit">\(t("filter_apply"))</button>
        </form>
        <section class="stats">
          <div class="stat"><span class="n">\(received)</span>\(t("report_received"))</div>
          <div class="stat"><span class="n">\(refunded)</span>\(t("report_refunded"))</div>
          <div class="stat"><span class="n">\(forfeited)</span>\(t("report_forfeited"))</div>
          <div class="stat"><span class="n">\(heldAtEnd)</span>\(t("report_held_at_end"))</div>
        </section>
        <section class="card">
          <h2>\(t("report_refunds_per_month"))</h2>
          \(refundsPerMonth.isEmpty ? "<p class=\"empty\">\(t("report_no_refunds"))</p>" : monthTable)
        </section>
        """
    }

    private var monthTable: HTML {
        let t = chrome.words
        return """
        <table class="list"><thead><tr><th>\(t("report_month"))</th><th class="num">\(t("report_refund_count"))</th><th class="num">\(t("report_baht"))</th></tr></thead>
          <tbody>\(refundsPerMonth.map { month -> HTML in
            "<tr><td>\(month.name)</td><td class=\"num\">\(month.count)</td><td class=\"num\">\(month.total)</td></tr>"
          })</tbody></table>
        """
    }
}
