import Foundation
import SQLKit

/// Keyset ("seek") reading of a list: the rows in the order of a few text columns that together are
/// unique (`due_day, reference`; `expires_on, card_number`), read after or before one row's values —
/// never by OFFSET, so a page deep in the list costs what the first one does and a row written
/// meanwhile cannot shift a page by one. The complaint list's pages and the member and complaint
/// CSV exports (read in batches, so 100,000 members are never in memory at once) read through it.
struct Keyset: Sendable {
    /// The ordering columns, ascending, together unique (the last one is unique on its own).
    let columns: [String]

    /// A position in the order: one row's values of `columns`, in a link as an opaque token.
    struct Cursor: Equatable, Sendable {
        let values: [String]

        init(_ values: [String]) { self.values = values }

        /// base64url of the values as a JSON array: any text survives a query string.
        var token: String {
            let data = (try? JSONEncoder().encode(values)) ?? Data()
            return data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }

        /// The cursor a link carried, if it is one of `count` values (anything else: the list's start).
        init?(token: String?, count: Int) {
            guard var base64 = token?.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/"),
                  !base64.isEmpty else { return nil }
            base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
            guard let data = Data(base64Encoded: base64), let values = try? JSONDecoder().decode([String].self, from: data),
                  values.count == count else { return nil }
            self.values = values
        }
    }

    /// Where a page starts: the list's start, just after a row (next), or just before one (previous).
    enum Position: Equatable, Sendable {
        case start
        case after(Cursor)
        case before(Cursor)
    }

    /// One page of rows and the cursors of the pages around it (nil: there is none).
    struct Page<Row> {
        let rows: [Row]
        let previous: Cursor?
        let next: Cursor?
    }

    /// The cursor of a row read with (at least) the key columns.
    func cursor(of row: any RowColumns) throws -> Cursor {
        Cursor(try columns.map { try row.text($0) })
    }

    /// `(a, b) > (x, y)` spelled out for every engine: `a > x OR (a = x AND b > y)`.
    func condition(_ position: Position) -> (any SQLExpression)? {
        let (cursor, op): (Cursor, SQLBinaryOperator)
        switch position {
        case .start: return nil
        case .after(let c): (cursor, op) = (c, .greaterThan)
        case .before(let c): (cursor, op) = (c, .lessThan)
        }
        var alternatives: [any SQLExpression] = []
        for k in columns.indices {
            var parts: [any SQLExpression] = (0..<k).map { SQLBinaryExpression(SQLIdentifier(columns[$0]), .equal, SQLBind(cursor.values[$0])) }
            parts.append(SQLBinaryExpression(SQLIdentifier(columns[k]), op, SQLBind(cursor.values[k])))
            alternatives.append(SQLGroupExpression(SQLList(parts, separator: SQLRaw(" AND "))))
        }
        return SQLGroupExpression(SQLList(alternatives, separator: SQLRaw(" OR ")))
    }

    /// `select` (a fresh builder with the list's columns and filters) seeked to `position` and
    /// ordered for reading from there: ascending after a row, descending before one.
    func seek(_ select: SQLSelectBuilder, _ position: Position, limit: Int) -> SQLSelectBuilder {
        var select = select
        if let condition = condition(position) { select = select.where(condition) }
        let direction: SQLDirection = if case .before = position { .descending } else { .ascending }
        for column in columns { select = select.orderBy(SQLIdentifier(column), direction) }
        return select.limit(limit)
    }

    /// Up to `size` rows from `position` that `keep` accepts (a rule SQL cannot say, such as "overdue"
    /// by the working-day calendar; nil: every row), reading `batch` rows at a time until the page is
    /// full or the list ends. A "previous" page that would be short is the list's first page instead.
    func page<Row>(size: Int, from position: Position, batch: Int = 200, select: () -> SQLSelectBuilder,
                   read: (any RowColumns) throws -> Row, keep: ((Row) -> Bool)? = nil) async throws -> Page<Row> {
        let step = keep == nil ? size + 1 : max(batch, size + 1)
        var found: [(row: Row, cursor: Cursor)] = []
        var seekFrom = position
        scan: while true {
            let rows = try await seek(select(), seekFrom, limit: step).rowColumns()
            for row in rows {
                let cursor = try self.cursor(of: row)
                switch position {
                case .before: seekFrom = .before(cursor)
                case .start, .after: seekFrom = .after(cursor)
                }
                let value = try read(row)
                if keep?(value) ?? true {
                    found.append((value, cursor))
                    if found.count > size { break scan }
                }
            }
            if rows.count < step { break }
        }
        let more = found.count > size
        let shown = Array(found.prefix(size))
        switch position {
        case .start, .after:
            let isStart = position == .start
            return Page(rows: shown.map(\.row), previous: isStart ? nil : shown.first?.cursor, next: more ? shown.last?.cursor : nil)
        case .before(let cursor):
            guard more else { return try await page(size: size, from: .start, batch: batch, select: select, read: read, keep: keep) }
            let ordered = shown.reversed()
            return Page(rows: ordered.map(\.row), previous: ordered.first?.cursor, next: ordered.last?.cursor ?? cursor)
        }
    }

    /// Every row in order, `batch` at a time: `body` sees each batch once (an export writes it and
    /// lets it go). Returns how many rows there were.
    @discardableResult
    func forEachBatch(of batch: Int, select: () -> SQLSelectBuilder, _ body: ([any RowColumns]) async throws -> Void) async throws -> Int {
        var position = Position.start
        var total = 0
        while true {
            let rows = try await seek(select(), position, limit: batch).rowColumns()
            guard let last = rows.last else { break }
            try await body(rows)
            total += rows.count
            position = .after(try cursor(of: last))
            if rows.count < batch { break }
        }
        return total
    }
}
