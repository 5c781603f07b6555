import Foundation

/// Who did something to a feedback item.
public enum FeedbackActor: Hashable, Sendable, Codable {
    /// A signed-in member of staff acting in a role.
    case staff(StaffRef, StaffRole)
    /// A scheduled job (automatic escalation of overdue items).
    case system
    /// The person giving the feedback (web form, API): only ever the intake itself.
    case submitter

    public var role: StaffRole? {
        if case .staff(_, let role) = self { return role }
        return nil
    }

    /// For the log: the staff member's name, or `ระบบ`/`System`, `ผู้แจ้ง`/`Submitter`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.staff(let ref, _), _): ref.name
        case (.system, .th): "ระบบ"
        case (.system, .en): "System"
        case (.submitter, .th): "ผู้แจ้ง"
        case (.submitter, .en): "Submitter"
        }
    }
}

/// Who is working on an item: a person, or a group (a work group, "circulation desk").
public enum FeedbackAssignee: Hashable, Sendable, Codable {
    case person(StaffRef)
    case group(String)
}

/// The state of one feedback item as far as the workflow cares. The app keeps it in its row and
/// replaces it with `FeedbackWorkflow.Step.item` after each accepted event.
public struct FeedbackItemState: Equatable, Sendable {
    public var kind: FeedbackKind
    public var status: FeedbackStatus
    /// Set at triage, complaints only.
    public var track: ComplaintTrack?
    public var escalation: EscalationLevel
    public var assignee: FeedbackAssignee?
    /// The public outcome: told to the person or published. Never an internal note.
    public var outcome: FeedbackText?
    /// The MT committee's decision (track 4).
    public var decision: FeedbackText?
    /// A lesson learned, shared with staff and listed in the quarterly summary.
    public var lesson: FeedbackText?

    public init(kind: FeedbackKind, status: FeedbackStatus = .received, track: ComplaintTrack? = nil,
                escalation: EscalationLevel = .none, assignee: FeedbackAssignee? = nil,
                outcome: FeedbackText? = nil, decision: FeedbackText? = nil, lesson: FeedbackText? = nil) {
        self.kind = kind
        self.status = status
        self.track = track
        self.escalation = escalation
        self.assignee = assignee
        self.outcome = outcome
        self.decision = decision
        self.lesson = lesson
    }
}

/// Something done to a feedback item.
public enum FeedbackEvent: Equatable, Sendable {
    /// Classify: a complaint needs a track, other kinds must have none. received → triaged.
    case triage(ComplaintTrack?)
    /// Move a triaged complaint to another track (head/admin). Status unchanged.
    case changeTrack(ComplaintTrack)
    case assign(FeedbackAssignee)
    /// triaged → inProgress.
    case start
    /// → escalated, to a higher level than before (staff, or the system when overdue).
    case escalate(EscalationLevel)
    /// The MT committee's decision on a track-4 item. Status unchanged.
    case recordDecision(FeedbackText)
    /// An internal note (never public). Status unchanged; allowed in every state.
    case addInternalNote(FeedbackText)
    /// A lesson learned to share with staff. Status unchanged.
    case recordLesson(FeedbackText)
    /// → resolved, with the public outcome now or later (closing requires it).
    case resolve(outcome: FeedbackText?)
    /// resolved → inProgress, with the reason as an internal note.
    case reopen(reason: FeedbackText)
    /// resolved → closed; the outcome given here replaces the one recorded at resolution.
    case close(outcome: FeedbackText?)

    public var action: FeedbackAction {
        switch self {
        case .triage: .triage
        case .changeTrack: .changeTrack
        case .assign: .assign
        case .start: .start
        case .escalate: .escalate
        case .recordDecision: .recordDecision
        case .addInternalNote: .addInternalNote
        case .recordLesson: .recordLesson
        case .resolve: .resolve
        case .reopen: .reopen
        case .close: .close
        }
    }
}

/// The kinds of event, for permissions, logs and buttons.
public enum FeedbackAction: String, CaseIterable, Codable, Sendable {
    case receive
    case triage
    case changeTrack = "change-track"
    case assign
    case start
    case escalate
    case recordDecision = "record-decision"
    case addInternalNote = "add-internal-note"
    case recordLesson = "record-lesson"
    case resolve
    case reopen
    case close

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.receive, .th): "รับเรื่อง"
        case (.receive, .en): "Receive"
        case (.triage, .th): "คัดแยกระดับ"
        case (.triage, .en): "Triage"
        case (.changeTrack, .th): "เปลี่ยนระดับ"
        case (.changeTrack, .en): "Change track"
        case (.assign, .th): "มอบหมายผู้รับผิดชอบ"
        case (.assign, .en): "Assign"
        case (.start, .th): "เริ่มดำเนินการ"
        case (.start, .en): "Start work"
        case (.escalate, .th): "ส่งต่อผู้บังคับบัญชา"
        case (.escalate, .en): "Escalate"
        case (.recordDecision, .th): "บันทึกมติที่ประชุม MT"
        case (.recordDecision, .en): "Record MT decision"
        case (.addInternalNote, .th): "บันทึกภายใน"
        case (.addInternalNote, .en): "Internal note"
        case (.recordLesson, .th): "บันทึกบทเรียน"
        case (.recordLesson, .en): "Record lesson learned"
        case (.resolve, .th): "แก้ไขแล้ว"
        case (.resolve, .en): "Resolve"
        case (.reopen, .th): "เปิดเรื่องใหม่"
        case (.reopen, .en): "Reopen"
        case (.close, .th): "ปิดเรื่อง"
        case (.close, .en): "Close"
        }
    }
}

/// One line of an item's history: who, when, from which status to which, and the text if any.
/// The log is append-only; `isPublic` marks the lines the person and the public page may see
/// (intake, status changes and the outcome — never internal notes, decisions-in-progress or assignments).
public struct FeedbackLogEntry: Equatable, Sendable {
    public let at: Date
    public let actor: FeedbackActor
    public let action: FeedbackAction
    public let from: FeedbackStatus?
    public let to: FeedbackStatus
    public let note: String?
    public let isPublic: Bool

    public init(at: Date, actor: FeedbackActor, action: FeedbackAction, from: FeedbackStatus?, to: FeedbackStatus,
                note: String? = nil, isPublic: Bool) {
        self.at = at
        self.actor = actor
        self.action = action
        self.from = from
        self.to = to
        self.note = note
        self.isPublic = isPublic
    }
}

/// Why an event was refused.
public enum WorkflowProblem: Error, Equatable, Sendable {
    /// The event does not apply in this status (e.g. closing what is not resolved).
    case notAllowedInStatus(FeedbackAction, FeedbackStatus)
    /// This actor's role may not do this (to this track).
    case roleNotAllowed(FeedbackAction, FeedbackActor, ComplaintTrack?)
    case trackRequired
    case trackOnlyForComplaints
    case decisionOnlyForTrack4
    /// A track-4 item is resolved only after the committee's decision is recorded.
    case decisionRequired
    /// Closing needs the public outcome text.
    case outcomeRequired
    case escalationNotHigher(current: EscalationLevel, requested: EscalationLevel)
    case sameTrack(ComplaintTrack)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.notAllowedInStatus(let a, let s), .th):
            "ไม่สามารถ\(a.name(.th))ได้ เพราะเรื่องนี้อยู่ในสถานะ “\(s.name(.th))” กรุณาโหลดหน้าใหม่เพื่อดูสถานะล่าสุด"
        case (.notAllowedInStatus(let a, let s), .en):
            "“\(a.name(.en))” is not possible while the item is “\(s.name(.en))”; reload the page to see its current status."
        case (.roleNotAllowed(let a, let actor, let track), .th):
            "\(actor.role?.name(.th) ?? actor.name(.th))ไม่มีสิทธิ์\(a.name(.th))\(track.map { "เรื่อง\($0.name(.th))" } ?? "") กรุณาส่งต่อให้หัวหน้างานหรือผู้ดูแลระบบ"
        case (.roleNotAllowed(let a, let actor, let track), .en):
            "\(actor.role?.name(.en) ?? actor.name(.en)) may not “\(a.name(.en))”\(track.map { " on \($0.name(.en))" } ?? ""); pass it to a head or an administrator."
        case (.trackRequired, .th): "กรุณาเลือกระดับของข้อร้องเรียน (1–4)"
        case (.trackRequired, .en): "Choose the complaint's track (1–4)."
        case (.trackOnlyForComplaints, .th): "ระดับ 1–4 ใช้กับข้อร้องเรียนเท่านั้น ข้อเสนอแนะ ข้อคิดเห็น และคำชมเชยไม่ต้องเลือกระดับ"
        case (.trackOnlyForComplaints, .en): "Tracks 1–4 are for complaints only; suggestions, comments and compliments have none."
        case (.decisionOnlyForTrack4, .th): "มติที่ประชุม MT บันทึกได้เฉพาะเรื่องระดับ 4 (ต้องใช้งบประมาณ)"
        case (.decisionOnlyForTrack4, .en): "An MT decision can only be recorded on a track-4 (needs budget) complaint."
        case (.decisionRequired, .th): "เรื่องระดับ 4 ต้องบันทึกมติที่ประชุม MT ก่อนจึงจะบันทึกว่าแก้ไขแล้ว"
        case (.decisionRequired, .en): "Record the MT committee's decision before resolving a track-4 complaint."
        case (.outcomeRequired, .th): "กรุณากรอกผลการดำเนินการที่จะแจ้งผู้ร้องเรียนหรือเผยแพร่ก่อนปิดเรื่อง"
        case (.outcomeRequired, .en): "Write the outcome to tell the person (or to publish) before closing."
        case (.escalationNotHigher(let c, let r), .th):
            "เรื่องนี้ส่งต่อถึง\(c.name(.th))แล้ว ไม่สามารถส่งต่อไปยัง\(r.name(.th))ได้อีก"
        case (.escalationNotHigher(let c, let r), .en):
            "This item is already escalated to the \(c.name(.en).lowercased()); it cannot be escalated to “\(r.name(.en))”."
        case (.sameTrack(let t), .th): "เรื่องนี้อยู่ใน\(t.name(.th))อยู่แล้ว"
        case (.sameTrack(let t), .en): "This complaint is already on \(t.name(.en))."
        }
    }
}

/// The complaint workflow: received → triaged → in progress → (escalated) → resolved → closed,
/// as pure functions. Every accepted event gives the new state and one log entry.
///
/// Who may do what (`StaffRole`):
/// * counter staff and the customer team: triage, assign, start, escalate, notes, lessons, and
///   resolve/close suggestions, comments, compliments and track-1 and track-3 complaints;
/// * heads: all of that, plus change the track, reopen, and resolve/close track 2 and track 4;
/// * the committee (MT): record the decision on track-4 items, and internal notes — nothing else;
/// * administrators: everything; the system (scheduled job): escalate only;
/// * track 1 may go straight from triaged to resolved ("fixed on the spot").
/// A closed item accepts internal notes only.
public enum FeedbackWorkflow {
    public struct Step: Equatable, Sendable {
        public let item: FeedbackItemState
        public let entry: FeedbackLogEntry
    }

    /// The first state and log entry of a new item.
    public static func receive(kind: FeedbackKind, channel: IntakeChannel, by actor: FeedbackActor, at instant: Date) -> Step {
        Step(item: FeedbackItemState(kind: kind),
             entry: FeedbackLogEntry(at: instant, actor: actor, action: .receive, from: nil, to: .received,
                                     note: channel.name(.en), isPublic: true))
    }

    /// Applies `event` to `item` if the status allows it and the actor may do it.
    public static func transition(from item: FeedbackItemState, event: FeedbackEvent, by actor: FeedbackActor,
                                  at instant: Date) -> Result<Step, WorkflowProblem> {
        if let problem = refusal(of: event, on: item, by: actor) { return .failure(problem) }
        var next = item
        var note: String?
        var isPublic = true
        switch event {
        case .triage(let track):
            next.track = track
            next.status = .triaged
        case .changeTrack(let track):
            note = "\(item.track.map { String($0.rawValue) } ?? "-") → \(track.rawValue)"
            next.track = track
            isPublic = false
        case .assign(let assignee):
            next.assignee = assignee
            switch assignee {
            case .person(let ref): note = ref.name
            case .group(let g): note = g
            }
            isPublic = false
        case .start:
            next.status = .inProgress
        case .escalate(let level):
            next.escalation = level
            next.status = .escalated
            note = level.name(.en)
        case .recordDecision(let text):
            next.decision = text
            note = text.value
            isPublic = false
        case .addInternalNote(let text):
            note = text.value
            isPublic = false
        case .recordLesson(let text):
            next.lesson = text
            note = text.value
            isPublic = false
        case .resolve(let outcome):
            if let outcome { next.outcome = outcome }
            next.status = .resolved
            note = outcome?.value
        case .reopen(let reason):
            next.status = .inProgress
            note = reason.value
            isPublic = false
        case .close(let outcome):
            if let outcome { next.outcome = outcome }
            next.status = .closed
            note = next.outcome?.value
        }
        let entry = FeedbackLogEntry(at: instant, actor: actor, action: event.action, from: item.status,
                                     to: next.status, note: note, isPublic: isPublic)
        return .success(Step(item: next, entry: entry))
    }

    /// The actions this actor may take now (for the buttons on the staff page). Events that carry
    /// text are offered when the rest of their rule allows them.
    public static func availableActions(for item: FeedbackItemState, by actor: FeedbackActor) -> [FeedbackAction] {
        let placeholder = try! FeedbackText("-", field: .outcome) // swiftlint:disable:this force_try
        let probes: [FeedbackEvent] = [
            .triage(item.kind == .complaint ? .urgent : nil),
            .changeTrack(item.track == .urgent ? .major : .urgent),
            .assign(.group("-")), .start,
            .escalate(EscalationLevel(rawValue: item.escalation.rawValue + 1) ?? .departmentHead),
            .recordDecision(placeholder), .addInternalNote(placeholder), .recordLesson(placeholder),
            .resolve(outcome: placeholder), .reopen(reason: placeholder), .close(outcome: placeholder),
        ]
        return probes.filter { refusal(of: $0, on: item, by: actor) == nil }.map(\.action)
    }

    /// Whether `actor` may resolve (and close) an item on `track` (nil: not a complaint).
    public static func mayResolve(_ actor: FeedbackActor, track: ComplaintTrack?) -> Bool {
        guard let role = actor.role else { return false }
        switch role {
        case .admin: return true
        case .committee: return false
        case .head: return true
        case .counter, .customerTeam: return track != .major && track != .needsBudget
        }
    }

    // MARK: rules

    static func refusal(of event: FeedbackEvent, on item: FeedbackItemState, by actor: FeedbackActor) -> WorkflowProblem? {
        let action = event.action
        let status = item.status
        let working: Set<FeedbackStatus> = [.triaged, .inProgress, .escalated]
        func statusRefusal(_ allowed: Set<FeedbackStatus>) -> WorkflowProblem? {
            allowed.contains(status) ? nil : .notAllowedInStatus(action, status)
        }
        func roleRefusal(_ roles: Set<StaffRole>, system: Bool = false) -> WorkflowProblem? {
            if case .system = actor, system { return nil }
            if let role = actor.role, roles.contains(role) { return nil }
            return .roleNotAllowed(action, actor, item.track)
        }
        let frontLine: Set<StaffRole> = [.counter, .customerTeam, .head, .admin]
        let heads: Set<StaffRole> = [.head, .admin]

        switch event {
        case .triage(let track):
            if let p = statusRefusal([.received]) ?? roleRefusal(frontLine) { return p }
            if item.kind == .complaint && track == nil { return .trackRequired }
            if item.kind != .complaint && track != nil { return .trackOnlyForComplaints }
            return nil
        case .changeTrack(let track):
            if let p = statusRefusal(working) ?? roleRefusal(heads) { return p }
            if item.kind != .complaint { return .trackOnlyForComplaints }
            if item.track == track { return .sameTrack(track) }
            return nil
        case .assign:
            return statusRefusal([.received, .triaged, .inProgress, .escalated, .resolved]) ?? roleRefusal(frontLine)
        case .start:
            return statusRefusal([.triaged]) ?? roleRefusal(frontLine)
        case .escalate(let level):
            if let p = statusRefusal(working) ?? roleRefusal(frontLine, system: true) { return p }
            if item.kind != .complaint { return .trackOnlyForComplaints }
            if level <= item.escalation { return .escalationNotHigher(current: item.escalation, requested: level) }
            return nil
        case .recordDecision:
            if let p = statusRefusal(working) ?? roleRefusal([.committee, .admin]) { return p }
            if item.track != .needsBudget { return .decisionOnlyForTrack4 }
            return nil
        case .addInternalNote:
            return roleRefusal([.counter, .customerTeam, .head, .committee, .admin])
        case .recordLesson:
            return statusRefusal(working.union([.resolved, .closed])) ?? roleRefusal(frontLine)
        case .resolve:
            var allowed: Set<FeedbackStatus> = [.inProgress, .escalated]
            if item.track == .urgent || item.kind != .complaint { allowed.insert(.triaged) }
            if let p = statusRefusal(allowed) { return p }
            if !mayResolve(actor, track: item.track) { return .roleNotAllowed(action, actor, item.track) }
            if item.track == .needsBudget && item.decision == nil { return .decisionRequired }
            return nil
        case .reopen:
            return statusRefusal([.resolved]) ?? roleRefusal(heads)
        case .close(let outcome):
            if let p = statusRefusal([.resolved]) { return p }
            if !mayResolve(actor, track: item.track) { return .roleNotAllowed(action, actor, item.track) }
            if outcome == nil && item.outcome == nil { return .outcomeRequired }
            return nil
        }
    }
}

/// How the outcome reaches the person (seed 001): directly when we know how to reach them and they
/// agreed to be contacted; otherwise it is published (the public status page under the reference
/// number, and the notice-board printout / website list).
public enum OutcomeDelivery: String, Sendable, Codable, CaseIterable {
    case notifyDirectly = "notify-directly"
    case publish

    public static func decide(contactKnown: Bool, consentToContact: Bool) -> OutcomeDelivery {
        contactKnown && consentToContact ? .notifyDirectly : .publish
    }

    /// Whether the person left a way to be reached: not anonymous, with an e-mail address or a phone number.
    public static func contactKnown(anonymous: Bool, email: String, phone: String) -> Bool {
        !anonymous && (!email.isEmpty || !phone.isEmpty)
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.notifyDirectly, .th): "แจ้งผลผู้ร้องเรียนโดยตรง"
        case (.notifyDirectly, .en): "Tell the person directly"
        case (.publish, .th): "เผยแพร่ผลทางเว็บไซต์และบอร์ดประชาสัมพันธ์"
        case (.publish, .en): "Publish on the website and notice board"
        }
    }
}
