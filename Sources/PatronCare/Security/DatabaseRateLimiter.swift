import Fluent
import Foundation
import PatronCore
import SQLKit

/// The one rate limiter of the app — sign-in, the public feedback form and API, the public status
/// lookups — kept in the database so it holds across every instance sharing it.
///
/// A check is one transaction of two statements: an upsert of the key's row in `rate_limit_keys`
/// (on PostgreSQL it takes the row lock, so concurrent checks of one key queue here; on SQLite the
/// transaction becomes the single writer at once), then an `INSERT … SELECT … WHERE (count in the
/// window) < maximum`, which under that lock sees every hit committed before it. So exactly
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
        return try await db.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.raw("""
                INSERT INTO rate_limit_keys (bucket_key, touched_at) VALUES (\(bind: bucketKey), \(bind: now))
                ON CONFLICT (bucket_key) DO UPDATE SET touched_at = excluded.touched_at
                """).run()
            let accepted = try await sql.raw("""
                INSERT INTO rate_limit_hits (bucket_key, at)
                SELECT \(bind: bucketKey), \(bind: now)
                WHERE (SELECT COUNT(*) FROM rate_limit_hits WHERE bucket_key = \(bind: bucketKey) AND at > \(bind: cutoff)) < \(bind: rule.maximum)
                RETURNING bucket_key
                """).all()
            if !accepted.isEmpty { return .allowed }
            let rows = try await sql.select().column("at").from("rate_limit_hits")
                .where("bucket_key", .equal, SQLBind(bucketKey)).where("at", .greaterThan, SQLBind(cutoff)).all()
            let decision = rule.decide(accepted: try rows.map { try $0.decode(column: "at", as: Date.self) }, at: now)
            // Another instance's clock may differ slightly: refused is refused, with at least a second's wait.
            return decision.isAllowed ? .refused(retryAfter: 1) : decision
        }
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
