import Fluent

/// One row per run of `patroncare check` (the command or the daily job): when, how many problems,
/// and their text, so the administrator's start page shows the last result.
struct CreateIntegrityCheckRun: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IntegrityCheckRun.schema)
            .id()
            .field("checked_at", .datetime, .required)
            .field("problem_count", .int, .required)
            .field("problems", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IntegrityCheckRun.schema).delete()
    }
}
