import Fluent

struct CreateOutboxAttempt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxAttempt.schema)
            .id()
            .field("message_id", .uuid, .required, .references(OutboxMessage.schema, "id"))
            .field("attempted_at", .datetime, .required)
            .field("channel", .string, .required)
            .field("address", .string, .required)
            .field("result", .string, .required)
            .field("detail", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxAttempt.schema).delete()
    }
}
