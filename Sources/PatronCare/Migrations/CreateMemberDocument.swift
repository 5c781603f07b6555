import Fluent

struct CreateMemberDocument: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MemberDocument.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("dated_on", .string, .required)
            .field("recorded_by", .string, .required)
            .field("stored_file", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MemberDocument.schema).delete()
    }
}
