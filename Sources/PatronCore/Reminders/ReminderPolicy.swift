/// The three kinds of reminder of the reminders issue (seed 000).
public enum ReminderKind: String, CaseIterable, Codable, Sendable {
    /// Current members whose membership expires soon — never earlier than one month before expiry.
    case renewal
    /// Expired members who still hold a deposit: on expiry, then every N months.
    case refund
    /// A set time before the claim deadline, after which the deposit is forfeited to the fund.
    case lastNotice = "last-notice"
    /// A one-off mailing to the backlog of expired members with unclaimed deposits (not a policy:
    /// no schedule; its templates live with the others so the editor and fallbacks treat it alike).
    case campaign

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.renewal, .th): "เตือนต่ออายุสมาชิก"
        case (.renewal, .en): "Renewal reminder"
        case (.refund, .th): "เตือนขอรับเงินประกันคืน"
        case (.refund, .en): "Deposit refund reminder"
        case (.lastNotice, .th): "แจ้งเตือนครั้งสุดท้ายก่อนครบกำหนดขอรับเงินคืน"
        case (.lastNotice, .en): "Last notice before the claim deadline"
        case (.campaign, .th): "แคมเปญแจ้งเตือนเงินประกันค้างรับ"
        case (.campaign, .en): "Unclaimed-deposit campaign"
        }
    }
}

/// When a policy's reminders fall due, relative to the member's expiry or claim deadline.
public enum ReminderSchedule: Hashable, Codable, Sendable {
    /// One reminder per offset, `offset` days before the expiry day — but never before
    /// `expiry.adding(months: -1)` ("one month before expiry", same day number of the previous month,
    /// clamped to that month's last day: 31 Mar → 28/29 Feb, 1 Mar → 1 Feb). Validation refuses
    /// offsets above 31 (they could only ever be clamped); 29–31 are accepted and clamped in short months.
    case renewal(daysBeforeExpiry: [Int])
    /// The first reminder `firstAfterExpiryDays` days after the expiry day (1 = the first day the
    /// member is expired), then every `everyMonths` calendar months counted from that first day,
    /// at most `maxReminders` in all, and never after the claim deadline.
    case refund(firstAfterExpiryDays: Int, everyMonths: Int, maxReminders: Int)
    /// One reminder `daysBeforeDeadline` days before the claim deadline stamped on the receipt.
    case lastNotice(daysBeforeDeadline: Int)

    public var kind: ReminderKind {
        switch self {
        case .renewal: .renewal
        case .refund: .refund
        case .lastNotice: .lastNotice
        }
    }
}

/// Who a policy speaks to. An empty set means everyone.
public struct ReminderAudience: Hashable, Codable, Sendable {
    public var membershipTypes: Set<MembershipType>
    public var segments: Set<Segment>

    public init(membershipTypes: Set<MembershipType> = [], segments: Set<Segment> = []) {
        self.membershipTypes = membershipTypes
        self.segments = segments
    }

    public static let everyone = ReminderAudience()

    public func includes(_ type: MembershipType, _ segment: Segment) -> Bool {
        (membershipTypes.isEmpty || membershipTypes.contains(type)) && (segments.isEmpty || segments.contains(segment))
    }
}

/// A configured reminder: what is due when, to whom, on which channels. Several are active at once.
///
/// `code` is part of every cycle key (`renewal:2027-01-15`): never rename a policy that has sent
/// messages, or its members are reminded again under the new code. Make a new policy instead.
public struct ReminderPolicy: Hashable, Codable, Sendable, Identifiable {
    public var code: String
    public var schedule: ReminderSchedule
    /// In order of preference; the planner picks the first the member can receive, the rest are fallbacks.
    public var channels: [ContactChannel]
    public var audience: ReminderAudience
    public var isActive: Bool
    /// How many days late a run may still send an occurrence (a missed daily run catches up).
    public var catchUpDays: Int

    public var id: String { code }
    public var kind: ReminderKind { schedule.kind }

    public init(code: String, schedule: ReminderSchedule, channels: [ContactChannel],
                audience: ReminderAudience = .everyone, isActive: Bool = true,
                catchUpDays: Int = ReminderPolicy.defaultCatchUpDays) {
        self.code = code
        self.schedule = schedule
        self.channels = channels
        self.audience = audience
        self.isActive = isActive
        self.catchUpDays = catchUpDays
    }

    // MARK: limits and defaults

    /// A week: a missed run (a weekend with the server down, a long holiday) still sends what fell
    /// due; anything older is skipped rather than sent late.
    public static let defaultCatchUpDays = 7
    /// The longest renewal offset: a month has at most 31 days, and renewal reminders never start
    /// earlier than one month before expiry (seed 000).
    public static let maximumRenewalOffset = 31
    public static let catchUpRange = 0...31
    public static let refundFirstDelayRange = 1...90
    public static let refundIntervalRange = 1...24
    public static let refundCountRange = 1...60
    public static let lastNoticeRange = 1...180
    public static let maximumCodeLength = 40

    /// The day before which a renewal reminder is never sent: `expiry.adding(months: -1)`.
    public static func earliestRenewalDay(expiry: CivilDate) -> CivilDate { expiry.adding(months: -1) }

    /// The defaults we ship (change them in the settings):
    /// - `renewal`: 30 and 7 days before expiry, e-mail → LINE → SMS → postcard, external members (types A and B);
    ///   university students and staff renew with their university status, not by reminder.
    /// - `refund`: the day after expiry, then every 3 months, at most 4 — all of them before the default
    ///   12-month claim deadline — postcard first (what the project did, seed 000), then e-mail, LINE, SMS.
    /// - `last-notice`: 30 days before the claim deadline, postcard → e-mail → LINE → SMS.
    public static let defaults: [ReminderPolicy] = [
        ReminderPolicy(code: "renewal", schedule: .renewal(daysBeforeExpiry: [30, 7]),
                       channels: [.email, .line, .sms, .postcard],
                       audience: ReminderAudience(membershipTypes: [.externalA, .externalB])),
        ReminderPolicy(code: "refund", schedule: .refund(firstAfterExpiryDays: 1, everyMonths: 3, maxReminders: 4),
                       channels: [.postcard, .email, .line, .sms]),
        ReminderPolicy(code: "last-notice", schedule: .lastNotice(daysBeforeDeadline: 30),
                       channels: [.postcard, .email, .line, .sms]),
    ]

    // MARK: validation

    /// Every problem with this policy; empty when it may be saved.
    public func validate() -> [ReminderPolicyProblem] {
        var problems: [ReminderPolicyProblem] = []
        if code.isEmpty || code.count > Self.maximumCodeLength
            || !code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            problems.append(.codeInvalid(code))
        }
        if channels.isEmpty { problems.append(.noChannels) }
        var seen = Set<ContactChannel>()
        for c in channels where !seen.insert(c).inserted { problems.append(.channelRepeated(c)) }
        if !Self.catchUpRange.contains(catchUpDays) { problems.append(.catchUpInvalid(catchUpDays)) }
        switch schedule {
        case .renewal(let offsets):
            if offsets.isEmpty { problems.append(.renewalOffsetsMissing) }
            var seenOffsets = Set<Int>()
            for d in offsets {
                if d < 0 {
                    problems.append(.renewalOffsetNegative(d))
                } else if d > Self.maximumRenewalOffset {
                    problems.append(.renewalOffsetTooEarly(d))
                }
                if !seenOffsets.insert(d).inserted { problems.append(.renewalOffsetRepeated(d)) }
            }
        case .refund(let first, let every, let count):
            if !Self.refundFirstDelayRange.contains(first) { problems.append(.refundFirstDelayInvalid(first)) }
            if !Self.refundIntervalRange.contains(every) { problems.append(.refundIntervalInvalid(every)) }
            if !Self.refundCountRange.contains(count) { problems.append(.refundCountInvalid(count)) }
        case .lastNotice(let days):
            if !Self.lastNoticeRange.contains(days) { problems.append(.lastNoticeDaysInvalid(days)) }
        }
        return problems
    }

    /// The problems of each policy plus codes used twice: the set the planner runs with.
    public static func validate(_ policies: [ReminderPolicy]) -> [ReminderPolicyProblem] {
        var problems = policies.flatMap { $0.validate() }
        var seen = Set<String>()
        for p in policies where !seen.insert(p.code).inserted { problems.append(.codeRepeated(p.code)) }
        return problems
    }
}

/// Why a reminder policy cannot be saved, said in the language of whoever reads it.
public enum ReminderPolicyProblem: Error, Equatable, Sendable {
    case codeInvalid(String)
    case codeRepeated(String)
    case noChannels
    case channelRepeated(ContactChannel)
    case catchUpInvalid(Int)
    case renewalOffsetsMissing
    case renewalOffsetNegative(Int)
    case renewalOffsetTooEarly(Int)
    case renewalOffsetRepeated(Int)
    case refundFirstDelayInvalid(Int)
    case refundIntervalInvalid(Int)
    case refundCountInvalid(Int)
    case lastNoticeDaysInvalid(Int)

    public func message(_ language: Language) -> String {
        typealias P = ReminderPolicy
        switch (self, language) {
        case (.codeInvalid(let c), .th):
            return "รหัสนโยบาย “\(c)” ใช้ได้เฉพาะ a–z 0–9 และ - ยาว 1–\(P.maximumCodeLength) ตัว เช่น renewal-30d"
        case (.codeInvalid(let c), .en):
            return "Policy code “\(c)” may hold only a–z, 0–9 and -, 1–\(P.maximumCodeLength) characters, e.g. renewal-30d."
        case (.codeRepeated(let c), .th): return "รหัสนโยบาย “\(c)” ซ้ำกับนโยบายอื่น ให้ใช้รหัสไม่ซ้ำ"
        case (.codeRepeated(let c), .en): return "Policy code “\(c)” is used by another policy; give each policy its own code."
        case (.noChannels, .th): return "กรุณาเลือกช่องทางส่งอย่างน้อยหนึ่งช่องทาง เรียงตามลำดับที่ต้องการ"
        case (.noChannels, .en): return "Choose at least one channel, in order of preference."
        case (.channelRepeated(let c), .th): return "ช่องทาง\(c.name(.th))ถูกเลือกซ้ำ ให้เลือกแต่ละช่องทางครั้งเดียว"
        case (.channelRepeated(let c), .en): return "\(c.name(.en)) is listed twice; list each channel once."
        case (.catchUpInvalid(let d), .th):
            return "ระยะส่งย้อนหลัง \(d) วัน ต้องอยู่ระหว่าง \(P.catchUpRange.lowerBound) ถึง \(P.catchUpRange.upperBound) วัน"
        case (.catchUpInvalid(let d), .en):
            return "A catch-up window of \(d) days must be between \(P.catchUpRange.lowerBound) and \(P.catchUpRange.upperBound) days."
        case (.renewalOffsetsMissing, .th): return "กรุณาระบุจำนวนวันก่อนหมดอายุที่จะส่งเตือนอย่างน้อยหนึ่งค่า เช่น 30 และ 7"
        case (.renewalOffsetsMissing, .en): return "Give at least one number of days before expiry to remind on, e.g. 30 and 7."
        case (.renewalOffsetNegative(let d), .th): return "จำนวนวันก่อนหมดอายุ (\(d)) ติดลบไม่ได้ ใช้ 0 ถึง \(P.maximumRenewalOffset)"
        case (.renewalOffsetNegative(let d), .en): return "Days before expiry (\(d)) cannot be negative; use 0 to \(P.maximumRenewalOffset)."
        case (.renewalOffsetTooEarly(let d), .th):
            return "เตือนต่ออายุล่วงหน้า \(d) วันไม่ได้ เพราะจะส่งไม่เร็วกว่า 1 เดือนก่อนวันหมดอายุ ใช้ได้ไม่เกิน \(P.maximumRenewalOffset) วัน"
        case (.renewalOffsetTooEarly(let d), .en):
            return "A renewal reminder \(d) days before expiry is refused: reminders are never sent earlier than one month before expiry. Use at most \(P.maximumRenewalOffset) days."
        case (.renewalOffsetRepeated(let d), .th): return "จำนวนวันก่อนหมดอายุ \(d) ถูกระบุซ้ำ"
        case (.renewalOffsetRepeated(let d), .en): return "\(d) days before expiry is listed twice."
        case (.refundFirstDelayInvalid(let d), .th):
            return "การเตือนขอรับเงินคืนครั้งแรก \(d) วันหลังหมดอายุ ต้องอยู่ระหว่าง \(P.refundFirstDelayRange.lowerBound) ถึง \(P.refundFirstDelayRange.upperBound) วัน (1 = วันแรกที่หมดอายุ)"
        case (.refundFirstDelayInvalid(let d), .en):
            return "The first refund reminder \(d) days after expiry must be \(P.refundFirstDelayRange.lowerBound) to \(P.refundFirstDelayRange.upperBound) days (1 = the first day expired)."
        case (.refundIntervalInvalid(let m), .th):
            return "เตือนซ้ำทุก \(m) เดือน ต้องอยู่ระหว่าง \(P.refundIntervalRange.lowerBound) ถึง \(P.refundIntervalRange.upperBound) เดือน"
        case (.refundIntervalInvalid(let m), .en):
            return "Repeating every \(m) months must be between \(P.refundIntervalRange.lowerBound) and \(P.refundIntervalRange.upperBound) months."
        case (.refundCountInvalid(let n), .th):
            return "จำนวนครั้งที่เตือน (\(n)) ต้องอยู่ระหว่าง \(P.refundCountRange.lowerBound) ถึง \(P.refundCountRange.upperBound) ครั้ง"
        case (.refundCountInvalid(let n), .en):
            return "The number of reminders (\(n)) must be between \(P.refundCountRange.lowerBound) and \(P.refundCountRange.upperBound)."
        case (.lastNoticeDaysInvalid(let d), .th):
            return "แจ้งครั้งสุดท้าย \(d) วันก่อนครบกำหนด ต้องอยู่ระหว่าง \(P.lastNoticeRange.lowerBound) ถึง \(P.lastNoticeRange.upperBound) วัน"
        case (.lastNoticeDaysInvalid(let d), .en):
            return "A last notice \(d) days before the claim deadline must be \(P.lastNoticeRange.lowerBound) to \(P.lastNoticeRange.upperBound) days."
        }
    }
}
