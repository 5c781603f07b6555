import Fluent
import PatronCore
import Vapor

/// One line of a feedback item's history. Append-only (database triggers refuse UPDATE and DELETE),
/// like the deposit ledger. `is_public` lines may be shown on the public status page.
final class FeedbackLogRecord: Model, @unchecked Sendable {
    static let schema = "feedback_log"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "at") var at: Date
    /// `staff`, `system` or `submitter`.
    @Field(key: "actor_kind") var actorKind: String
    @Field(key: "actor_id") var actorID: String
    @Field(key: "actor_name") var actorName: String
    @OptionalField(key: "actor_role") var actorRole: StaffRole?
    /// A `FeedbackAction` raw value, or an app-level step: `publish`, `share-with-staff`.
    @Field(key: "action") var action: String
    @OptionalField(key: "from_status") var fromStatus: FeedbackStatus?
    @Field(key: "to_status") var toStatus: FeedbackStatus
    @OptionalField(key: "note") var note: String?
    @Field(key: "is_public") var isPublic: Bool
    /// Orders lines written in the same instant.
    @Field(key: "seq") var seq: Int

    // MARK: Relationships
    @Parent(key: "item_id") var item: FeedbackItem

    init() {}

    init(itemID: UUID, entry: FeedbackLogEntry, seq: Int) {
        $item.id = itemID
        at = entry.at
        switch entry.actor {
        case .staff(let ref, let role): actorKind = "staff"; actorID = ref.id; actorName = ref.name; actorRole = role
        case .system: actorKind = "system"; actorID = ""; actorName = ""; actorRole = nil
        case .submitter: actorKind = "submitter"; actorID = ""; actorName = ""; actorRole = nil
        }
        action = entry.action.rawValue
        fromStatus = entry.from
        toStatus = entry.to
        note = entry.note
        isPublic = entry.isPublic
        self.seq = seq
    }

    func actorName(_ language: Language) -> String {
        switch actorKind {
        case "system": FeedbackActor.system.name(language)
        case "submitter": FeedbackActor.submitter.name(language)
        default: actorName
        }
    }
}
