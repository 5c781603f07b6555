import Fluent
import PatronCore
import SQLKit

/// The start page's member figures: total, expired, expiring within 30 days (one query), and members
/// per segment (one GROUP BY), read concurrently.
struct HomeStats: Equatable {
    static let expiringWindowDays = 30

    let total: Int
    let expired: Int
    let expiringSoon: Int
    /// Every segment, zero where it has no members.
    let bySegment: [Segment: Int]

    var active: Int { total - expired }

    /// The three counts in one pass over the members (CASE sums), beside the per-segment GROUP BY.
    static func read(today: CivilDate, on db: any Database) async throws -> HomeStats {
        let sql = db as! any SQLDatabase
        let soon = today.adding(days: expiringWindowDays).iso
        func countWhere(_ condition: any SQLExpression) -> any SQLExpression {
            let counted = SQLList([SQLRaw("CASE WHEN "), condition, SQLRaw(" THEN 1 ELSE 0 END")], separator: SQLRaw(""))
            return SQLFunction("COALESCE", args: SQLFunction("SUM", args: counted), SQLLiteral.numeric("0"))
        }
        let expiredCondition = SQLBinaryExpression(SQLIdentifier("expires_on"), .lessThan, SQLBind(today.iso))
        let soonCondition = SQLList([SQLBinaryExpression(SQLIdentifier("expires_on"), .greaterThanOrEqual, SQLBind(today.iso)),
                                     SQLBinaryExpression(SQLIdentifier("expires_on"), .lessThanOrEqual, SQLBind(soon))], separator: SQLRaw(" AND "))
        async let counts = sql.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "total")
            .column(countWhere(expiredCondition), as: "expired")
            .column(countWhere(soonCondition), as: "soon")
            .from(Member.schema).rowColumns()
        async let bySegment = membersPerSegment(on: db)
        guard let row = try await counts.first else { throw DatabaseFailure("no member counts") }
        return HomeStats(total: Int(try row.integer("total")), expired: Int(try row.integer("expired")),
                         expiringSoon: Int(try row.integer("soon")), bySegment: try await bySegment)
    }

    static func membersPerSegment(on db: any Database) async throws -> [Segment: Int] {
        let rows = try await (db as! any SQLDatabase).select()
            .column("segment").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Member.schema).groupBy("segment").all()
        var counts = Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0, 0) })
        for row in rows {
            guard let segment = Segment(rawValue: try row.decode(column: "segment", as: String.self)) else { continue }
            counts[segment] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
