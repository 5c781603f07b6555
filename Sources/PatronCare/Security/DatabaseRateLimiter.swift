import Fluent
import Foundation
import PatronCore
import SQLKit

/// The one rate limiter of the app — sign-in, the public feedback form and API, the public status
/// lookups — kept in the database so it holds across every instance sharing it.
///
/// A check is an `INSERT … SELECT … WHERE (count in the window) < maximum`. On SQLite that one
/// statement is atomic (it holds the write lock throughout). On PostgreSQL (READ COMMITTED) it runs
/// in a transaction after an upsert of the key's row in `rate_limit_keys`, which takes the row lock:
/// concurrent checks of one key queue there, and the insert's fresh snapshot then sees every hit
/// committed before it. So exactly
/// `maximum` hits are accepted per sliding window however many arrive at once. Refused attempts
/// are not stored, so a flood cannot lengthen the wait.
struct DatabaseRateLimiter {
    enum Bucket: String, Sendable {
        case signInAddress = "sign-in-address"
        case signInUsername = "sign-in-username"
        case feedback
        case statusLookup = "status-lookup"
    }

    let db: any Database

    func attempt(_ bucket: Bucket, key: String, rule: RateLimitRule, at now: Date) async throws -> RateLimitDecision {
        let bucketKey = Self.bucketKey(bucket, key)
        let cutoff = now.addingTimeInterval(-rule.window)
        let sql = db as! any SQLDatabase
        let accepted: Bool
        if sql.dialect.name == "postgresql" {
            accepted = try await db.transaction { db in
                let sql = db as! any SQLDatabase
                try await sql.raw("""
                    INSERT INTO rate_limit_keys (bucket_key, touched_at) VALUES (\(bind: bucketKey), \(bind: now))
                    ON CONFLICT (bucket_key) DO UPDATE SET touched_at = excluded.touched_at
                    """).run()
                return try await Self.insertUnderLimit(bucketKey, now: now, cutoff: cutoff, maximum: rule.maximum, on: sql)
            }
        } else {
            // SQLite: a writing statement holds the database's write lock from its first step, so the
            // count and the insert of this one statement cannot interleave with another writer.
            accepted = try await Self.insertUnderLimit(bucketKey, now: now, cutoff: cutoff, maximum: rule.maximum, on: sql)
        }
        if accepted { return .allowed }
        let rows = try await sql.select().column("at").from("rate_limit_hits")
            .where("bucket_key", .equal, SQLBind(bucketKey)).where("at", .greaterThan, SQLBind(cutoff)).all()
        let decision = rule.decide(accepted: try rows.map { try $0.decode(column: "at", as: Date.self) }, at: now)
        // Another instance's clock may differ slightly: refused is refused, with at least a second's wait.
        return decision.isAllowed ? .refused(retryAfter: 1) : decision
    }

    /// The hit is stored only while fewer than `maximum` are in the window; true when it was.
    private static func insertUnderLimit(_ bucketKey: String, now: Date, cutoff: Date, maximum: Int, on sql: any SQLDatabase) async throws -> Bool {
        let inserted = try await sql.raw("""
            INSERT INTO rate_limit_hits (bucket_key, at)
            SELECT \(bind: bucketKey), \(bind: now)
            WHERE (SELECT COUNT(*) FROM rate_limit_hits WHERE bucket_key = \(bind: bucketKey) AND at > \(bind: cutoff)) < \(bind: maximum)
            RETURNING bucket_key
            """).all()
        return !inserted.isEmpty
    }

    /// Forgets a key's hits (a successful sign-in clears its username's count).
    func clear(_ bucket: Bucket, key: String) async throws {
        try await (db as! any SQLDatabase).delete(from: "rate_limit_hits").where("bucket_key", .equal, SQLBind(Self.bucketKey(bucket, key))).run()
    }

    /// Deletes hits and keys older than `age` (the daily job; every window is shorter).
    func purge(olderThan age: TimeInterval, now: Date) async throws {
        let sql = db as! any SQLDatabase
        let cutoff = now.addingTimeInterval(-age)
        try await sql.delete(from: "rate_limit_hits").where("at", .lessThan, SQLBind(cutoff)).run()
        try await sql.delete(from: "rate_limit_keys").where("touched_at", .lessThan, SQLBind(cutoff)).run()
    }

    static func bucketKey(_ bucket: Bucket, _ key: String) -> String {
        bucket.rawValue + "|" + String(key.prefix(128))
    }
}
