import Fluent
import Foundation
import PatronCore
import SQLKit

/// The outcomes of one delivery round, written with a few set-based statements (UPDATE … FROM a
/// VALUES list, one multi-row INSERT for the attempts) so recording keeps up with the SMTP client.
/// The same SQL runs on SQLite (3.33+) and PostgreSQL.
struct OutboxWrites {
    var sent: [(id: UUID, providerID: String)] = []
    var retries: [(id: UUID, at: Date, error: String)] = []
    var dead: [(id: UUID, error: String)] = []
    var attempts: [(id: UUID, channel: ContactChannel, address: String, result: String, detail: String)] = []

    /// Rows per statement: well under both engines' limits on bound values.
    private static let chunk = 300

    func apply(now: Date, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for part in sent.chunked(Self.chunk) {
            try await sql.raw("""
                UPDATE outbox_messages SET status = 'sent', sent_at = \(bind: now), attempts = attempts + 1, last_error = '',
                    provider_message_id = v.pid
                FROM (SELECT column1 AS id, column2 AS pid FROM (VALUES \(Self.rows(part.map { [SQLBind($0.id), SQLBind($0.providerID)] }))) AS t) AS v
                WHERE outbox_messages.id = v.id
                """).run()
        }
        for part in retries.chunked(Self.chunk) {
            try await sql.raw("""
                UPDATE outbox_messages SET status = 'failed', attempts = attempts + 1, next_attempt_at = v.at, last_error = v.err
                FROM (SELECT column1 AS id, column2 AS at, column3 AS err
                      FROM (VALUES \(Self.rows(part.map { [SQLBind($0.id), SQLBind($0.at), SQLBind($0.error)] }))) AS t) AS v
                WHERE outbox_messages.id = v.id
                """).run()
        }
        for part in dead.chunked(Self.chunk) {
            try await sql.raw("""
                UPDATE outbox_messages SET status = 'dead', attempts = attempts + 1, last_error = v.err
                FROM (SELECT column1 AS id, column2 AS err FROM (VALUES \(Self.rows(part.map { [SQLBind($0.id), SQLBind($0.error)] }))) AS t) AS v
                WHERE outbox_messages.id = v.id
                """).run()
        }
        for part in attempts.chunked(Self.chunk) {
            let insert = sql.insert(into: OutboxAttempt.schema).columns("id", "message_id", "attempted_at", "channel", "address", "result", "detail")
            for attempt in part {
                insert.values(SQLBind(UUID()), SQLBind(attempt.id), SQLBind(now), SQLBind(attempt.channel.rawValue), SQLBind(attempt.address),
                              SQLBind(attempt.result), SQLBind(attempt.detail))
            }
            try await insert.run()
        }
    }

    private static func rows(_ rows: [[SQLBind]]) -> SQLList {
        SQLList(rows.map { SQLGroupExpression($0) })
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
