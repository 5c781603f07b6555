import Fluent
import PatronCore
import Vapor

/// The day's postcards gathered for printing. Printing marks its messages `printed`; the batch
/// can be printed again, but its messages never go back to the queue.
final class PostcardBatch: Model, @unchecked Sendable {
    static let schema = "postcard_batches"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    @Field(key: "created_by") var createdBy: String
    @Field(key: "card_count") var cardCount: Int
    @OptionalField(key: "printed_at") var printedAt: Date?
    @OptionalField(key: "printed_by") var printedBy: String?

    init() {}
}
