import Foundation

/// Who an overdue complaint is escalated to, in order.
public enum EscalationLevel: Int, CaseIterable, Codable, Sendable, Comparable {
    case none = 0
    case workGroupHead = 1
    case departmentHead = 2

    public static func < (lhs: EscalationLevel, rhs: EscalationLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.none, .th): "ยังไม่ส่งต่อ"
        case (.none, .en): "Not escalated"
        case (.workGroupHead, .th): "หัวหน้างาน"
        case (.workGroupHead, .en): "Work-group head"
        case (.departmentHead, .th): "หัวหน้าฝ่าย"
        case (.departmentHead, .en): "Department head"
        }
    }
}

/// The targets of the four tracks, configurable by administrators. All counts are **working days**
/// of a `WorkingCalendar` (Mon–Fri minus the holiday calendar).
///
/// **When counting starts.** Day 0 is the *counting day*: the Bangkok day the item was received when
/// that is a working day and it arrived before `cutOffMinute` (default 16:30, the end of official
/// working hours); otherwise the next working day. A web-form complaint sent on Friday at 17:00, on
/// Saturday, or on Songkran is counted from the next working day. A target of N working days is
/// due at the end of `WorkingCalendar.adding(workingDays: N, to: countingDay)`; N = 0 is "the same
/// working day" (the counting day itself). Targets run from receipt, not from triage: the person
/// waits from the moment they told us.
///
/// **Escalation.** Each track has a ladder of steps; a step's `workingDaysAfterDue` is how many
/// working days after the due day it fires, and it fires on the first working day after that, so
/// with the defaults for track 2 (due in 3 working days) the work-group head is alerted on the first
/// working day after the due day and the department head two working days later. Only track 2
/// escalates by default (seed 001: "forwarded to the work-group head and the department head");
/// tracks 1 and 3 are highlighted as overdue and their owners reminded, and an administrator may
/// give them a ladder too.
///
/// **Track 4 and the MT meeting.** Track-4 items are due at a management-team meeting. The policy
/// holds the list of scheduled meeting days (`mtMeetingDays`, maintained by the committee's
/// secretary); the item is due at the first meeting on or after `agendaLeadWorkingDays` working
/// days from the counting day (default 5: time to put it on the agenda). When no meeting is
/// scheduled that late, the item is due `track4FallbackWorkingDays` working days from the counting
/// day (default 20, about a month) and `DueDate.basis` says so, so the page can ask for a meeting
/// day. "Resolved" for track 4 means the committee's decision is recorded and acted on.
public struct TrackPolicy: Equatable, Sendable, Codable {
    public struct EscalationStep: Equatable, Sendable, Codable {
        public var level: EscalationLevel
        public var workingDaysAfterDue: Int

        public init(level: EscalationLevel, workingDaysAfterDue: Int) {
            self.level = level
            self.workingDaysAfterDue = workingDaysAfterDue
        }
    }

    /// Target working days for tracks 1–3 (track 4 uses the meetings). Track 1 = 0: same working day.
    public var targetWorkingDays: [ComplaintTrack: Int]
    /// Escalation ladders by track, in ascending order of `workingDaysAfterDue`.
    public var escalation: [ComplaintTrack: [EscalationStep]]
    /// Minute of the day (Bangkok) from which a received item counts from the next working day.
    public var cutOffMinute: Int
    /// Scheduled MT committee meeting days.
    public var mtMeetingDays: [CivilDate]
    public var agendaLeadWorkingDays: Int
    public var track4FallbackWorkingDays: Int
    /// Target for suggestions, comments and compliments: an acknowledgement / reply within N working days.
    public var otherKindsWorkingDays: Int

    public init(targetWorkingDays: [ComplaintTrack: Int] = [.urgent: 0, .major: 3, .notUrgent: 10],
                escalation: [ComplaintTrack: [EscalationStep]] = [
                    .major: [EscalationStep(level: .workGroupHead, workingDaysAfterDue: 0),
                             EscalationStep(level: .departmentHead, workingDaysAfterDue: 2)],
                ],
                cutOffMinute: Int = 16 * 60 + 30,
                mtMeetingDays: [CivilDate] = [],
                agendaLeadWorkingDays: Int = 5,
                track4FallbackWorkingDays: Int = 20,
                otherKindsWorkingDays: Int = 10) {
        self.targetWorkingDays = targetWorkingDays
        self.escalation = escalation.mapValues { $0.sorted { $0.workingDaysAfterDue < $1.workingDaysAfterDue } }
        self.cutOffMinute = cutOffMinute
        self.mtMeetingDays = mtMeetingDays.sorted()
        self.agendaLeadWorkingDays = agendaLeadWorkingDays
        self.track4FallbackWorkingDays = track4FallbackWorkingDays
        self.otherKindsWorkingDays = otherKindsWorkingDays
    }

    public static let `default` = TrackPolicy()

    /// The target for tracks 1–3 (track 4: the fallback), never negative.
    public func target(for track: ComplaintTrack) -> Int {
        if track == .needsBudget { return max(0, track4FallbackWorkingDays) }
        return max(0, targetWorkingDays[track] ?? TrackPolicy.default.targetWorkingDays[track] ?? 0)
    }

    /// Checks an administrator's edit; empty when the policy can be saved.
    public func problems() -> [TrackPolicyProblem] {
        var out: [TrackPolicyProblem] = []
        for track in [ComplaintTrack.urgent, .major, .notUrgent] {
            let n = targetWorkingDays[track] ?? 0
            if !(0...60).contains(n) { out.append(.targetOutOfRange(track, n)) }
        }
        for (track, steps) in escalation.sorted(by: { $0.key < $1.key }) {
            for s in steps where !(0...60).contains(s.workingDaysAfterDue) {
                out.append(.escalationOutOfRange(track, s.workingDaysAfterDue))
            }
            let levels = steps.map(\.level)
            if levels.contains(.none) || levels != levels.sorted() || Set(levels).count != levels.count {
                out.append(.escalationOrder(track))
            }
        }
        if !(0..<1440).contains(cutOffMinute) { out.append(.cutOffOutOfRange(cutOffMinute)) }
        if !(0...60).contains(agendaLeadWorkingDays) { out.append(.agendaLeadOutOfRange(agendaLeadWorkingDays)) }
        if !(1...120).contains(track4FallbackWorkingDays) { out.append(.fallbackOutOfRange(track4FallbackWorkingDays)) }
        return out
    }
}

/// A problem with an administrator's edit of the track targets.
public enum TrackPolicyProblem: Error, Equatable, Sendable {
    case targetOutOfRange(ComplaintTrack, Int)
    case escalationOutOfRange(ComplaintTrack, Int)
    case escalationOrder(ComplaintTrack)
    case cutOffOutOfRange(Int)
    case agendaLeadOutOfRange(Int)
    case fallbackOutOfRange(Int)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.targetOutOfRange(let t, let n), .th):
            "\(t.name(.th)): กำหนดเสร็จ \(n) วันทำการ ไม่ถูกต้อง ใช้ 0–60 วันทำการ (0 = ภายในวันทำการเดียวกัน)"
        case (.targetOutOfRange(let t, let n), .en):
            "\(t.name(.en)): a target of \(n) working days is not allowed; use 0–60 (0 = the same working day)."
        case (.escalationOutOfRange(let t, let n), .th):
            "\(t.name(.th)): การส่งต่อหลังครบกำหนด \(n) วันทำการ ไม่ถูกต้อง ใช้ 0–60 วันทำการ"
        case (.escalationOutOfRange(let t, let n), .en):
            "\(t.name(.en)): escalating \(n) working days after the due day is not allowed; use 0–60."
        case (.escalationOrder(let t), .th):
            "\(t.name(.th)): ลำดับการส่งต่อต้องเป็นหัวหน้างานก่อน แล้วจึงหัวหน้าฝ่าย และไม่ซ้ำกัน"
        case (.escalationOrder(let t), .en):
            "\(t.name(.en)): escalation goes to the work-group head first, then the department head, each once."
        case (.cutOffOutOfRange(let m), .th):
            "เวลาตัดรอบ \(m) นาทีไม่ถูกต้อง ใช้เวลา 00:00–23:59"
        case (.cutOffOutOfRange(let m), .en):
            "A cut-off of minute \(m) is not a time of day; use 00:00–23:59."
        case (.agendaLeadOutOfRange(let n), .th):
            "ระยะเตรียมวาระการประชุม \(n) วันทำการ ไม่ถูกต้อง ใช้ 0–60 วันทำการ"
        case (.agendaLeadOutOfRange(let n), .en):
            "An agenda lead time of \(n) working days is not allowed; use 0–60."
        case (.fallbackOutOfRange(let n), .th):
            "กำหนดเสร็จระดับ 4 เมื่อยังไม่มีวันประชุม \(n) วันทำการ ไม่ถูกต้อง ใช้ 1–120 วันทำการ"
        case (.fallbackOutOfRange(let n), .en):
            "A track-4 target of \(n) working days (when no meeting is scheduled) is not allowed; use 1–120."
        }
    }
}

/// A computed due day and how it was reached.
public struct DueDate: Equatable, Sendable {
    public enum Basis: Equatable, Sendable {
        /// N working days from the counting day.
        case workingDays(Int)
        /// The MT committee meeting on that day (track 4).
        case mtMeeting
        /// Track 4 with no meeting scheduled late enough: the fallback target.
        case noMeetingScheduled(Int)
    }

    /// The Bangkok day by whose end the item should be resolved.
    public let day: CivilDate
    /// Day 0 of the count (see `TrackPolicy`).
    public let countingDay: CivilDate
    public let basis: Basis
}

/// Due days, overdue checks and escalation steps: a policy applied to a working calendar.
/// Every function takes the instants it needs; nothing reads a clock.
public struct DueDates: Sendable {
    public let policy: TrackPolicy
    public let calendar: WorkingCalendar

    public init(policy: TrackPolicy = .default, calendar: WorkingCalendar = WorkingCalendar()) {
        self.policy = policy
        self.calendar = calendar
    }

    /// Day 0 of the count: the received day if it is a working day and before the cut-off, else the
    /// next working day.
    public func countingDay(receivedAt instant: Date) -> CivilDate {
        let local = BangkokTime(instant)
        if calendar.isWorkingDay(local.day) && local.minuteOfDay < policy.cutOffMinute { return local.day }
        return calendar.nextWorkingDay(after: local.day)
    }

    /// The due day of a complaint on `track` received at `receivedAt`.
    public func due(track: ComplaintTrack, receivedAt: Date) -> DueDate {
        let start = countingDay(receivedAt: receivedAt)
        guard track == .needsBudget else {
            let n = policy.target(for: track)
            return DueDate(day: calendar.adding(workingDays: n, to: start), countingDay: start, basis: .workingDays(n))
        }
        let earliest = calendar.adding(workingDays: max(0, policy.agendaLeadWorkingDays), to: start)
        if let meeting = policy.mtMeetingDays.first(where: { $0 >= earliest }) {
            return DueDate(day: meeting, countingDay: start, basis: .mtMeeting)
        }
        let n = policy.target(for: .needsBudget)
        return DueDate(day: calendar.adding(workingDays: n, to: start), countingDay: start, basis: .noMeetingScheduled(n))
    }

    /// The due day of a suggestion, comment or compliment (an acknowledgement), or of a complaint not
    /// yet triaged (`track` nil: counted as track 1 until triaged, so untriaged complaints surface fast).
    public func due(kind: FeedbackKind, track: ComplaintTrack?, receivedAt: Date) -> DueDate {
        if kind == .complaint { return due(track: track ?? .urgent, receivedAt: receivedAt) }
        let start = countingDay(receivedAt: receivedAt)
        let n = max(0, policy.otherKindsWorkingDays)
        return DueDate(day: calendar.adding(workingDays: n, to: start), countingDay: start, basis: .workingDays(n))
    }

    /// Overdue: not resolved, and the Bangkok day of `now` is after the due day (also on weekends:
    /// the list shows it in red on Saturday too). An item resolved after its due day stays "late" in
    /// the reports but is no longer overdue.
    public func isOverdue(track: ComplaintTrack, receivedAt: Date, resolvedAt: Date?, at now: Date) -> Bool {
        guard resolvedAt == nil || resolvedAt! > now else { return false }
        return BangkokTime.day(of: now) > due(track: track, receivedAt: receivedAt).day
    }

    /// Was it (or will it be) resolved after the due day?
    public func wasLate(track: ComplaintTrack, receivedAt: Date, resolvedAt: Date) -> Bool {
        BangkokTime.day(of: resolvedAt) > due(track: track, receivedAt: receivedAt).day
    }

    /// The working day on which an escalation step fires: the first working day after
    /// `due + workingDaysAfterDue` working days. Nil when the track's ladder has no such level.
    public func escalationDay(_ level: EscalationLevel, track: ComplaintTrack, receivedAt: Date) -> CivilDate? {
        guard let step = (policy.escalation[track] ?? []).first(where: { $0.level == level }) else { return nil }
        let dueDay = due(track: track, receivedAt: receivedAt).day
        return calendar.adding(workingDays: max(0, step.workingDaysAfterDue) + 1, to: dueDay)
    }

    /// The highest escalation step that has fired by `now` for an unresolved item (`.none` when
    /// none has, or when resolved). The app compares it with the level already notified and sends
    /// only the new step, so re-runs never notify twice.
    public func escalation(track: ComplaintTrack, receivedAt: Date, resolvedAt: Date? = nil, at now: Date) -> EscalationLevel {
        if let resolvedAt, resolvedAt <= now { return .none }
        let today = BangkokTime.day(of: now)
        var reached = EscalationLevel.none
        for step in policy.escalation[track] ?? [] {
            if let day = escalationDay(step.level, track: track, receivedAt: receivedAt), today >= day {
                reached = max(reached, step.level)
            }
        }
        return reached
    }

    /// Working days from the counting day to the day it was resolved (0 = fixed the same working day):
    /// the "average handling time in working days" of the reports.
    public func handlingWorkingDays(receivedAt: Date, resolvedAt: Date) -> Int {
        max(0, calendar.workingDays(from: countingDay(receivedAt: receivedAt), to: BangkokTime.day(of: resolvedAt)))
    }

    /// Calendar days from the received day to the resolved day (Bangkok days; 0 = the same day).
    public static func handlingCalendarDays(receivedAt: Date, resolvedAt: Date) -> Int {
        max(0, BangkokTime.day(of: receivedAt).days(until: BangkokTime.day(of: resolvedAt)))
    }
}
