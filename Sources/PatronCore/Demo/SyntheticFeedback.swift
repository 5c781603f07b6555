import Foundation

/// One synthetic complaint, suggestion, comment or compliment of `patroncare demo --scale`: the
/// intake facts, the workflow state it reached and every log entry on the way, and the follow-up
/// survey when one was sent. The reference number is given by the writer (sequences run per year in
/// the order received, which is the order of the indices).
public struct SyntheticFeedbackItem: Equatable, Sendable {
    public struct Survey: Equatable, Sendable {
        public let sendDay: CivilDate
        public let tokenHash: String
        public let answeredAt: Date?
        public let score: Int?
        public let comment: String?
    }

    public let kind: FeedbackKind
    public let channel: IntakeChannel
    public let service: ServiceArea
    public let segment: Segment?
    public let language: Language
    public let summary: String
    public let details: String
    public let contactName: String
    public let contactEmail: String
    public let contactPhone: String
    /// `email`, `sms` or empty (as the intake stores it).
    public let contactChannel: String
    public let consentToContact: Bool
    public let anonymous: Bool
    public let receivedAt: Date
    public let dueDay: CivilDate
    /// The state after the last step that had happened by `now`.
    public let state: FeedbackItemState
    /// Every step, the intake first; `seq` is the position.
    public let log: [FeedbackLogEntry]
    public let resolvedAt: Date?
    public let closedAt: Date?
    public let decisionAt: Date?
    public let shareWithStaff: Bool
    public let survey: Survey?

    public var contactKnown: Bool { !anonymous && (!contactEmail.isEmpty || !contactPhone.isEmpty) }
}

/// The per-item rules of the synthetic feedback history: item `index` of `count` is a pure function
/// of the seed, `now` and the due-date rules. Items are spread evenly over `years` years before
/// `now` in index order; each is driven through `FeedbackWorkflow` (so every state and log line is
/// one the app could have written), stopping at the first step that would lie after `now` — old
/// items are mostly closed, recent ones still received, triaged, in progress or escalated.
public enum SyntheticFeedback {
    public static let years = 5

    static let counterStaff = StaffRef(id: "demo-history-counter", name: "เจ้าหน้าที่เคาน์เตอร์ (demo history)")
    static let teamStaff = StaffRef(id: "demo-history-team", name: "ทีมบริการลูกค้า (demo history)")
    static let headStaff = StaffRef(id: "demo-history-head", name: "หัวหน้างาน (demo history)")
    static let committeeStaff = StaffRef(id: "demo-history-committee", name: "คณะกรรมการ MT (demo history)")

    /// `spanYears`: how far back the items go (`years` unless the demo asks for a shorter history).
    public static func item(index: Int, count: Int, seed: UInt64, now: Date, dueDates: DueDates,
                            followUp: FollowUpPolicy = .default, years spanYears: Double = Double(years)) -> SyntheticFeedbackItem {
        var random = SplitMix64(seed: seed &+ 0x5EED_FEED &+ UInt64(truncatingIfNeeded: index) &* 0xA24B_AED4_963E_E407)
        let span = spanYears * 365 * 86_400
        let slot = span / Double(max(count, 1))
        let receivedAt = now.addingTimeInterval(-span + (Double(index) + unit(&random)) * slot)
        let kindRoll = random.next() % 100
        let kind: FeedbackKind = kindRoll < 45 ? .complaint : kindRoll < 70 ? .suggestion : kindRoll < 85 ? .comment : .compliment
        let channel = IntakeChannel.allCases[Int(random.next() % UInt64(IntakeChannel.allCases.count))]
        let service = ServiceArea.allCases[Int(random.next() % UInt64(ServiceArea.allCases.count))]
        let segment: Segment? = random.next() % 5 == 0 ? nil : SyntheticConsortium.segment(roll: Int(random.next() % 100))
        let language: Language = random.next() % 5 == 0 ? .en : .th
        let anonymous = channel == .webForm && random.next() % 3 == 0
        let hasEmail = !anonymous && random.next() % 10 < 7
        let hasPhone = !anonymous && random.next() % 2 == 0
        let consent = !anonymous && random.next() % 10 < 8
        let nameIndex = Int(random.next() % UInt64(SyntheticConsortium.englishFirstNames.count))
        let contactName = anonymous ? "" : language == .th
            ? SyntheticConsortium.thaiFirstNames[nameIndex] + " " + SyntheticConsortium.thaiLastNames[(nameIndex + index) % SyntheticConsortium.thaiLastNames.count]
            : SyntheticConsortium.englishFirstNames[nameIndex] + " " + SyntheticConsortium.englishLastNames[(nameIndex + index) % SyntheticConsortium.englishLastNames.count]
        let topic = topics[Int(random.next() % UInt64(topics.count))]
        let summary = language == .th ? "\(kind.name(.th)): \(topic.th)" : "\(kind.name(.en)): \(topic.en)"
        let details = language == .th ? "\(topic.th) (\(service.name(.th))) ขอให้ห้องสมุดพิจารณา"
                                      : "\(topic.en) (\(service.name(.en))). Please look into it."
        let trackRoll = random.next() % 100
        let track: ComplaintTrack = trackRoll < 30 ? .urgent : trackRoll < 50 ? .major : trackRoll < 90 ? .notUrgent : .needsBudget
        // About one item in twenty stalls for good: it stays where its history stops (escalated, waiting for budget …).
        let stallAfter = random.next() % 20 == 0 ? Int(random.next() % 5) : Int.max

        var steps: [(event: FeedbackEvent, actor: FeedbackActor, hours: Double)] = []
        let counter = FeedbackActor.staff(counterStaff, .counter), team = FeedbackActor.staff(teamStaff, .customerTeam)
        let head = FeedbackActor.staff(headStaff, .head), committee = FeedbackActor.staff(committeeStaff, .committee)
        let resolver = kind == .complaint && (track == .major || track == .needsBudget) ? head : team
        if kind == .complaint {
            steps.append((.triage(track), counter, 1 + 20 * unit(&random)))
            if track != .urgent || random.next() % 2 == 0 {
                steps.append((.assign(.group(service.name(.th))), team, 1 + 4 * unit(&random)))
                steps.append((.start, team, 2 + 24 * unit(&random)))
            }
            if random.next() % 8 == 0 { steps.append((.escalate(.workGroupHead), .system, 24 * (2 + 5 * unit(&random)))) }
            if track == .needsBudget { steps.append((.recordDecision(decisions[Int(random.next() % 3)]), committee, 24 * (10 + 40 * unit(&random)))) }
            if random.next() % 6 == 0 { steps.append((.recordLesson(lessons[Int(random.next() % 3)]), team, 4 + 24 * unit(&random))) }
        } else {
            steps.append((.triage(nil), counter, 1 + 20 * unit(&random)))
        }
        let handlingDays: Double = switch (kind, track) {
        case (.complaint, .urgent): 0.2 * unit(&random)
        case (.complaint, .major): 1 + 6 * unit(&random)
        case (.complaint, .notUrgent): 2 + 18 * unit(&random)
        case (.complaint, .needsBudget): 5 + 30 * unit(&random)
        default: 1 + 5 * unit(&random)
        }
        steps.append((.resolve(outcome: outcomes[Int(random.next() % UInt64(outcomes.count))]), resolver, 24 * handlingDays))
        steps.append((.close(outcome: nil), resolver, 24 * (1 + 3 * unit(&random))))

        let receive = FeedbackWorkflow.receive(kind: kind, channel: channel, by: channel.isStaffEntry ? counter : .submitter, at: receivedAt)
        var state = receive.item
        var log = [receive.entry]
        var at = receivedAt
        var resolvedAt: Date?, closedAt: Date?, decisionAt: Date?
        for (number, step) in steps.enumerated() where number < stallAfter {
            at = at.addingTimeInterval(step.hours * 3600)
            guard at <= now, case .success(let next) = FeedbackWorkflow.transition(from: state, event: step.event, by: step.actor, at: at)
            else { break }
            state = next.item
            log.append(next.entry)
            switch step.event {
            case .resolve: resolvedAt = at
            case .close: closedAt = at
            case .recordDecision: decisionAt = at
            default: break
            }
        }
        let due = dueDates.due(kind: kind, track: state.track, receivedAt: receivedAt).day
        let contactKnown = !anonymous && (hasEmail || hasPhone)
        var survey: SyntheticFeedbackItem.Survey?
        if let closedAt, FollowUpPolicy.shouldSend(kind: kind, status: state.status, contactKnown: contactKnown, consentToContact: consent) {
            let sendDay = followUp.sendDay(closedAt: closedAt)
            let token = FollowUpToken.generate(using: &random)
            let answeredAt = BangkokTime.instant(day: sendDay, minuteOfDay: 8 * 60 + Int(random.next() % 720))
                .addingTimeInterval(86_400 * Double(random.next() % 10))
            let answered = random.next() % 10 < 6 && answeredAt <= now
            let score = answered ? [5, 5, 4, 4, 4, 3, 3, 2, 1][Int(random.next() % 9)] : nil
            survey = .init(sendDay: sendDay, tokenHash: token.hashed, answeredAt: answered ? answeredAt : nil, score: score,
                           comment: answered && random.next() % 3 == 0 ? (language == .th ? "ขอบคุณที่แก้ไขให้" : "Thank you for fixing it") : nil)
        }
        return SyntheticFeedbackItem(
            kind: kind, channel: channel, service: service, segment: segment, language: language, summary: summary, details: details,
            contactName: contactName, contactEmail: hasEmail ? "patron\(index)@example.org" : "",
            contactPhone: hasPhone ? "08" + String(String(20_000_000 + index % 70_000_000).suffix(8)) : "",
            contactChannel: anonymous ? "" : hasEmail ? "email" : hasPhone ? "sms" : "",
            consentToContact: consent, anonymous: anonymous, receivedAt: receivedAt, dueDay: due, state: state, log: log,
            resolvedAt: resolvedAt, closedAt: closedAt, decisionAt: decisionAt, shareWithStaff: state.lesson != nil, survey: survey)
    }

    /// A number in [0, 1).
    static func unit(_ random: inout SplitMix64) -> Double { Double(random.next() >> 11) / Double(1 << 53) }

    static let topics: [(th: String, en: String)] = [
        ("เครื่องถ่ายเอกสารชั้น 2 เสีย", "the photocopier on floor 2 is broken"),
        ("ห้องอ่านหนังสือเสียงดัง", "the reading room is noisy"),
        ("ยืมหนังสือต่อออนไลน์ไม่ได้", "online renewal does not work"),
        ("อยากให้เปิดบริการถึงสี่ทุ่มช่วงสอบ", "please open until 22:00 during exams"),
        ("แอร์ห้องค้นคว้ากลุ่มไม่เย็น", "the group study room's air conditioning is weak"),
        ("ฐานข้อมูลออนไลน์เข้าจากนอกมหาวิทยาลัยไม่ได้", "e-databases cannot be reached off campus"),
        ("เจ้าหน้าที่เคาน์เตอร์ให้บริการดีมาก", "the counter staff were very helpful"),
        ("ขอคืนเงินประกันล่าช้า", "the deposit refund is slow"),
        ("ที่จอดรถไม่พอ", "not enough parking"),
        ("ขอเพิ่มปลั๊กไฟที่โต๊ะอ่านหนังสือ", "please add power sockets at the desks"),
    ]
    // Known-valid literals (non-empty, well under the field limits): `try!` cannot fail here.
    static let outcomes = [
        try! FeedbackText("แก้ไขเรียบร้อยแล้ว ขอบคุณที่แจ้งให้ทราบ (Fixed, thank you for telling us.)", field: .outcome),
        try! FeedbackText("ได้ปรับปรุงตามข้อเสนอแล้ว (Changed as suggested.)", field: .outcome),
        try! FeedbackText("รับทราบและส่งต่อหน่วยงานที่เกี่ยวข้องแล้ว (Noted and passed to the unit concerned.)", field: .outcome),
    ]
    static let decisions = [
        try! FeedbackText("อนุมัติงบประมาณในปีงบประมาณถัดไป", field: .decision),
        try! FeedbackText("อนุมัติงบประมาณทันที", field: .decision),
        try! FeedbackText("ไม่อนุมัติ ให้หาแนวทางอื่นที่ไม่ใช้งบประมาณ", field: .decision),
    ]
    static let lessons = [
        try! FeedbackText("ตรวจสอบอุปกรณ์ทุกเช้าก่อนเปิดบริการ", field: .lesson),
        try! FeedbackText("แจ้งผู้ใช้บริการล่วงหน้าเมื่อระบบปิดปรับปรุง", field: .lesson),
        try! FeedbackText("ติดป้ายบอกทางให้ชัดเจน", field: .lesson),
    ]
}
