import Foundation
import Testing
@testable import PatronCore

/// What the thank-you and status pages promise, from the track targets, across Songkran 2026
/// (Mon–Wed 13–15 April) and the weekends.
@Suite struct ReplyExpectationTests {
    typealias F = FeedbackFixture
    let dueDates = DueDates()
    /// Thursday 9 April 2026, 10:00 Bangkok: counted from that day.
    let received = F.bangkok("2026-04-09T10:00:00")

    @Test func anUntriagedComplaintIsPromisedTheLongestOfTracks1To3() {
        // Track 3's 10 working days: 10, 16, 17, 20, 21, 22, 23, 24, 27, 28 April.
        let expected = dueDates.expectedReply(kind: .complaint, track: nil, status: .received, receivedAt: received)
        #expect(expected == ReplyExpectation(day: F.day("2026-04-28"), basis: .untriaged(workingDays: 10)))
        // An administrator who gives track 2 longer than track 3: the promise follows the longest.
        var policy = TrackPolicy.default
        policy.targetWorkingDays[.major] = 12
        let longer = DueDates(policy: policy).expectedReply(kind: .complaint, track: nil, status: .received, receivedAt: received)
        #expect(longer == ReplyExpectation(day: F.day("2026-04-30"), basis: .untriaged(workingDays: 12)))
    }

    @Test func aTriagedComplaintIsPromisedItsTracksDueDay() {
        let major = dueDates.expectedReply(kind: .complaint, track: .major, status: .inProgress, receivedAt: received)
        #expect(major == ReplyExpectation(day: F.day("2026-04-17"), basis: .workingDays(3)))
        #expect(major?.day == dueDates.due(track: .major, receivedAt: received).day, "the day the staff work to")
        let urgent = dueDates.expectedReply(kind: .complaint, track: .urgent, status: .triaged, receivedAt: received)
        #expect(urgent == ReplyExpectation(day: F.day("2026-04-09"), basis: .workingDays(0)))
    }

    @Test func track4IsPromisedTheMeetingOrTheFallback() {
        var policy = TrackPolicy.default
        policy.mtMeetingDays = [F.day("2026-05-20")]
        let meeting = DueDates(policy: policy).expectedReply(kind: .complaint, track: .needsBudget, status: .triaged, receivedAt: received)
        #expect(meeting == ReplyExpectation(day: F.day("2026-05-20"), basis: .mtMeeting))
        let fallback = dueDates.expectedReply(kind: .complaint, track: .needsBudget, status: .triaged, receivedAt: received)
        #expect(fallback?.basis == .workingDays(TrackPolicy.default.target(for: .needsBudget)))
    }

    @Test func suggestionsAreAcknowledgedAndFinishedItemsPromiseNothing() {
        let suggestion = dueDates.expectedReply(kind: .suggestion, track: nil, status: .received, receivedAt: received)
        #expect(suggestion == ReplyExpectation(day: F.day("2026-04-28"), basis: .workingDays(10)))
        for status in [FeedbackStatus.resolved, .closed] {
            #expect(dueDates.expectedReply(kind: .complaint, track: .major, status: status, receivedAt: received) == nil)
        }
    }
}
