import Fluent
import Foundation

/// One line of the access log. Times are whole seconds since 1970 (an integer compares the same in
/// SQLite and PostgreSQL, which the DELETE trigger relies on).
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "recorded_at") var recordedAt: Int64
    @Field(key: "actor") var actor: String
    @Field(key: "actor_role") var actorRole: String
    @Field(key: "action") var action: String
    /// What was read, exported or changed: a member's card number, a report's name, a username …
    @Field(key: "subject") var subject: String
    @Field(key: "details") var details: String

    init() {}

    init(action: AuditAction, actor: AuditActor, subject: String, details: String, at instant: Date) {
        recordedAt = Int64(instant.timeIntervalSince1970)
        self.actor = actor.username
        actorRole = actor.role
        self.action = action.rawValue
        self.subject = subject
        self.details = details
    }

    var recordedInstant: Date { Date(timeIntervalSince1970: TimeInterval(recordedAt)) }
}
