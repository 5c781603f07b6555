import Fluent
import PatronCore
import SQLKit

/// The start page's member figures: total, expired, expiring within 30 days, and members per
/// segment (one GROUP BY), read concurrently.
struct HomeStats: Equatable {
    static let expiringWindowDays = 30

    let total: Int
    let expired: Int
    let expiringSoon: Int
    /// Every segment, zero where it has no members.
    let bySegment: [Segment: Int]

    var active: Int { total - expired }

    static func read(today: CivilDate, on db: any Database) async throws -> HomeStats {
        let soon = today.adding(days: expiringWindowDays).iso
        async let total = Member.query(on: db).count()
        async let expired = Member.query(on: db).filter(\.$expiresOn < today.iso).count()
        async let expiringSoon = Member.query(on: db).filter(\.$expiresOn >= today.iso).filter(\.$expiresOn <= soon).count()
        async let bySegment = membersPerSegment(on: db)
        return HomeStats(total: try await total, expired: try await expired, expiringSoon: try await expiringSoon,
                         bySegment: try await bySegment)
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
