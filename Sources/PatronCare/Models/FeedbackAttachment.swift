import Fluent
import Vapor

/// A photo or PDF sent with a piece of feedback, kept on disk under a random name (see `AttachmentStore`).
final class FeedbackAttachment: Model, @unchecked Sendable {
    static let schema = "feedback_attachments"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    @Field(key: "stored_name") var storedName: String
    /// `jpg`, `png` or `pdf`, from the content.
    @Field(key: "file_kind") var fileKind: String
    @Field(key: "original_name") var originalName: String
    @Field(key: "byte_count") var byteCount: Int

    // MARK: Relationships
    @Parent(key: "item_id") var item: FeedbackItem

    init() {}

    init(itemID: UUID, storedName: String, fileKind: String, originalName: String, byteCount: Int) {
        $item.id = itemID
        self.storedName = storedName
        self.fileKind = fileKind
        self.originalName = originalName
        self.byteCount = byteCount
    }
}
