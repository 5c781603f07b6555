import Fluent
import SQLKit

/// The holidays an administrator keeps, added to the built-in calendar (issue 13).
struct CreateHoliday: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StoredHoliday.schema)
            .id()
            .field("day", .string, .required)
            .field("name_th", .string, .required)
            .field("name_en", .string, .required)
            .field("kind", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "day", "name_th")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredHoliday.schema).delete()
    }
}
