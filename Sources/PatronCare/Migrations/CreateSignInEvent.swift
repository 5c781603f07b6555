import Fluent
import SQLKit

/// `sign_in_events`: every sign-in, failure, throttled attempt, lock-out, unlock and sign-out.
/// Append-only: triggers refuse UPDATE and DELETE on SQLite and PostgreSQL alike.
struct CreateSignInEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SignInEventRecord.schema)
            .id()
            .field("at", .datetime, .required)
            .field("outcome", .string, .required)
            .field("username", .string, .required)
            .field("staff_id", .uuid)
            .field("client_address", .string, .required)
            .field("actor_id", .uuid)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "sign_in_events_username_idx").on(SignInEventRecord.schema).column("username").column("at").run()
        try await AppendOnlyTriggers.create(on: SignInEventRecord.schema, function: "refuse_sign_in_event_change",
                                            message: "sign-in events are append-only", sql: sql)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TABLE sign_in_events").run()
            try await sql.raw("DROP FUNCTION IF EXISTS refuse_sign_in_event_change()").run()
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS sign_in_events_no_delete").run()
            try await sql.raw("DROP TRIGGER IF EXISTS sign_in_events_no_update").run()
            try await database.schema(SignInEventRecord.schema).delete()
        }
    }
}
