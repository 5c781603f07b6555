import Fluent
import PatronCore
import SQLKit
import Vapor

/// Writes the feedback history of `patroncare demo --scale N`: `count` items from `SyntheticFeedback`
/// (every kind, channel, track and status over five years) with their `feedback_log` rows, the
/// follow-up surveys of closed complaints (answered or not), and the per-year reference counters,
/// so the next item received through the app continues each year's sequence.
///
/// Multi-row INSERTs through SQLKit, a transaction per batch, like `ConsortiumWriter`.
struct FeedbackHistoryWriter {
    let db: any Database
    let now: Date
    let seed: UInt64
    let dueDates: DueDates
    let followUp: FollowUpPolicy
    /// How far back the items go (`SyntheticFeedback.years` for `demo --scale`; half a year for the demo).
    var years: Double = Double(SyntheticFeedback.years)
    /// Items per transaction.
    var batchSize = 5_000

    struct Counts { var items = 0, logEntries = 0, surveys = 0, answers = 0 }

    func write(count: Int, progress: (Counts) -> Void) async throws -> Counts {
        var counts = Counts()
        var lastSequence: [Int: Int] = [:]
        var start = 0
        while start < count {
            let end = min(count, start + batchSize)
            var items: [ConsortiumWriter.Row] = [], logs: [ConsortiumWriter.Row] = [], surveys: [ConsortiumWriter.Row] = []
            for index in start..<end {
                let item = SyntheticFeedback.item(index: index, count: count, seed: seed, now: now, dueDates: dueDates, followUp: followUp,
                                                  years: years)
                let id = SyntheticConsortium.uuid(seed: seed, index: index, salt: 10)
                let day = BangkokTime.day(of: item.receivedAt)
                let year = ReferenceNumber.buddhistYear(receivedOn: day)
                let sequence = (lastSequence[year] ?? 0) + 1
                lastSequence[year] = sequence
                guard let reference = ReferenceNumber(buddhistYear: year, sequence: sequence) else {
                    throw CommandFailure.refused("More than \(ReferenceNumber.maximumSequence) feedback items in \(year): choose a smaller --scale.")
                }
                items.append(itemRow(item, id: id, reference: reference, receivedDay: day))
                for (seq, entry) in item.log.enumerated() {
                    logs.append(logRow(entry, id: SyntheticConsortium.uuid(seed: seed, index: index, salt: 100 + UInt64(seq)), itemID: id, seq: seq))
                }
                if let survey = item.survey {
                    let created: Date? = item.closedAt
                    surveys.append([SyntheticConsortium.uuid(seed: seed, index: index, salt: 11), id, survey.tokenHash, survey.sendDay.iso,
                                    survey.answeredAt, survey.score, survey.comment, created])
                    counts.surveys += 1
                    if survey.answeredAt != nil { counts.answers += 1 }
                }
            }
            let (itemRows, logRows, surveyRows) = (items, logs, surveys)
            try await db.transaction { db in
                let sql = db as! any SQLDatabase
                try await ConsortiumWriter.insert(itemRows, into: FeedbackItem.schema, columns: Self.itemColumns, on: sql)
                try await ConsortiumWriter.insert(logRows, into: FeedbackLogRecord.schema, columns: Self.logColumns, on: sql)
                try await ConsortiumWriter.insert(surveyRows, into: FollowUpSurveyRecord.schema, columns: Self.surveyColumns, on: sql)
            }
            counts.items = end
            counts.logEntries += logs.count
            progress(counts)
            start = end
        }
        let sequences = lastSequence
        try await db.transaction { db in
            let sql = db as! any SQLDatabase
            for (year, last) in sequences.sorted(by: { $0.key < $1.key }) {
                try await sql.insert(into: "feedback_sequences").columns("buddhist_year", "last_number")
                    .values(SQLBind(year), SQLBind(last)).run()
            }
        }
        return counts
    }

    static let itemColumns = [
        "id", "reference", "reference_year", "reference_sequence", "kind", "channel", "service", "segment", "language", "summary",
        "details", "contact_name", "contact_email", "contact_phone", "contact_channel", "consent_to_contact", "anonymous", "track",
        "status", "escalation", "assignee_kind", "assignee_id", "assignee_name", "received_at", "received_day", "due_day", "action",
        "outcome", "decision", "decision_at", "lesson", "outcome_published", "published_at", "share_with_staff", "resolved_at",
        "closed_at", "revision", "created_at", "updated_at",
    ]
    static let logColumns = ["id", "item_id", "at", "actor_kind", "actor_id", "actor_name", "actor_role", "action", "from_status",
                             "to_status", "note", "is_public", "seq"]
    static let surveyColumns = ["id", "item_id", "token_hash", "send_day", "answered_at", "score", "comment", "created_at"]

    private func itemRow(_ item: SyntheticFeedbackItem, id: UUID, reference: ReferenceNumber, receivedDay: CivilDate) -> ConsortiumWriter.Row {
        let state = item.state
        let (assigneeKind, assigneeID, assigneeName): (String, String, String) = switch state.assignee {
        case .person(let ref)?: ("person", ref.id, ref.name)
        case .group(let name)?: ("group", "", name)
        case nil: ("", "", "")
        }
        let action: String? = item.resolvedAt == nil ? nil : state.outcome?.value
        let lastChange = item.log.last?.at ?? item.receivedAt
        return [id, reference.description, reference.buddhistYear, reference.sequence, item.kind.rawValue, item.channel.rawValue,
                item.service.rawValue, item.segment?.rawValue, item.language.rawValue, item.summary, item.details, item.contactName,
                item.contactEmail, item.contactPhone, item.contactChannel, item.consentToContact, item.anonymous, state.track?.rawValue,
                state.status.rawValue, state.escalation.rawValue, assigneeKind, assigneeID, assigneeName, item.receivedAt, receivedDay.iso,
                item.dueDay.iso, action, state.outcome?.value, state.decision?.value, item.decisionAt, state.lesson?.value, false,
                Date?.none, item.shareWithStaff, item.resolvedAt, item.closedAt, item.log.count - 1, item.receivedAt, lastChange]
    }

    private func logRow(_ entry: FeedbackLogEntry, id: UUID, itemID: UUID, seq: Int) -> ConsortiumWriter.Row {
        let (kind, actorID, actorName, role): (String, String, String, String?) = switch entry.actor {
        case .staff(let ref, let role): ("staff", ref.id, ref.name, role.rawValue)
        case .system: ("system", "", "", nil)
        case .submitter: ("submitter", "", "", nil)
        }
        return [id, itemID, entry.at, kind, actorID, actorName, role, entry.action.rawValue, entry.from?.rawValue, entry.to.rawValue,
                entry.note, entry.isPublic, seq]
    }
}
