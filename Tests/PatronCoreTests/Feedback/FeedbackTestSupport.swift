import Foundation
@testable import PatronCore

/// Helpers for the feedback tests (namespaced to keep the test module's globals clean).
enum FeedbackFixture: TimeFixture {
    static let counterStaff = FeedbackActor.staff(StaffRef(id: "c-001", name: "สมชาย ใจดี"), .counter)
    static let customerTeam = FeedbackActor.staff(StaffRef(id: "t-001", name: "วิภา ทีมลูกค้า"), .customerTeam)
    static let head = FeedbackActor.staff(StaffRef(id: "h-001", name: "สมหญิง หัวหน้า"), .head)
    static let committee = FeedbackActor.staff(StaffRef(id: "m-001", name: "ประธาน MT"), .committee)
    static let admin = FeedbackActor.staff(StaffRef(id: "a-001", name: "ผู้ดูแล"), .admin)

    static func text(_ s: String, _ field: FeedbackText.Field = .outcome) -> FeedbackText {
        do { return try FeedbackText(s, field: field) } catch { fatalError("bad test text: \(error)") }
    }

    static func ref(_ seq: Int, year: Int = 2569) -> ReferenceNumber { ReferenceNumber(buddhistYear: year, sequence: seq)! }

    static func record(_ seq: Int, _ received: String, kind: FeedbackKind = .complaint, track: ComplaintTrack? = nil,
                       service: ServiceArea = .circulation, channel: IntakeChannel = .webForm, summary: String = "เรื่องทดสอบ",
                       status: FeedbackStatus = .received, resolved: String? = nil, outcome: String? = nil,
                       decision: String? = nil, decided: String? = nil, lesson: String? = nil) -> FeedbackRecord {
        FeedbackRecord(reference: ref(seq), receivedAt: bangkok(received), channel: channel, kind: kind, service: service,
                       summary: summary, track: track, action: nil, outcome: outcome, status: status,
                       resolvedAt: resolved.map(bangkok), decision: decision, decisionAt: decided.map(bangkok), lesson: lesson)
    }

    /// A deterministic generator for token tests (SplitMix64).
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
