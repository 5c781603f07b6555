import Fluent
import PatronCore
import Vapor

/// A template an administrator changed; the built-in `DefaultTemplates` apply to the rest.
final class MessageTemplateRecord: Model, @unchecked Sendable {
    static let schema = "message_templates"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // MARK: Data fields
    @Field(key: "kind") var kind: ReminderKind
    @Field(key: "channel") var channel: ContactChannel
    @Field(key: "language") var language: Language
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "updated_by") var updatedBy: String

    init() {}
}
