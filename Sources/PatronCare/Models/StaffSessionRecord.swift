import Fluent
import Vapor

/// A signed-in staff session. The cookie holds a random token; this row holds only its SHA-256,
/// so a copy of the database opens no sessions.
final class StaffSessionRecord: Model, @unchecked Sendable {
    static let schema = "staff_sessions"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "csrf_token") var csrfToken: String
    /// A one-time message for the next page (after a redirect).
    @OptionalField(key: "notice") var notice: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    // MARK: Relationships
    @Parent(key: "staff_id") var staff: StaffUser

    init() {}

    init(tokenHash: String, staffID: UUID, csrfToken: String, at instant: Date) {
        self.tokenHash = tokenHash
        self.$staff.id = staffID
        self.csrfToken = csrfToken
        self.createdAt = instant
        self.lastSeenAt = instant
    }
}
