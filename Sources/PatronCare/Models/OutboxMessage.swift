import Fluent
import PatronCore
import Vapor

/// One message to one person on one channel: a reminder, a complaint's outcome, a survey link.
/// Written once (the dedupe key is unique, so a re-run or a second instance adds nothing), then
/// claimed, sent, retried and finally sent, dead or printed — every step kept on the row.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    enum Status: String, Codable, CaseIterable, Sendable {
        case queued, sending, sent, failed, dead, printed, cancelled
    }

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    /// What makes this message unique: e.g. `reminder/<member>/<policy>:<due day>`.
    @Field(key: "dedupe_key") var dedupeKey: String
    /// Why it is sent: `reminder`, `complaint-outcome`, `complaint-survey`, `complaint-overdue`, …
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "member_id") var memberID: UUID?
    @Field(key: "recipient_name") var recipientName: String
    @Field(key: "channel") var channel: ContactChannel
    /// The e-mail address, mobile number, LINE user id or postal address (lines joined by newlines).
    @Field(key: "address") var address: String
    /// Channels to try, in order, when this one turns out impossible; comma-separated.
    @Field(key: "fallback_channels") var fallbackChannels: String
    @Field(key: "language") var language: Language
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "html_body") var htmlBody: String
    @Field(key: "status") var status: Status
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @Field(key: "last_error") var lastError: String
    @Field(key: "provider_message_id") var providerMessageID: String
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "claimed_at") var claimedAt: Date?
    @OptionalField(key: "postcard_batch_id") var postcardBatchID: UUID?
    /// For reminders: which template family, so a fallback to another channel can re-render it.
    @OptionalField(key: "reminder_kind") var reminderKind: ReminderKind?

    init() {}
}

/// What a feature hands to the outbox; rendered text, ready to send.
struct OutboxDraft: Sendable {
    var dedupeKey: String
    var purpose: String
    var memberID: UUID?
    var recipientName: String
    var channel: ContactChannel
    var address: String
    var fallbackChannels: [ContactChannel] = []
    var language: Language
    var subject: String
    var body: String
    var htmlBody: String = ""
    /// Not before this instant (e.g. a survey sent 7 days after closing).
    var notBefore: Date
    var reminderKind: ReminderKind? = nil
    /// `.dead` with a reason when nothing can be sent (a member with no usable channel): the outbox
    /// still records that the reminder was due and why it did not go.
    var initialStatus: OutboxMessage.Status = .queued
    var initialError: String = ""
}
