import Foundation
import PatronCore
import Testing

/// The synthetic feedback and outbox history: reproducible, spread over every kind, track, status
/// and channel, and every item's log a chain of steps the workflow accepts, ending where its state is.
@Suite struct SyntheticFeedbackTests {
    let now = BangkokTime.instant(day: CivilDate(year: 2026, month: 12, day: 1)!, minuteOfDay: 10 * 60)
    let count = 4_000

    func items(seed: UInt64) -> [SyntheticFeedbackItem] {
        (0..<count).map { SyntheticFeedback.item(index: $0, count: count, seed: seed, now: now, dueDates: DueDates()) }
    }

    @Test func theSameSeedGivesTheSameItems() {
        #expect(items(seed: 4) == items(seed: 4))
        let other = items(seed: 5)
        #expect(zip(items(seed: 4), other).filter { $0 != $1 }.count > count / 2)
    }

    @Test func everyKindTrackStatusAndChannelOccurs() {
        let all = items(seed: 1)
        #expect(Set(all.map(\.kind)) == Set(FeedbackKind.allCases))
        #expect(Set(all.compactMap(\.state.track)) == Set(ComplaintTrack.allCases))
        #expect(Set(all.map(\.state.status)) == Set(FeedbackStatus.allCases))
        #expect(Set(all.map(\.channel)) == Set(IntakeChannel.allCases))
        #expect(all.contains { $0.survey?.answeredAt != nil } && all.contains { $0.survey != nil && $0.survey?.answeredAt == nil })
        #expect(all.contains { $0.state.lesson != nil && $0.shareWithStaff })
        #expect(all.contains { $0.state.decision != nil && $0.decisionAt != nil })
    }

    @Test func itemsSpanSeveralYearsInIndexOrderAndNeverLieInTheFuture() {
        let all = items(seed: 2)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.receivedAt <= $1.receivedAt })
        #expect(all.first!.receivedAt < now.addingTimeInterval(-4.9 * 365 * 86_400))
        for item in all {
            #expect(item.log.allSatisfy { $0.at >= item.receivedAt && $0.at <= now })
            if let survey = item.survey, let answered = survey.answeredAt { #expect(answered <= now) }
        }
    }

    /// Replaying the log through the workflow from the intake gives the stored state.
    @Test func theLogIsAChainTheWorkflowAcceptsAndEndsInTheState() throws {
        for item in items(seed: 3) {
            #expect(item.log.first?.action == .receive)
            for (previous, next) in zip(item.log, item.log.dropFirst()) {
                #expect(next.from == previous.to)
                #expect(next.at >= previous.at)
            }
            #expect(item.log.last?.to == item.state.status)
            #expect((item.closedAt != nil) == (item.state.status == .closed))
            if item.state.status.isFinished { #expect(item.resolvedAt != nil && item.state.outcome != nil) }
            if item.survey != nil {
                #expect(item.kind == .complaint && item.state.status == .closed && item.contactKnown && item.consentToContact)
            }
            #expect(item.kind == .complaint || item.state.track == nil)
        }
    }

    @Test func theOutboxHistoryCoversEveryChannelAndOutcome() {
        let members = (0..<6_000).map {
            SyntheticConsortium.member(index: $0, seed: 1, today: BangkokTime.day(of: now), depositAmount: Satang(100_000))
        }
        let messages = members.enumerated().compactMap { SyntheticOutbox.message(index: $0.offset, member: $0.element, seed: 1, now: now) }
        #expect(messages.count > 1_500 && messages.count < 2_500)
        #expect(Set(messages.map(\.channel)) == Set(ContactChannel.allCases))
        for channel in [ContactChannel.email, .sms, .line] {
            let outcomes = Set(messages.filter { $0.channel == channel }.map(\.outcome))
            #expect(outcomes == [.sent, .dead, .failed])
        }
        #expect(Set(messages.filter { $0.channel == .postcard }.map(\.outcome)) == [.printed, .dead])
        for message in messages {
            #expect(message.createdAt <= now)
            #expect((message.outcome == .failed) == (message.nextAttemptAt > now))
            if message.outcome == .sent { #expect(message.attempts.last?.result == "sent" && message.sentAt != nil) }
        }
    }
}
