/// A report's table of text cells, as the monthly and quarterly pages show them.
enum FeedbackReportTable {
    static func html(header: [String], rows: [[String]]) -> HTML {
        """
        <table class="list report"><thead><tr>\(header.map { cell -> HTML in "<th>\(cell)</th>" })</tr></thead>
          <tbody>\(rows.map { row -> HTML in "<tr>\(row.map { cell -> HTML in "<td>\(cell)</td>" })</tr>" })</tbody></table>
        """
    }
}
