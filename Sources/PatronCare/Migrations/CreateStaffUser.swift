import Fluent

struct CreateStaffUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffUser.schema)
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("password_hash", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffUser.schema).delete()
    }
}
