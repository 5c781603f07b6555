import Fluent
import PatronCore
import Vapor

/// A member's request to have a deposit refunded, made ahead (portal, phone) and paid at the
/// counter. While one is open the deposit is never forfeited.
final class RefundRequestRecord: Model, @unchecked Sendable {
    static let schema = "refund_requests"

    enum Status: String, Codable, Sendable {
        case open, paid, cancelled
    }

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    @Field(key: "status") var status: Status
    @Field(key: "requested_via") var requestedVia: String
    @Field(key: "note") var note: String
    @Field(key: "recorded_by") var recordedBy: String
    @OptionalField(key: "closed_at") var closedAt: Date?

    // MARK: Relationships
    @Parent(key: "deposit_id") var deposit: Deposit
    @Parent(key: "member_id") var member: Member

    init() {}

    init(depositID: UUID, memberID: UUID, requestedVia: String, note: String, recordedBy: String) {
        $deposit.id = depositID
        $member.id = memberID
        status = .open
        self.requestedVia = requestedVia
        self.note = note
        self.recordedBy = recordedBy
    }
}
