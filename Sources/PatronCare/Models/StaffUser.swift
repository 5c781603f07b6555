import Fluent
import PatronCore
import Vapor

/// A person who signs in to the staff pages. The role decides what they may see and do.
final class StaffUser: Model, @unchecked Sendable {
    static let schema = "staff_users"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // MARK: Data fields
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "role") var role: StaffRole
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "active") var active: Bool
    /// Set when too many sign-ins failed; only an administrator clears it.
    @OptionalField(key: "locked_at") var lockedAt: Date?
    /// Set by an administrator: the next sign-in must choose a new password first.
    @Field(key: "must_change_password") var mustChangePassword: Bool

    init() {}

    init(username: String, displayName: String, role: StaffRole, passwordHash: String) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.passwordHash = passwordHash
        self.active = true
        self.mustChangePassword = false
    }
}

extension StaffUser: Authenticatable {}

extension StaffUser {
    /// Whether this account may sign in at all (the password is checked separately).
    var maySignIn: Bool { active && lockedAt == nil }
}
