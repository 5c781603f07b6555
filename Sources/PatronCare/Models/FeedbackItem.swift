import Fluent
import PatronCore
import Vapor

/// One complaint, suggestion, comment or compliment. The workflow state (status, track, escalation,
/// assignee, outcome, decision, lesson) is what `FeedbackWorkflow` last returned; every change is
/// also a row in `feedback_log` (append-only). Contact details are personal data: the public pages
/// and the reports never show them.
final class FeedbackItem: Model, @unchecked Sendable {
    static let schema = "feedback_items"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // MARK: Data fields
    /// `FB-2569-000123-7`, unique.
    @Field(key: "reference") var reference: String
    @Field(key: "reference_year") var referenceYear: Int
    @Field(key: "reference_sequence") var referenceSequence: Int
    @Field(key: "kind") var kind: FeedbackKind
    @Field(key: "channel") var channel: IntakeChannel
    @Field(key: "service") var service: ServiceArea
    @OptionalField(key: "segment") var segment: Segment?
    /// The language the person used: messages to them are written in it.
    @Field(key: "language") var language: Language
    @Field(key: "summary") var summary: String
    @Field(key: "details") var details: String
    @Field(key: "contact_name") var contactName: String
    @Field(key: "contact_email") var contactEmail: String
    @Field(key: "contact_phone") var contactPhone: String
    /// `email` or `sms`: how the person wants the outcome (empty: no preference / anonymous).
    @Field(key: "contact_channel") var contactChannel: String
    @Field(key: "consent_to_contact") var consentToContact: Bool
    /// No way to reach the person: the outcome is published.
    @Field(key: "anonymous") var anonymous: Bool
    @OptionalField(key: "track") var track: Int?
    @Field(key: "status") var status: FeedbackStatus
    @Field(key: "escalation") var escalation: Int
    /// `person` or `group` (empty: unassigned).
    @Field(key: "assignee_kind") var assigneeKind: String
    @Field(key: "assignee_id") var assigneeID: String
    @Field(key: "assignee_name") var assigneeName: String
    @Field(key: "received_at") var receivedAt: Date
    /// Bangkok day received, `YYYY-MM-DD` (days are text: see ARCHITECTURE).
    @Field(key: "received_day") var receivedDay: String
    /// The day by whose end it should be resolved.
    @Field(key: "due_day") var dueDay: String
    /// What was done (Complaint_01 "action"), written by staff when resolving.
    @OptionalField(key: "action") var action: String?
    @OptionalField(key: "outcome") var outcome: String?
    @OptionalField(key: "decision") var decision: String?
    @OptionalField(key: "decision_at") var decisionAt: Date?
    @OptionalField(key: "lesson") var lesson: String?
    @Field(key: "outcome_published") var outcomePublished: Bool
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "share_with_staff") var shareWithStaff: Bool
    @OptionalField(key: "resolved_at") var resolvedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    /// Bumped on every workflow step: a step computed from a stale state is refused.
    @Field(key: "revision") var revision: Int

    init() {}

    var referenceNumber: ReferenceNumber { ReferenceNumber(buddhistYear: referenceYear, sequence: referenceSequence)! }
    var complaintTrack: ComplaintTrack? { track.flatMap(ComplaintTrack.init(rawValue:)) }
    var escalationLevel: EscalationLevel { EscalationLevel(rawValue: escalation) ?? .none }
    var contactKnown: Bool { OutcomeDelivery.contactKnown(anonymous: anonymous, email: contactEmail, phone: contactPhone) }

    var assignee: FeedbackAssignee? {
        switch assigneeKind {
        case "person": .person(StaffRef(id: assigneeID, name: assigneeName))
        case "group": .group(assigneeName)
        default: nil
        }
    }

    /// The workflow's view of this row.
    var state: FeedbackItemState {
        FeedbackItemState(kind: kind, status: status, track: complaintTrack, escalation: escalationLevel, assignee: assignee,
                          outcome: outcome.flatMap { try? FeedbackText($0, field: .outcome) },
                          decision: decision.flatMap { try? FeedbackText($0, field: .decision) },
                          lesson: lesson.flatMap { try? FeedbackText($0, field: .lesson) })
    }

    /// Copies a new workflow state onto the row.
    func apply(_ next: FeedbackItemState) {
        status = next.status
        track = next.track?.rawValue
        escalation = next.escalation.rawValue
        switch next.assignee {
        case .person(let ref)?: assigneeKind = "person"; assigneeID = ref.id; assigneeName = ref.name
        case .group(let name)?: assigneeKind = "group"; assigneeID = ""; assigneeName = name
        case nil: assigneeKind = ""; assigneeID = ""; assigneeName = ""
        }
        outcome = next.outcome?.value
        decision = next.decision?.value
        lesson = next.lesson?.value
    }

    /// The public facts the reports use.
    var record: FeedbackRecord {
        FeedbackRecord(reference: referenceNumber, receivedAt: receivedAt, channel: channel, kind: kind, service: service,
                       segment: segment, summary: summary, track: complaintTrack, action: action, outcome: outcome, status: status,
                       resolvedAt: resolvedAt, closedAt: closedAt, decision: decision, decisionAt: decisionAt,
                       lesson: shareWithStaff ? lesson : nil)
    }
}
