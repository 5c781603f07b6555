import Foundation

/// When the public thank-you and status pages tell a person to expect an answer, from the same track
/// targets the staff work to (`TrackPolicy`, `config.complaints`), counted in working days of the
/// calendar in force.
public struct ReplyExpectation: Equatable, Sendable {
    public enum Basis: Equatable, Sendable {
        /// A complaint not yet triaged: the longest target of tracks 1–3, "at the latest" (urgent ones are sooner).
        case untriaged(workingDays: Int)
        /// A triaged complaint (tracks 1–3) or a suggestion, comment or compliment: its target.
        case workingDays(Int)
        /// Track 4: the MT committee meeting on `day`.
        case mtMeeting
    }

    /// The Bangkok day by whose end an answer is due.
    public let day: CivilDate
    public let basis: Basis

    public init(day: CivilDate, basis: Basis) {
        self.day = day
        self.basis = basis
    }
}

extension DueDates {
    /// nil once the item is resolved or closed (the answer is given: the outcome says it).
    public func expectedReply(kind: FeedbackKind, track: ComplaintTrack?, status: FeedbackStatus, receivedAt: Date) -> ReplyExpectation? {
        guard !status.isFinished else { return nil }
        guard kind == .complaint else {
            let due = due(kind: kind, track: nil, receivedAt: receivedAt)
            return ReplyExpectation(day: due.day, basis: .workingDays(max(0, policy.otherKindsWorkingDays)))
        }
        guard let track else {
            // Not triaged yet: the staff list counts it as track 1 so it surfaces fast, but the person is
            // told the latest day any of tracks 1–3 allows.
            let longest = [ComplaintTrack.urgent, .major, .notUrgent].max { policy.target(for: $0) < policy.target(for: $1) }!
            let due = due(track: longest, receivedAt: receivedAt)
            return ReplyExpectation(day: due.day, basis: .untriaged(workingDays: policy.target(for: longest)))
        }
        let due = due(track: track, receivedAt: receivedAt)
        switch due.basis {
        case .mtMeeting: return ReplyExpectation(day: due.day, basis: .mtMeeting)
        case .workingDays(let n), .noMeetingScheduled(let n): return ReplyExpectation(day: due.day, basis: .workingDays(n))
        }
    }
}
