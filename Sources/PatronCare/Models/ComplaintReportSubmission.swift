import Fluent
import Vapor

/// The monthly complaint report (Complaint_01/02) for a month, marked sent: when and by whom.
final class ComplaintReportSubmission: Model, @unchecked Sendable {
    static let schema = "complaint_report_submissions"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    /// `2026-11`, unique.
    @Field(key: "month") var month: String
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "sent_by_id") var sentByID: String
    @Field(key: "sent_by_name") var sentByName: String

    init() {}
}
