/// A report's table of text cells, as the monthly and quarterly pages show them. A cell that is a
/// listed item's reference number (a key of `links`) links to the item's page.
enum FeedbackReportTable {
    static func html(header: [String], rows: [[String]], links: [String: String] = [:]) -> HTML {
        """
        <table class="list report"><thead><tr>\(header.map { cell -> HTML in "<th>\(cell)</th>" })</tr></thead>
          <tbody>\(rows.map { row -> HTML in "<tr>\(row.map { text -> HTML in Self.cell(text, links) })</tr>" })</tbody></table>
        """
    }

    private static func cell(_ text: String, _ links: [String: String]) -> HTML {
        guard let href = links[text] else { return "<td>\(text)</td>" }
        return "<td class=\"nowrap\">\(ComplaintLink.html(href: href, reference: text))</td>"
    }
}
