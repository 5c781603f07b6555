import Fluent
import SQLKit

/// `locked_at`: set by the sign-in lock-out, cleared by an administrator; `must_change_password`:
/// set by an administrator, cleared when the person chooses a new password.
struct UpdateStaffUserAddSignInControls: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffUser.schema)
            .field("locked_at", .datetime)
            .update()
        try await database.schema(StaffUser.schema)
            .field("must_change_password", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffUser.schema).deleteField("must_change_password").update()
        try await database.schema(StaffUser.schema).deleteField("locked_at").update()
    }
}
