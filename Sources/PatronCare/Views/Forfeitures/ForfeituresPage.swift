import PatronCore

/// The forfeiture page: the deposits past their deadline as of a day (to propose as a batch) and past batches.
struct ForfeituresPage: Page {
    let chrome: PageChrome
    let asOf: String
    let lines: [ForfeitureLine]
    let total: String
    /// Deposits past their deadline left out because a refund request is open.
    let skippedOpenRequests: Int
    let batches: [ForfeitureBatchRow]

    init(chrome: PageChrome, asOf: CivilDate, planned: Forfeitures.Planned, batches: [ForfeitureBatch], mask: PersonalDataMask) {
        self.chrome = chrome
        self.asOf = asOf.iso
        lines = planned.lines.map { ForfeitureLine($0, language: chrome.language, mask: mask) }
        total = planned.plan.total.formatted(.plain)
        skippedOpenRequests = planned.plan.skipped.filter { $0.reason == .openRefundRequest }.count
        self.batches = batches.map { ForfeitureBatchRow($0, words: chrome.words) }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("forfeit_title"))</h1>\(PrintButton.html(t))</div>
        <p class="hint">\(t("forfeit_intro"))</p>
        \(DateField.assets(t))
        <form class="filters" method="get" action="\(SiteRoute.forfeitures.href)">
          <label>\(t("report_as_of"))\(DateField.input("asOf", value: asOf, t))</label>
          <button type="submit">\(t("forfeit_preview"))</button>
        </form>
        <section class="card">
          <h2>\(t("forfeit_plan")) · \(lines.count) · \(total) \(t("baht"))</h2>
          \("<p class=\"hint\">\(t("forfeit_skipped_requests")) \(skippedOpenRequests)</p>", if: skippedOpenRequests > 0)
          \(lines.isEmpty ? "<p class=\"empty\">\(t("forfeit_nothing"))</p>" : plan)
        </section>
        <section class="card">
          <h2>\(t("forfeit_batches"))</h2>
          \(batches.isEmpty ? "<p class=\"empty\">\(t("forfeit_no_batches"))</p>" : batchTable)
        </section>
        """
    }

    private var plan: HTML {
        let t = chrome.words
        return """
        <table class="list">\(ForfeitureLine.header(t))
          <tbody>\(lines.map(\.row))</tbody></table>
          <form method="post" action="\(SiteRoute.forfeitures.href)" class="row">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <input type="hidden" name="asOf" value="\(asOf)">
            <button type="submit">\(t("forfeit_propose"))</button>
          </form>
        """
    }

    private var batchTable: HTML {
        let t = chrome.words
        return """
        <table class="list"><thead><tr><th>\(t("report_as_of"))</th><th>\(t("deposit_state"))</th><th class="num">\(t("report_deposit_count"))</th><th class="num">\(t("report_baht"))</th><th>\(t("forfeit_proposed_by"))</th><th>\(t("forfeit_approved_by"))</th></tr></thead>
          <tbody>\(batches.map { batch -> HTML in
            "<tr><td><a href=\"\(batch.href)\">\(batch.asOf)</a></td><td>\(batch.statusName)</td><td class=\"num\">\(batch.count)</td><td class=\"num\">\(batch.total)</td><td>\(batch.proposedBy)</td><td>\(batch.approvedBy)</td></tr>"
          })</tbody></table>
        """
    }
}
