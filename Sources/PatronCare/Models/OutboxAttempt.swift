import Fluent
import PatronCore
import Vapor

/// One try at sending an outbox message, kept for its history page: when, which channel, what happened.
final class OutboxAttempt: Model, @unchecked Sendable {
    static let schema = "outbox_attempts"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "attempted_at") var attemptedAt: Date
    @Field(key: "channel") var channel: ContactChannel
    @Field(key: "address") var address: String
    /// `sent`, `retry`, `fallback`, `dead`, `resend`, `printed`.
    @Field(key: "result") var result: String
    @Field(key: "detail") var detail: String

    // MARK: Relationships
    @Parent(key: "message_id") var message: OutboxMessage

    init() {}

    init(messageID: UUID, at: Date, channel: ContactChannel, address: String, result: String, detail: String) {
        $message.id = messageID
        attemptedAt = at
        self.channel = channel
        self.address = address
        self.result = result
        self.detail = detail
    }
}
