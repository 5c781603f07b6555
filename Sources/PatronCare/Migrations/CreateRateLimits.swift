import Fluent
import SQLKit

/// The shared rate limiter's state (`DatabaseRateLimiter`): one lock row per bucket and key,
/// taken first in every check so concurrent checks of the same key queue behind each other,
/// and one row per accepted hit. Used by sign-in, the public form and the status lookups.
struct CreateRateLimits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rate_limit_keys")
            .field("bucket_key", .string, .identifier(auto: false))
            .field("touched_at", .datetime, .required)
            .create()
        try await database.schema("rate_limit_hits")
            .field("bucket_key", .string, .required)
            .field("at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "rate_limit_hits_key_idx").on("rate_limit_hits").column("bucket_key").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rate_limit_hits").delete()
        try await database.schema("rate_limit_keys").delete()
    }
}
