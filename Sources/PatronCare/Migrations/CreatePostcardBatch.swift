import Fluent

struct CreatePostcardBatch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PostcardBatch.schema)
            .id()
            .field("created_by", .string, .required)
            .field("card_count", .int, .required)
            .field("printed_at", .datetime)
            .field("printed_by", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PostcardBatch.schema).delete()
    }
}
