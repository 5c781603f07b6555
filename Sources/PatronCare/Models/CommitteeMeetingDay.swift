import Fluent
import Vapor

/// A scheduled management-team (MT) committee meeting: track-4 complaints are due at one.
final class CommitteeMeetingDay: Model, @unchecked Sendable {
    static let schema = "committee_meeting_days"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    /// `YYYY-MM-DD`, unique.
    @Field(key: "day") var day: String
    @Field(key: "note") var note: String
    @Field(key: "recorded_by") var recordedBy: String

    init() {}
}
