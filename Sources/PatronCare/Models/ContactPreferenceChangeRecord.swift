import Fluent
import PatronCore
import Vapor

/// One recorded change to how a member may be contacted: consent given or withdrawn, a channel
/// (or all reminders) stopped or resumed — who recorded it, when, and how the member said so.
/// Append-only: database triggers refuse UPDATE and DELETE.
final class ContactPreferenceChangeRecord: Model, @unchecked Sendable {
    static let schema = "contact_preference_changes"
    /// The `channel` value for a change that applies to every channel.
    static let allChannels = "all"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "kind") var kind: ContactPreferenceChange.Kind
    /// A channel's raw value, or `all`.
    @Field(key: "channel") var channel: String
    @Field(key: "via") var via: ContactPreferenceChange.Via
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "note") var note: String

    // MARK: Relationships
    @Parent(key: "member_id") var member: Member

    init() {}

    init(memberID: UUID, change: ContactPreferenceChange, by staff: String, at instant: Date, note: String = "") {
        $member.id = memberID
        kind = change.kind
        channel = change.channel?.rawValue ?? Self.allChannels
        via = change.via
        recordedBy = staff
        recordedAt = instant
        self.note = note
    }
}
