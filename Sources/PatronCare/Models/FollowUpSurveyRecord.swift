import Fluent
import PatronCore
import Vapor

/// The satisfaction survey on the handling of one closed complaint. Only the token's SHA-256 is
/// kept; the answer is stored with `WHERE answered_at IS NULL`, so it counts once.
final class FollowUpSurveyRecord: Model, @unchecked Sendable {
    static let schema = "feedback_surveys"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "send_day") var sendDay: String
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalField(key: "score") var score: Int?
    @OptionalField(key: "comment") var comment: String?

    // MARK: Relationships
    @Parent(key: "item_id") var item: FeedbackItem

    init() {}

    var state: FollowUpState {
        FollowUpState(tokenHash: tokenHash, sendDay: CivilDate(iso: sendDay) ?? CivilDate(year: 2000, month: 1, day: 1)!,
                      answeredAt: answeredAt,
                      answer: score.flatMap { try? FollowUpAnswer(score: $0, comment: comment) })
    }
}
