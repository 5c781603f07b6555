import Fluent
import Vapor

/// One line of the sign-in log (`sign_in_events`, append-only: triggers refuse UPDATE and DELETE).
final class SignInEventRecord: Model, @unchecked Sendable {
    static let schema = "sign_in_events"

    enum Outcome: String, Codable, Sendable, CaseIterable {
        case signedIn = "signed-in"
        case failed
        /// Answered without checking the password: too soon after failures, or too many from the address.
        case throttled
        /// This failure locked the account.
        case lockedOut = "locked-out"
        /// An attempt on a locked or deactivated account.
        case refusedLocked = "refused-locked"
        case unlocked
        case signedOut = "signed-out"
        case passwordChanged = "password-changed"
        case passwordChangeRequired = "password-change-required"
    }

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "at") var at: Date
    @Field(key: "outcome") var outcome: Outcome
    /// As typed (trimmed, lower-cased, at most 64 characters), also when no such account exists.
    @Field(key: "username") var username: String
    @OptionalField(key: "staff_id") var staffID: UUID?
    @Field(key: "client_address") var clientAddress: String
    /// The administrator who unlocked or changed the account, when it was not the person themself.
    @OptionalField(key: "actor_id") var actorID: UUID?

    init() {}

    init(at: Date, outcome: Outcome, username: String, staffID: UUID?, clientAddress: String, actorID: UUID?) {
        self.at = at
        self.outcome = outcome
        self.username = String(username.prefix(64))
        self.staffID = staffID
        self.clientAddress = String(clientAddress.prefix(64))
        self.actorID = actorID
    }
}
