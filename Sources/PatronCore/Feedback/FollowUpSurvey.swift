import Foundation

/// When the satisfaction survey on the handling of a closed complaint is sent (seed 001: "within
/// 1 month"). Counted in calendar days from the Bangkok day the complaint was closed (the message
/// can go out on a weekend); `daysAfterClosing` is clamped to 1…30 so it is never the same day
/// (the person has just been told the outcome) and never later than 30 days.
/// The link works for `answerWindowDays` days from the send day (default 30).
public struct FollowUpPolicy: Equatable, Sendable, Codable {
    public static let allowedDays = 1...30
    public static let defaultDays = 7

    public let daysAfterClosing: Int
    public let answerWindowDays: Int

    public init(daysAfterClosing: Int = FollowUpPolicy.defaultDays, answerWindowDays: Int = 30) {
        self.daysAfterClosing = min(max(daysAfterClosing, Self.allowedDays.lowerBound), Self.allowedDays.upperBound)
        self.answerWindowDays = max(1, answerWindowDays)
    }

    public static let `default` = FollowUpPolicy()

    /// The day to send the survey for a complaint closed at `closedAt`.
    public func sendDay(closedAt: Date) -> CivilDate {
        BangkokTime.day(of: closedAt).adding(days: daysAfterClosing)
    }

    /// The last day the link accepts an answer.
    public func lastAnswerDay(sendDay: CivilDate) -> CivilDate { sendDay.adding(days: answerWindowDays) }

    /// The survey goes to complaints whose person can be reached and agreed to it. Anonymous
    /// complainants cannot be surveyed individually (the published outcome may carry a general link).
    public static func shouldSend(kind: FeedbackKind, status: FeedbackStatus, contactKnown: Bool, consentToContact: Bool) -> Bool {
        kind == .complaint && status == .closed && contactKnown && consentToContact
    }
}

/// The secret in a survey link: 128 random bits, base64url without padding (22 characters).
/// Only its SHA-256 (`hashed`) is stored; the link is sent once and never shown again.
public struct FollowUpToken: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    /// Accepts exactly 22 base64url characters (surrounding white space ignored).
    public init?(parsing raw: String) {
        let t = raw.feedbackTrimmed
        guard t.utf8.count == 22, t.utf8.allSatisfy({ FollowUpToken.alphabet.contains($0) }) else { return nil }
        self.text = t
    }

    /// A fresh token; pass `SystemRandomNumberGenerator()` in the app, a seeded one in tests.
    public static func generate(using generator: inout some RandomNumberGenerator) -> FollowUpToken {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for _ in 0..<2 {
            let word = generator.next() as UInt64
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(i * 8))) }
        }
        return FollowUpToken(parsing: base64url(bytes))!
    }

    /// What the database keeps: 64 hex digits of SHA-256 over the token text.
    public var hashed: String { Hashing.sha256Hex(text) }

    /// Does this token match a stored hash? (Constant time.)
    public func matches(hash stored: String) -> Bool { Hashing.constantTimeEquals(hashed, stored.lowercased()) }

    /// Redacted: a token never goes into logs.
    public var description: String { "FollowUpToken(…)" }

    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func base64url(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            let n = UInt32(b0) << 16 | UInt32(b1) << 8 | UInt32(b2)
            let chars = min(4, (bytes.count - i) * 4 / 3 + ((bytes.count - i) < 3 ? 1 : 0))
            for k in 0..<chars { out.append(alphabet[Int((n >> UInt32(18 - 6 * k)) & 0x3F)]) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A validated answer: a Likert score 1–5 on the handling, and an optional comment.
public struct FollowUpAnswer: Equatable, Sendable {
    public static let scale = 1...5
    public let score: Int
    public let comment: FeedbackText?

    public init(score: Int?, comment: String?) throws(FollowUpProblem) {
        guard let score else { throw .scoreMissing }
        guard FollowUpAnswer.scale.contains(score) else { throw .scoreOutOfRange(score) }
        do {
            self.comment = try FeedbackText.optional(comment, field: .surveyComment)
        } catch {
            throw .comment(error)
        }
        self.score = score
    }

    /// 5 ดีมาก … 1 ควรปรับปรุง / 5 Very good … 1 Needs improvement.
    public static func label(_ score: Int, _ language: Language) -> String {
        let th = ["ควรปรับปรุง", "พอใช้", "ปานกลาง", "ดี", "ดีมาก"]
        let en = ["Needs improvement", "Fair", "Average", "Good", "Very good"]
        guard scale.contains(score) else { return String(score) }
        return language == .th ? th[score - 1] : en[score - 1]
    }
}

/// The stored state of one follow-up survey.
public struct FollowUpState: Equatable, Sendable {
    public var tokenHash: String
    public var sendDay: CivilDate
    public var answeredAt: Date?
    public var answer: FollowUpAnswer?

    public init(tokenHash: String, sendDay: CivilDate, answeredAt: Date? = nil, answer: FollowUpAnswer? = nil) {
        self.tokenHash = tokenHash
        self.sendDay = sendDay
        self.answeredAt = answeredAt
        self.answer = answer
    }

    public var isAnswered: Bool { answeredAt != nil }
}

/// Why a survey answer was not accepted.
public enum FollowUpProblem: Error, Equatable, Sendable {
    /// Not a token, or not this survey's.
    case invalidToken
    /// Answered once already: each link counts once.
    case alreadyAnswered
    /// The link has expired (more than `answerWindowDays` after sending).
    case expired(lastDay: CivilDate)
    /// The link is not open yet (before the send day).
    case notYetOpen
    case scoreMissing
    case scoreOutOfRange(Int)
    case comment(FeedbackTextProblem)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.invalidToken, .th): "ลิงก์แบบสอบถามไม่ถูกต้อง กรุณาเปิดลิงก์จากข้อความที่ได้รับอีกครั้ง"
        case (.invalidToken, .en): "This survey link is not valid; please open the link from the message you received again."
        case (.alreadyAnswered, .th): "แบบสอบถามนี้ได้รับคำตอบแล้ว ขอบคุณที่ร่วมแสดงความคิดเห็น"
        case (.alreadyAnswered, .en): "This survey has already been answered. Thank you for your feedback."
        case (.expired(let d), .th): "ลิงก์แบบสอบถามนี้หมดอายุแล้วเมื่อ \(DateDisplay.short(d, .th)) หากต้องการแสดงความคิดเห็น กรุณาใช้แบบฟอร์มข้อเสนอแนะ"
        case (.expired(let d), .en): "This survey link expired on \(DateDisplay.short(d, .en)); to tell us more, please use the feedback form."
        case (.notYetOpen, .th): "แบบสอบถามนี้ยังไม่เปิดให้ตอบ"
        case (.notYetOpen, .en): "This survey is not open yet."
        case (.scoreMissing, .th): "กรุณาเลือกระดับความพึงพอใจ 1–5"
        case (.scoreMissing, .en): "Please choose a satisfaction score from 1 to 5."
        case (.scoreOutOfRange(let s), .th): "ระดับความพึงพอใจ \(s) ไม่ถูกต้อง กรุณาเลือก 1–5"
        case (.scoreOutOfRange(let s), .en): "A score of \(s) is not on the scale; choose 1 to 5."
        case (.comment(let p), _): p.message(language)
        }
    }
}

/// The "answered once" rule and the results.
public enum FollowUpSurvey {
    /// Accepts an answer for the survey in `state` if the token matches, it is open, and it has not
    /// been answered. The app stores the result with a conditional update (`WHERE answered_at IS
    /// NULL`), so two simultaneous submissions still count once.
    public static func answer(token raw: String, score: Int?, comment: String?, state: FollowUpState,
                              policy: FollowUpPolicy = .default, at now: Date) -> Result<FollowUpState, FollowUpProblem> {
        guard let token = FollowUpToken(parsing: raw), token.matches(hash: state.tokenHash) else { return .failure(.invalidToken) }
        guard !state.isAnswered else { return .failure(.alreadyAnswered) }
        let today = BangkokTime.day(of: now)
        guard today >= state.sendDay else { return .failure(.notYetOpen) }
        let last = policy.lastAnswerDay(sendDay: state.sendDay)
        guard today <= last else { return .failure(.expired(lastDay: last)) }
        let answer: FollowUpAnswer
        do { answer = try FollowUpAnswer(score: score, comment: comment) } catch { return .failure(error) }
        var next = state
        next.answeredAt = now
        next.answer = answer
        return .success(next)
    }
}

/// One answered follow-up survey, as the reports need it.
public struct FollowUpResponse: Equatable, Sendable {
    public var reference: ReferenceNumber
    public var track: ComplaintTrack?
    public var score: Int
    public var answeredAt: Date

    public init(reference: ReferenceNumber, track: ComplaintTrack?, score: Int, answeredAt: Date) {
        self.reference = reference
        self.track = track
        self.score = score
        self.answeredAt = answeredAt
    }
}

/// Satisfaction with the handling: count, mean and the count at each score.
public struct SatisfactionSummary: Equatable, Sendable {
    public let count: Int
    /// Count of answers with score 1…5 at index 0…4.
    public let distribution: [Int]

    public init(scores: [Int]) {
        var d = [0, 0, 0, 0, 0]
        for s in scores where FollowUpAnswer.scale.contains(s) { d[s - 1] += 1 }
        self.distribution = d
        self.count = d.reduce(0, +)
    }

    /// Nil when nobody answered.
    public var mean: Double? {
        guard count > 0 else { return nil }
        let total = distribution.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return Double(total) / Double(count)
    }

    /// `4.25 (8 คำตอบ)` / `4.25 (8 responses)`; `ไม่มีผู้ตอบ` / `no responses`.
    public func text(_ language: Language) -> String {
        guard let mean else { return language == .th ? "ไม่มีผู้ตอบแบบสอบถาม" : "no responses" }
        let m = ReportFormat.decimal(mean, places: 2)
        return language == .th ? "\(m) จาก 5 (\(count) คำตอบ)" : "\(m) of 5 (\(count) \(count == 1 ? "response" : "responses"))"
    }

    /// Per track (responses without a track are left out).
    public static func byTrack(_ responses: [FollowUpResponse]) -> [ComplaintTrack: SatisfactionSummary] {
        var out: [ComplaintTrack: SatisfactionSummary] = [:]
        for track in ComplaintTrack.allCases {
            out[track] = SatisfactionSummary(scores: responses.filter { $0.track == track }.map(\.score))
        }
        return out
    }

    /// Per month of the answer (Bangkok).
    public static func byMonth(_ responses: [FollowUpResponse]) -> [ReportMonth: SatisfactionSummary] {
        Dictionary(grouping: responses) { ReportMonth(containing: BangkokTime.day(of: $0.answeredAt)) }
            .mapValues { SatisfactionSummary(scores: $0.map(\.score)) }
    }
}
