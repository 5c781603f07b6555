import Fluent
import SQLKit

/// Server-side staff sessions (`staff_sessions`): only a SHA-256 of the cookie's token is stored,
/// with its own form token and the times that decide idle and absolute expiry. Anonymous visitors
/// get no row. Replaces Fluent's `_fluent_sessions`, which is left in place, unused.
struct CreateStaffSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffSessionRecord.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("staff_id", .uuid, .required, .references(StaffUser.schema, "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("notice", .string)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "staff_sessions_staff_idx").on(StaffSessionRecord.schema).column("staff_id").run()
        try await sql.create(index: "staff_sessions_last_seen_idx").on(StaffSessionRecord.schema).column("last_seen_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffSessionRecord.schema).delete()
    }
}
