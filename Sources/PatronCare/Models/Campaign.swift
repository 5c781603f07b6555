import Fluent
import PatronCore
import Vapor

/// One unclaimed-deposit campaign: the order (unique by its key, so the same order is one campaign),
/// what it selected and queued, and who ran it. `running` while its transaction writes; `queued` after.
final class Campaign: Model, @unchecked Sendable {
    static let schema = "campaigns"

    enum Status: String, Codable, Sendable {
        case running, queued
    }

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    @Field(key: "key") var key: String
    @Field(key: "as_of") var asOf: String
    @Field(key: "claim_by") var claimBy: String
    @OptionalField(key: "expired_from") var expiredFrom: String?
    @OptionalField(key: "expired_to") var expiredTo: String?
    /// Comma-separated channel raw values, in the order given.
    @Field(key: "channels") var channels: String
    @Field(key: "status") var status: Status
    @Field(key: "selected_members") var selectedMembers: Int
    @Field(key: "selected_satang") var selectedSatang: Int64
    @Field(key: "notified_members") var notifiedMembers: Int
    @Field(key: "notified_satang") var notifiedSatang: Int64
    @Field(key: "notices") var notices: Int
    @Field(key: "extended_deposits") var extendedDeposits: Int
    /// The English summary line the command printed.
    @Field(key: "summary") var summary: String
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "queued_at") var queuedAt: Date?

    init() {}

    var asOfDay: CivilDate { CivilDate(iso: asOf) ?? CivilDate(daysSinceEpoch: 0) }
    var claimByDay: CivilDate { CivilDate(iso: claimBy) ?? CivilDate(daysSinceEpoch: 0) }
    var channelList: [ContactChannel] { channels.split(separator: ",").compactMap { ContactChannel(rawValue: String($0)) } }
}

/// A claim deadline moved later (by a campaign, or a head): from, to, why, who, when.
/// Append-only (triggers refuse UPDATE and DELETE); the deposit row holds the current deadline.
final class ClaimDeadlineChangeRecord: Model, @unchecked Sendable {
    static let schema = "claim_deadline_changes"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "from_day") var fromDay: String
    @Field(key: "to_day") var toDay: String
    @Field(key: "reason") var reason: String
    @OptionalField(key: "campaign_id") var campaignID: UUID?
    @Field(key: "changed_by") var changedBy: String
    @Field(key: "changed_at") var changedAt: Date

    // MARK: Relationships
    @Parent(key: "deposit_id") var deposit: Deposit
    @Parent(key: "member_id") var member: Member

    init() {}
}
