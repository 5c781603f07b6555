import PatronCore

/// What a campaign or a reminder policy brought back, as the campaign report and the reminders
/// report both draw it: the rows per period and channel, the totals, the comparison with members
/// not (yet) noticed, and how many notices still wait in the outbox.
struct NoticeEffectView {
    let header: [String]
    let rows: [[String]]
    let comparisonHeader: [String]
    let comparisonRows: [[String]]
    let totals: [String]
    let queuedNotSent: Int

    init(_ table: NoticeEffectTable) {
        header = table.header
        rows = table.rows
        comparisonHeader = table.comparisonHeader
        comparisonRows = table.comparisonRows
        totals = table.result.report.totals.map { total in
            let back = zip(NoticeEffect.windows, total.cameBack).map { "\($0): \($1) (\(NoticeEffect.percent($1, of: total.members)))" }
                .joined(separator: " · ")
            return "\(table.sourceName(total.source)) — \(total.members) · \(back) · \(total.baht.formatted(.plain))"
        }
        queuedNotSent = table.result.queuedNotSent
    }

    func html(_ t: Words) -> HTML {
        """
        \(rows.isEmpty ? "<p class=\"empty\">\(t("effect_none"))</p>" : Self.table(id: "effect-rows", header: header, rows: rows))
        \(totals.isEmpty ? nil : "<ul class=\"totals\" id=\"effect-totals\">\(totals.map { total -> HTML in "<li>\(total)</li>" })</ul>" as HTML)
        \(comparisonRows.isEmpty ? nil : "<h3>\(t("effect_comparison"))</h3>\n" + Self.table(id: "effect-comparison", header: comparisonHeader, rows: comparisonRows))
        \(queuedNotSent > 0 ? "<p class=\"hint\">\(t("effect_queued")) \(queuedNotSent)</p>" as HTML : nil)
        """
    }

    private static func table(id: String, header: [String], rows: [[String]]) -> HTML {
        let head = header.map { cell -> HTML in "<th>\(cell)</th>" }
        let body = rows.map { row -> HTML in "<tr>\(row.map { cell -> HTML in "<td>\(cell)</td>" })</tr>" }
        return """
        <table class="list" id="\(id)">
          <thead><tr>\(head)</tr></thead>
          <tbody>\(body)</tbody>
        </table>
        """
    }
}
