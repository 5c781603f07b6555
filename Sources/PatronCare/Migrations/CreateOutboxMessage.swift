import Fluent
import SQLKit

struct CreateOutboxMessage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema)
            .id()
            .field("dedupe_key", .string, .required)
            .field("purpose", .string, .required)
            .field("member_id", .uuid, .references(Member.schema, "id"))
            .field("recipient_name", .string, .required)
            .field("channel", .string, .required)
            .field("address", .string, .required)
            .field("fallback_channels", .string, .required)
            .field("language", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("html_body", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("last_error", .string, .required)
            .field("provider_message_id", .string, .required)
            .field("sent_at", .datetime)
            .field("claimed_at", .datetime)
            .field("postcard_batch_id", .uuid)
            .field("reminder_kind", .string)
            .field("created_at", .datetime)
            .unique(on: "dedupe_key")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "outbox_due_idx").on(OutboxMessage.schema).column("status").column("next_attempt_at").run()
        try await sql.create(index: "outbox_member_idx").on(OutboxMessage.schema).column("member_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).delete()
    }
}
