import Fluent
import Foundation
import PatronCore
import SQLKit

/// Why a feedback change was refused, in the reader's language. Nothing was written.
struct FeedbackRefusal: Error {
    let messages: (Language) -> [String]
    /// Refused because someone changed the item since the form was shown (the revision check).
    var isStale = false

    init(_ problem: WorkflowProblem) { messages = { [problem.message($0)] } }
    init(_ text: @escaping (Language) -> String) { messages = { [text($0)] } }
    static func stale(_ text: @escaping (Language) -> String) -> FeedbackRefusal {
        var refusal = FeedbackRefusal(text)
        refusal.isStale = true
        return refusal
    }
}

/// Every write to feedback goes through here: intake (reference number, item, first log line and
/// attachment in one transaction), workflow steps (the core decides; the row is updated only if no
/// one changed it meanwhile; one log line each), publishing, sharing with staff, and the messages
/// each step puts in the outbox.
struct FeedbackStore {
    let db: any Database
    let settings: ComplaintSettings
    let holidays: HolidayCalendar
    /// The language of messages to staff.
    let staffLanguage: Language

    func dueDates(on db: (any Database)? = nil) async throws -> DueDates {
        var policy = settings.trackPolicy
        policy.mtMeetingDays = try await CommitteeMeetingDay.query(on: db ?? self.db).all().compactMap { CivilDate(iso: $0.day) }
        policy = TrackPolicy(targetWorkingDays: policy.targetWorkingDays, escalation: policy.escalation, cutOffMinute: policy.cutOffMinute,
                             mtMeetingDays: policy.mtMeetingDays, agendaLeadWorkingDays: policy.agendaLeadWorkingDays,
                             track4FallbackWorkingDays: policy.track4FallbackWorkingDays, otherKindsWorkingDays: policy.otherKindsWorkingDays)
        return DueDates(policy: policy, calendar: WorkingCalendar(holidays: holidays))
    }

    // MARK: Intake

    func receive(_ intake: FeedbackIntake, attachment: PendingAttachment?, uploadsDirectory: String,
                 by actor: FeedbackActor, at instant: Date) async throws -> FeedbackItem {
        let files = AttachmentStore(directory: uploadsDirectory)
        let stored = try attachment.map { try files.save($0.bytes, kind: $0.kind) }
        do {
            let due = try await dueDates()
            return try await db.transaction { db in
                let day = BangkokTime.day(of: instant)
                let reference = try await ReferenceNumbers.allocate(on: day, db: db)
                let item = FeedbackItem()
                item.id = UUID()
                item.reference = reference.description
                item.referenceYear = reference.buddhistYear
                item.referenceSequence = reference.sequence
                item.kind = intake.kind
                item.channel = intake.channel
                item.service = intake.service
                item.segment = intake.segment
                item.language = intake.language
                item.summary = intake.summary.value
                item.details = intake.details.value
                item.contactName = intake.contactName
                item.contactEmail = intake.contactEmail
                item.contactPhone = intake.contactPhone
                item.contactChannel = intake.contactChannel
                item.consentToContact = intake.consent
                item.anonymous = intake.anonymous
                item.status = .received
                item.escalation = 0
                item.assigneeKind = ""
                item.assigneeID = ""
                item.assigneeName = ""
                item.receivedAt = instant
                item.receivedDay = day.iso
                item.dueDay = due.due(kind: intake.kind, track: nil, receivedAt: instant).day.iso
                item.outcomePublished = false
                item.shareWithStaff = false
                item.revision = 0
                try await item.create(on: db)
                let step = FeedbackWorkflow.receive(kind: intake.kind, channel: intake.channel, by: actor, at: instant)
                try await FeedbackLogRecord(itemID: item.id!, entry: step.entry, seq: 0).create(on: db)
                if let attachment, let stored {
                    try await FeedbackAttachment(itemID: item.id!, storedName: stored, fileKind: attachment.kind,
                                                 originalName: String(attachment.originalName.prefix(200)),
                                                 byteCount: attachment.bytes.count).create(on: db)
                }
                return item
            }
        } catch {
            if let stored { files.remove(stored) }
            throw error
        }
    }

    // MARK: Workflow

    /// Extra facts a step carries that the core's state does not hold.
    struct StepExtras {
        /// What was done (Complaint_01 "action"), given when resolving.
        var action: String?
    }

    /// Applies `event` to the item as it is in the database now. The item's revision must still be
    /// `expectedRevision` (when given): a form built from an older state is refused.
    @discardableResult
    func apply(_ event: FeedbackEvent, to itemID: UUID, expectedRevision: Int? = nil, extras: StepExtras = StepExtras(),
               by actor: FeedbackActor, at instant: Date) async throws -> FeedbackItem {
        let due = try await dueDates()
        let item: FeedbackItem = try await db.transaction { db in
            guard let item = try await FeedbackItem.find(itemID, on: db) else {
                throw FeedbackRefusal { $0 == .th ? "ไม่พบเรื่องนี้" : "No such feedback item." }
            }
            if let expectedRevision, expectedRevision != item.revision {
                throw FeedbackRefusal.stale({ $0 == .th ? "มีผู้อื่นเปลี่ยนแปลงเรื่องนี้ไปแล้ว กรุณาดูสถานะล่าสุดแล้วทำอีกครั้ง" : "Someone changed this item meanwhile; look at its current state and try again." })
            }
            let step: FeedbackWorkflow.Step
            switch FeedbackWorkflow.transition(from: item.state, event: event, by: actor, at: instant) {
            case .success(let s): step = s
            case .failure(let problem): throw FeedbackRefusal(problem)
            }
            let before = item.revision
            item.apply(step.item)
            switch event {
            case .triage, .changeTrack:
                item.dueDay = due.due(kind: item.kind, track: item.complaintTrack, receivedAt: item.receivedAt).day.iso
            case .recordDecision:
                item.decisionAt = instant
            case .resolve:
                item.resolvedAt = instant
                if let action = extras.action.flatMap(nonEmpty) { item.action = String(action.prefix(FeedbackText.Field.outcome.maximumLength)) }
            case .reopen:
                item.resolvedAt = nil
            case .close:
                item.closedAt = instant
            default:
                break
            }
            item.revision = before + 1
            // The row changes only if nobody else moved it since it was read.
            let sql = db as! any SQLDatabase
            let claimed = try await sql.update(FeedbackItem.schema).set("revision", to: SQLBind(before + 1))
                .where("id", .equal, SQLBind(itemID)).where("revision", .equal, SQLBind(before)).returning("id").all()
            guard claimed.count == 1 else {
                throw FeedbackRefusal.stale({ $0 == .th ? "มีผู้อื่นเปลี่ยนแปลงเรื่องนี้ไปแล้ว กรุณาลองอีกครั้ง" : "Someone changed this item meanwhile; try again." })
            }
            try await item.save(on: db)
            try await FeedbackLogRecord(itemID: itemID, entry: step.entry, seq: before + 1).create(on: db)
            if step.item.status == .closed && event.action == .close {
                try await afterClosing(item, at: instant, on: db)
            }
            return item
        }
        return item
    }

    /// A closed complaint: the outcome goes to a known person who agreed to be contacted, and the
    /// satisfaction survey is scheduled. Both are outbox rows with dedupe keys: once per item.
    private func afterClosing(_ item: FeedbackItem, at instant: Date, on db: any Database) async throws {
        let delivery = OutcomeDelivery.decide(contactKnown: item.contactKnown, consentToContact: item.consentToContact)
        guard delivery == .notifyDirectly, let outcome = item.outcome, let route = ComplaintMessages.route(item) else { return }
        let text = ComplaintMessages.outcome(item, outcome: outcome)
        try await Outbox.enqueue(OutboxDraft(dedupeKey: "complaint-outcome/\(item.reference)", purpose: "complaint-outcome",
                                             recipientName: item.contactName, channel: route.channel, address: route.address,
                                             fallbackChannels: route.fallbacks, language: item.language, subject: text.subject,
                                             body: text.body, notBefore: instant), now: instant, on: db)
        guard FollowUpPolicy.shouldSend(kind: item.kind, status: item.status, contactKnown: item.contactKnown,
                                        consentToContact: item.consentToContact) else { return }
        var generator = SystemRandomNumberGenerator()
        let token = FollowUpToken.generate(using: &generator)
        let sendDay = settings.followUp.sendDay(closedAt: instant)
        let survey = FollowUpSurveyRecord()
        survey.$item.id = try item.requireID()
        survey.tokenHash = token.hashed
        survey.sendDay = sendDay.iso
        try await survey.create(on: db)
        let link = settings.publicURL + SiteRoute.feedbackSurvey(token: token.text).href
        let message = ComplaintMessages.survey(item, link: link, lastDay: settings.followUp.lastAnswerDay(sendDay: sendDay))
        try await Outbox.enqueue(OutboxDraft(dedupeKey: "complaint-survey/\(item.reference)", purpose: "complaint-survey",
                                             recipientName: item.contactName, channel: route.channel, address: route.address,
                                             fallbackChannels: route.fallbacks, language: item.language, subject: message.subject,
                                             body: message.body, notBefore: BangkokTime.instant(day: sendDay, minuteOfDay: 9 * 60)), now: instant, on: db)
    }

    // MARK: Publishing and sharing

    /// Publishes the outcome of an item whose person cannot be told directly: the public
    /// announcements page, the notice-board sheet and an e-mail to the announcements address.
    /// Why the item's outcome may not be published (nil: it may): the same checks for the
    /// confirmation step and for publishing.
    static func publishRefusal(_ item: FeedbackItem) -> FeedbackRefusal? {
        guard item.status.isFinished, item.outcome != nil else {
            return FeedbackRefusal { $0 == .th ? "เผยแพร่ได้เมื่อแก้ไขแล้วและมีผลการดำเนินการ" : "Only a resolved item with an outcome can be published." }
        }
        guard OutcomeDelivery.decide(contactKnown: item.contactKnown, consentToContact: item.consentToContact) == .publish else {
            return FeedbackRefusal { $0 == .th ? "ผู้แจ้งระบุช่องทางติดต่อและยินยอมให้ติดต่อ ผลการดำเนินการจะแจ้งโดยตรง ไม่เผยแพร่" : "The person can be reached and agreed to it: the outcome is told to them directly, not published." }
        }
        return nil
    }

    func publish(_ itemID: UUID, by staff: StaffRef, role: StaffRole, at instant: Date) async throws -> FeedbackItem {
        try await db.transaction { db in
            guard let item = try await FeedbackItem.find(itemID, on: db) else { throw FeedbackRefusal { $0 == .th ? "ไม่พบเรื่องนี้" : "No such feedback item." } }
            if let refusal = Self.publishRefusal(item) { throw refusal }
            guard let outcome = item.outcome else { throw FeedbackRefusal { $0 == .th ? "ไม่พบผลการดำเนินการ" : "No outcome to publish." } }
            guard !item.outcomePublished else { return item }
            let before = item.revision
            item.outcomePublished = true
            item.publishedAt = instant
            item.revision = before + 1
            try await item.save(on: db)
            try await FeedbackLogRecord(itemID: itemID, appAction: "publish", actor: .staff(staff, role), status: item.status,
                                        note: nil, isPublic: true, at: instant, seq: before + 1).create(on: db)
            if let address = settings.announcementsEmail {
                let text = ComplaintMessages.announcement(item, outcome: outcome, language: staffLanguage)
                try await Outbox.enqueue(OutboxDraft(dedupeKey: "announcement/\(item.reference)", purpose: "announcement",
                                                     recipientName: "", channel: .email, address: address, language: staffLanguage,
                                                     subject: text.subject, body: text.body, notBefore: instant), now: instant, on: db)
            }
            return item
        }
    }

    /// Marks a closed item "share with staff" (with its lesson learned): it appears on the staff knowledge page.
    func share(_ itemID: UUID, lesson: FeedbackText?, by staff: StaffRef, role: StaffRole, at instant: Date) async throws -> FeedbackItem {
        // Checked before the lesson is written, so a refused share leaves nothing half-done.
        guard let current = try await FeedbackItem.find(itemID, on: db), current.status == .closed else {
            throw FeedbackRefusal { $0 == .th ? "เผยแพร่ให้บุคลากรได้เมื่อปิดเรื่องแล้ว" : "Only a closed item can be shared with staff." }
        }
        if let lesson { try await apply(.recordLesson(lesson), to: itemID, by: .staff(staff, role), at: instant) }
        return try await db.transaction { db in
            guard let item = try await FeedbackItem.find(itemID, on: db) else { throw FeedbackRefusal { $0 == .th ? "ไม่พบเรื่องนี้" : "No such feedback item." } }
            guard item.status == .closed else {
                throw FeedbackRefusal { $0 == .th ? "เผยแพร่ให้บุคลากรได้เมื่อปิดเรื่องแล้ว" : "Only a closed item can be shared with staff." }
            }
            guard item.lesson != nil else {
                throw FeedbackRefusal { $0 == .th ? "กรุณาเขียนบทเรียนที่ได้รับก่อนเผยแพร่ให้บุคลากร" : "Write the lesson learned before sharing it with staff." }
            }
            guard !item.shareWithStaff else { return item }
            let before = item.revision
            item.shareWithStaff = true
            item.revision = before + 1
            try await item.save(on: db)
            try await FeedbackLogRecord(itemID: itemID, appAction: "share-with-staff", actor: .staff(staff, role), status: item.status,
                                        note: nil, isPublic: false, at: instant, seq: before + 1).create(on: db)
            return item
        }
    }

    /// Recomputes the due day of open track-4 items after the meeting days changed.
    func refreshTrack4DueDays() async throws {
        let due = try await dueDates()
        let items = try await FeedbackItem.query(on: db).filter(\.$track == ComplaintTrack.needsBudget.rawValue)
            .filter(\.$status !~ [.resolved, .closed]).all()
        for item in items {
            let day = due.due(track: .needsBudget, receivedAt: item.receivedAt).day.iso
            if day != item.dueDay {
                item.dueDay = day
                try await item.save(on: db)
            }
        }
    }

    // MARK: Follow-up survey

    /// Records an answer once: the core checks the token, window and score; the database update
    /// only succeeds while `answered_at IS NULL`, so a second (or simultaneous) answer is refused.
    func answerSurvey(token raw: String, score: Int?, comment: String?, at instant: Date) async throws -> Result<FollowUpSurveyRecord, FollowUpProblem> {
        guard let token = FollowUpToken(parsing: raw),
              let survey = try await FollowUpSurveyRecord.query(on: db).filter(\.$tokenHash == token.hashed).first() else {
            return .failure(.invalidToken)
        }
        let next: FollowUpState
        switch FollowUpSurvey.answer(token: raw, score: score, comment: comment, state: survey.state, policy: settings.followUp, at: instant) {
        case .success(let s): next = s
        case .failure(let p): return .failure(p)
        }
        let rows = try await (db as! any SQLDatabase).update(FollowUpSurveyRecord.schema)
            .set("answered_at", to: SQLBind(instant))
            .set("score", to: SQLBind(next.answer?.score))
            .set("comment", to: SQLBind(next.answer?.comment?.value))
            .where("id", .equal, SQLBind(try survey.requireID()))
            .where(SQLIdentifier("answered_at"), .is, SQLLiteral.null)
            .returning("id").all()
        guard rows.count == 1 else { return .failure(.alreadyAnswered) }
        survey.answeredAt = instant
        survey.score = next.answer?.score
        survey.comment = next.answer?.comment?.value
        return .success(survey)
    }

    // MARK: Reports

    /// Items received up to `lastDay` (all when nil) as the reports see them.
    func records(receivedFrom firstDay: CivilDate? = nil, through lastDay: CivilDate? = nil) async throws -> [FeedbackRecord] {
        var query = FeedbackItem.query(on: db)
        if let firstDay { query = query.filter(\.$receivedDay >= firstDay.iso) }
        if let lastDay { query = query.filter(\.$receivedDay <= lastDay.iso) }
        return try await query.sort(\.$receivedAt).all().map(\.record)
    }

    /// The follow-up surveys answered in `[from, before)` (every answered one when both are nil).
    func responses(answeredFrom from: Date? = nil, before: Date? = nil) async throws -> [FollowUpResponse] {
        var query = FollowUpSurveyRecord.query(on: db).filter(\.$answeredAt != nil)
        if let from { query = query.filter(\.$answeredAt >= from) }
        if let before { query = query.filter(\.$answeredAt < before) }
        let surveys = try await query.with(\.$item).all()
        return surveys.compactMap { s in
            guard let at = s.answeredAt, let score = s.score else { return nil }
            return FollowUpResponse(reference: s.item.referenceNumber, track: s.item.complaintTrack, score: score, answeredAt: at)
        }
    }

    /// The reports read only the rows their period can use (the core filters them again), so their
    /// cost follows the period, not the years of history.
    func monthlyReport(_ month: ReportMonth) async throws -> MonthlyComplaintReport {
        let (start, end) = Self.instants(month.firstDay, month.lastDay)
        return MonthlyComplaintReport.build(month: month, records: try await records(receivedFrom: month.firstDay, through: month.lastDay),
                                            responses: try await responses(answeredFrom: start, before: end), dueDates: try await dueDates())
    }

    /// Reads the items received in this and the previous quarter, the track-4 complaints still open
    /// or decided in the quarter, and the lessons of items resolved in it: every record
    /// `QuarterlySummary.build` keeps, and no others from the years before.
    func quarterlySummary(_ quarter: ReportQuarter) async throws -> QuarterlySummary {
        let (start, end) = Self.instants(quarter.firstDay, quarter.lastDay)
        let received = try await FeedbackItem.query(on: db)
            .filter(\.$receivedDay >= quarter.previous.firstDay.iso).filter(\.$receivedDay <= quarter.lastDay.iso).all()
        let track4 = try await FeedbackItem.query(on: db)
            .filter(\.$kind == .complaint).filter(\.$track == ComplaintTrack.needsBudget.rawValue)
            .filter(\.$receivedDay < quarter.previous.firstDay.iso)
            .group(.or) { $0.filter(\.$status !~ [.resolved, .closed]).group(.and) { $0.filter(\.$decisionAt >= start).filter(\.$decisionAt < end) } }
            .all()
        let lessons = try await FeedbackItem.query(on: db)
            .filter(\.$receivedDay < quarter.previous.firstDay.iso).filter(\.$shareWithStaff == true).filter(\.$lesson != nil)
            .filter(\.$resolvedAt >= start).filter(\.$resolvedAt < end).all()
        var seen = Set<UUID>()
        let records = (received + track4 + lessons).filter { seen.insert($0.id!).inserted }.map(\.record)
            .sorted { ($0.receivedAt, $0.reference) < ($1.receivedAt, $1.reference) }
        return QuarterlySummary.build(quarter: quarter, records: records, responses: try await responses(answeredFrom: start, before: end),
                                      dueDates: try await dueDates())
    }

    /// Bangkok midnight at the start of `first` and after `last`: a period of days as instants.
    static func instants(_ first: CivilDate, _ last: CivilDate) -> (Date, Date) {
        (BangkokTime.instant(day: first, minuteOfDay: 0), BangkokTime.instant(day: last.adding(days: 1), minuteOfDay: 0))
    }
}

extension FeedbackLogRecord {
    /// A log line for an app-level step the core has no event for (publish, share with staff).
    convenience init(itemID: UUID, appAction: String, actor: FeedbackActor, status: FeedbackStatus, note: String?,
                     isPublic: Bool, at: Date, seq: Int) {
        self.init()
        $item.id = itemID
        self.at = at
        switch actor {
        case .staff(let ref, let role): actorKind = "staff"; actorID = ref.id; actorName = ref.name; actorRole = role
        case .system: actorKind = "system"; actorID = ""; actorName = ""; actorRole = nil
        case .submitter: actorKind = "submitter"; actorID = ""; actorName = ""; actorRole = nil
        }
        action = appAction
        fromStatus = status
        toStatus = status
        self.note = note
        self.isPublic = isPublic
        self.seq = seq
    }
}

/// Reference numbers: one counter row per Buddhist-era year, incremented in the same transaction
/// as the insert (INSERT … ON CONFLICT … RETURNING), so two instances never give the same number.
enum ReferenceNumbers {
    static func allocate(on day: CivilDate, db: any Database) async throws -> ReferenceNumber {
        let year = ReferenceNumber.buddhistYear(receivedOn: day)
        let row = try await (db as! any SQLDatabase).raw("""
            INSERT INTO feedback_sequences (buddhist_year, last_number) VALUES (\(bind: year), 1)
            ON CONFLICT (buddhist_year) DO UPDATE SET last_number = feedback_sequences.last_number + 1
            RETURNING last_number
            """).first()
        guard let sequence = try row?.decode(column: "last_number", as: Int.self),
              let number = ReferenceNumber(buddhistYear: year, sequence: sequence) else {
            throw FeedbackRefusal { $0 == .th ? "เลขที่อ้างอิงของปีนี้หมดแล้ว กรุณาติดต่อผู้ดูแลระบบ" : "This year's reference numbers are used up; tell the administrator." }
        }
        return number
    }
}
