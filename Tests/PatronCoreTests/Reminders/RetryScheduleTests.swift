import Foundation
import Testing
@testable import PatronCore

@Suite struct RetryScheduleTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let schedule = RetrySchedule.default

    @Test func backoffDoublesFromOneMinuteUpToTheCap() {
        // Act
        let delays = (1...8).map { schedule.delay(afterAttempt: $0, jitter: JitterStyle.none) }
        // Check
        #expect(delays == [60, 120, 240, 480, 960, 1920, 3600, 3600])
    }

    @Test func jitterIsTheInjectedFunction() {
        #expect(schedule.delay(afterAttempt: 3, jitter: JitterStyle.equal { 0 }) == 120)
        #expect(schedule.delay(afterAttempt: 3, jitter: JitterStyle.equal { 0.5 }) == 180)
        #expect(schedule.delay(afterAttempt: 3, jitter: JitterStyle.full { 0.25 }) == 60)
        #expect(schedule.delay(afterAttempt: 3, jitter: { _ in -5 }) == 0)
    }

    @Test func retryAfterIsHonouredEvenPastTheCap() {
        #expect(schedule.delay(afterAttempt: 1, retryAfter: 300, jitter: JitterStyle.none) == 300)
        #expect(schedule.delay(afterAttempt: 5, retryAfter: 30, jitter: JitterStyle.none) == 960)
        #expect(schedule.delay(afterAttempt: 1, retryAfter: 7200, jitter: JitterStyle.none) == 7200)
    }

    @Test func lineTooManyRequestsIsRetriedAfterWhatTheServerSaid() {
        // Setup
        let result = DeliveryResult.http(status: 429, retryAfter: "120", now: now)
        // Act
        let outcome = schedule.outcome(of: result, channel: .line, attempt: 1, fallbacks: ChannelList([.sms]), now: now, jitter: JitterStyle.none)
        // Check
        #expect(outcome == .retry(at: now.addingTimeInterval(120), attempt: 2))
    }

    @Test func givesUpAfterTheLastAttemptAndFallsBackOnlyWhenTheChannelIsImpossible() {
        // Setup
        let transient = DeliveryResult.transientFailure(reason: "HTTP 503", retryAfter: nil)
        let permanent = DeliveryResult.http(status: 400, now: now, reason: "invalid user id")
        // Act / Check
        #expect(schedule.outcome(of: transient, channel: .sms, attempt: 5, fallbacks: .empty, now: now, jitter: JitterStyle.none)
            == .retry(at: now.addingTimeInterval(960), attempt: 6))
        #expect(schedule.outcome(of: transient, channel: .sms, attempt: 6, fallbacks: ChannelList([.postcard]), now: now, jitter: JitterStyle.none)
            == .dead(.attemptsExhausted(.sms, attempts: 6, lastReason: "HTTP 503")))
        var switching = schedule
        switching.fallBackWhenExhausted = true
        #expect(switching.outcome(of: transient, channel: .sms, attempt: 6, fallbacks: ChannelList([.postcard]), now: now, jitter: JitterStyle.none)
            == .fallBack(to: .postcard, then: .empty))
        #expect(schedule.outcome(of: permanent, channel: .line, attempt: 1, fallbacks: ChannelList([.sms, .postcard]), now: now, jitter: JitterStyle.none)
            == .fallBack(to: .sms, then: ChannelList([.postcard])))
        #expect(schedule.outcome(of: permanent, channel: .line, attempt: 1, fallbacks: .empty, now: now, jitter: JitterStyle.none)
            == .dead(.impossible(.line, reason: "HTTP 400: invalid user id")))
        #expect(schedule.outcome(of: .accepted(providerMessageID: nil), channel: .email, attempt: 3, fallbacks: .empty, now: now, jitter: JitterStyle.none) == .sent)
    }

    @Test func classifiesHTTPAndSMTPReplies() {
        #expect(DeliveryResult.http(status: 200, now: now) == .accepted(providerMessageID: nil))
        #expect(DeliveryResult.http(status: 500, now: now) == .transientFailure(reason: "HTTP 500", retryAfter: nil))
        #expect(DeliveryResult.http(status: 404, now: now) == .permanentFailure(reason: "HTTP 404"))
        #expect(DeliveryResult.smtp(replyCode: 451) == .transientFailure(reason: "SMTP 451", retryAfter: nil))
        #expect(DeliveryResult.smtp(replyCode: 550) == .permanentFailure(reason: "SMTP 550"))
    }

    @Test func readsRetryAfterAsSecondsOrAnHTTPDate() {
        // 1_800_000_000 s = 2027-01-15 08:00:00 UTC
        #expect(RetryAfter.seconds(from: "120", now: now) == 120)
        #expect(RetryAfter.seconds(from: "Fri, 15 Jan 2027 08:02:30 GMT", now: now) == 150)
        #expect(RetryAfter.seconds(from: "Fri, 15 Jan 2027 07:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.seconds(from: "soon", now: now) == nil)
        #expect(RetryAfter.seconds(from: "-5", now: now) == nil)
    }

    @Test func failuresAreExplainedInBothLanguages() {
        let failure = DeliveryFailure.impossible(.email, reason: "SMTP 550")
        #expect(failure.message(.th).contains("อีเมล") && failure.message(.en).contains("E-mail"))
    }
}
