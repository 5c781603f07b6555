import Fluent

struct CreateMessageTemplate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MessageTemplateRecord.schema)
            .id()
            .field("kind", .string, .required)
            .field("channel", .string, .required)
            .field("language", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "kind", "channel", "language")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MessageTemplateRecord.schema).delete()
    }
}
