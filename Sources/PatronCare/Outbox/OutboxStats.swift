import Fluent
import PatronCore
import SQLKit

/// The outbox page's reads: the counts per status in one GROUP BY, the queued postcards, the latest
/// messages (filtered) and postcard batches, read concurrently.
enum OutboxStats {
    struct Overview {
        let countsByStatus: [OutboxMessage.Status: Int]
        let queuedPostcards: Int
        let messages: [OutboxMessage]
        let batches: [PostcardBatch]
    }

    static let messageLimit = 200
    static let batchLimit = 20

    /// Messages per status, every status present (zero where there are none).
    static func countsByStatus(on db: any Database) async throws -> [OutboxMessage.Status: Int] {
        let rows = try await (db as! any SQLDatabase).select()
            .column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(OutboxMessage.schema).groupBy("status").all()
        var counts = Dictionary(uniqueKeysWithValues: OutboxMessage.Status.allCases.map { ($0, 0) })
        for row in rows {
            guard let status = OutboxMessage.Status(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            counts[status] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    static func overview(status: OutboxMessage.Status?, channel: ContactChannel?, on db: any Database) async throws -> Overview {
        async let counts = countsByStatus(on: db)
        async let queuedPostcards = OutboxMessage.query(on: db).filter(\.$channel == .postcard).filter(\.$status == .queued).count()
        async let messages = latestMessages(status: status, channel: channel, on: db)
        async let batches = PostcardBatch.query(on: db).sort(\.$createdAt, .descending).range(..<batchLimit).all()
        return Overview(countsByStatus: try await counts, queuedPostcards: try await queuedPostcards, messages: try await messages,
                        batches: try await batches)
    }

    static func latestMessages(status: OutboxMessage.Status?, channel: ContactChannel?, on db: any Database) async throws -> [OutboxMessage] {
        let query = OutboxMessage.query(on: db)
        if let status { query.filter(\.$status == status) }
        if let channel { query.filter(\.$channel == channel) }
        return try await query.sort(\.$createdAt, .descending).range(..<messageLimit).all()
    }
}
