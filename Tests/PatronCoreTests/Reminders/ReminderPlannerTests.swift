import Foundation
import Testing
@testable import PatronCore

private typealias R = ReminderFixture

@Suite struct ReminderPlannerTests {
    let asOf = R.d("2027-01-15")

    /// The default policies on 15 Jan 2027, expectations worked out by hand in the comments.
    @Test func plansTheDefaultPoliciesForAFixedDay() {
        // Setup
        let members = [
            R.member(1, expires: "2027-02-14"),                       // renewal 30 d before: 14 Feb − 30 = 15 Jan
            R.member(2, expires: "2027-01-22", type: .externalB),     // renewal 7 d before: 22 Jan − 7 = 15 Jan
            R.member(3, expires: "2027-02-14", type: .student, segment: .u1),  // not in the renewal audience
            R.member(4, expires: "2027-02-15"),                       // 30 d: 16 Jan (tomorrow); 7 d: 8 Feb
            R.member(5, expires: "2027-01-14", deposit: 100_000, lastClaimDay: "2028-01-14"),  // refund #1: 14 Jan + 1 = 15 Jan
            R.member(6, expires: "2026-10-14", deposit: 100_000, lastClaimDay: "2027-10-14"),  // refund #2: 15 Oct + 3 months = 15 Jan
            R.member(7, expires: "2026-02-14", deposit: 50_000, lastClaimDay: "2027-02-14"),   // last notice: 14 Feb − 30 = 15 Jan;
            // refund #4 for member 7 was due 15 Nov 2026, 61 days ago: past catch-up, skipped
            R.member(8, expires: "2027-02-14", optedOut: true),       // due but opted out
            R.member(9, expires: "2027-01-22", consent: ChannelConsent()),  // due, no consent at all: a service notice uses the e-mail on file
            R.member(10, expires: "2027-01-14", deposit: 0, lastClaimDay: "2028-01-14"),       // expired, nothing to refund
            R.member(11, expires: "2027-01-22", email: "", address: "", postcode: ""),         // due, no contact on file
        ]
        // Act
        let plan = ReminderPlanner.plan(policies: ReminderPolicy.defaults, asOf: asOf, candidates: members)
        // Check
        #expect(R.rows(plan) == [
            "C1 renewal:2027-01-15 email",
            "C11 renewal:2027-01-15 none",
            "C2 renewal:2027-01-15 email",
            "C5 refund:2027-01-15 postcard",
            "C6 refund:2027-01-15 postcard",
            "C7 last-notice:2027-01-15 postcard",
            "C9 renewal:2027-01-15 email",
        ])
        let byCard = Dictionary(uniqueKeysWithValues: plan.messages.map { ($0.cardNumber, $0) })
        #expect(byCard["C1"]?.cycle.occurrence == 1)
        #expect(byCard["C2"]?.cycle.occurrence == 2)
        #expect(byCard["C6"]?.cycle.occurrence == 2)
        #expect(byCard["C1"]?.route.fallbacks == ChannelList([.postcard]))
        #expect(byCard["C5"]?.route.fallbacks == ChannelList([.email]))
        #expect(byCard["C1"]?.idempotencyKey == "00000000-0000-4000-8000-000000000001/renewal:2027-01-15")
        #expect(plan.optedOut(policyCode: "renewal") == 1)
        #expect(plan.optedOut(policyCode: "refund") == 0)
        #expect(plan.candidatesSeen == 11)
    }

    @Test func replanningTheSameDayOrLaterInsideTheCatchUpGivesTheSameKeys() {
        // Setup
        let members = [R.member(1, expires: "2027-02-14"), R.member(2, expires: "2027-01-14", deposit: 100_000, lastClaimDay: "2028-01-14")]
        let first = ReminderPlanner.plan(policies: ReminderPolicy.defaults, asOf: asOf, candidates: members)
        // Act
        let again = ReminderPlanner.plan(policies: ReminderPolicy.defaults, asOf: asOf, candidates: members)
        let threeDaysLater = ReminderPlanner.plan(policies: ReminderPolicy.defaults, asOf: asOf.adding(days: 3), candidates: members)
        // Check: same (member, key) pairs, so the outbox's unique index makes the re-runs no-ops.
        let keys = Set(first.messages.map(\.idempotencyKey))
        #expect(keys.count == 2)
        #expect(Set(again.messages.map(\.idempotencyKey)) == keys)
        #expect(Set(threeDaysLater.messages.map(\.idempotencyKey)) == keys)
        #expect(threeDaysLater.messages.allSatisfy { $0.daysLate == 3 })
    }

    @Test func aRunMissedForLongerThanTheCatchUpWindowSkipsTheOccurrence() {
        // Setup: the 30-day reminder of a 14 Feb expiry fell due on 15 Jan; catch-up is 7 days.
        let member = R.member(1, expires: "2027-02-14")
        let policy = R.renewal([30, 7])
        // Act
        let lastDay = ReminderPlanner.plan(policies: [policy], asOf: R.d("2027-01-22"), candidates: [member])
        let tooLate = ReminderPlanner.plan(policies: [policy], asOf: R.d("2027-01-23"), candidates: [member])
        // Check
        #expect(R.rows(lastDay) == ["C1 renewal:2027-01-15 email"])
        #expect(lastDay.messages.first?.daysLate == 7)
        #expect(tooLate.messages.isEmpty)
    }

    @Test func afterAnOutageOnlyTheLatestDueOccurrenceIsSent() {
        // Setup: offsets 10 and 7 before a 20 Jan expiry: due 10 Jan and 13 Jan; the run of 15 Jan sees both.
        let member = R.member(1, expires: "2027-01-20")
        // Act
        let plan = ReminderPlanner.plan(policies: [R.renewal([10, 7])], asOf: asOf, candidates: [member])
        // Check: the 13 Jan one supersedes the 10 Jan one, which is never sent.
        #expect(R.rows(plan) == ["C1 renewal:2027-01-13 email"])
        #expect(plan.messages.first?.cycle.occurrence == 2)
    }

    @Test func renewalRemindersAreClampedToOneMonthBeforeExpiry() {
        // Setup: 1 Mar 2027 − 30 days = 30 Jan, but one month before is 1 Feb.
        let member = R.member(1, expires: "2027-03-01")
        let policy = R.renewal([31, 30], catchUp: 0)
        // Act
        let on30Jan = ReminderPlanner.plan(policies: [policy], asOf: R.d("2027-01-30"), candidates: [member])
        let on1Feb = ReminderPlanner.plan(policies: [policy], asOf: R.d("2027-02-01"), candidates: [member])
        // Check: nothing before 1 Feb; both offsets collapse into one message on 1 Feb.
        #expect(on30Jan.messages.isEmpty)
        #expect(R.rows(on1Feb) == ["C1 renewal:2027-02-01 email"])
        #expect(ReminderPolicy.earliestRenewalDay(expiry: R.d("2027-03-31")) == R.d("2027-02-28"))
    }

    @Test func channelChoiceNeedsAContactOnFileAndNoOptOutAndKeepsTheRestAsFallbacks() {
        // Setup
        let policy = R.renewal([7], channels: [.email, .line, .sms, .postcard])
        let expiry = "2027-01-22"
        var optedOutOfEmail = R.member(4, expires: expiry, consent: ChannelConsent(postcard: true, email: true))
        optedOutOfEmail.optedOutChannels = ChannelSet(.email)
        let members = [
            // e-mail consent but no address; a LINE id without consent is still a contact on file (service notice)
            R.member(1, expires: expiry, email: "", mobile: "0812345678", line: "U123",
                     consent: ChannelConsent(postcard: true, email: true, sms: true)),
            // address without postcode: postcard unusable; nothing else
            R.member(2, expires: expiry, email: "", postcode: "", consent: ChannelConsent(postcard: true, email: true)),
            // everything usable
            R.member(3, expires: expiry, mobile: "0812345678", line: "U1",
                     consent: ChannelConsent(postcard: true, email: true, sms: true, line: true)),
            // consent and an address, but asked for no e-mail: the postcard carries it
            optedOutOfEmail,
        ]
        // Act
        let plan = ReminderPlanner.plan(policies: [policy], asOf: asOf, candidates: members)
        // Check
        let routes = Dictionary(uniqueKeysWithValues: plan.messages.map { ($0.cardNumber, $0.route) })
        #expect(routes["C1"] == .deliver(.line, fallbacks: ChannelList([.sms, .postcard])))
        #expect(routes["C2"] == .noUsableChannel)
        #expect(routes["C3"] == .deliver(.email, fallbacks: ChannelList([.line, .sms, .postcard])))
        #expect(routes["C4"] == .deliver(.postcard, fallbacks: .empty))
        #expect(members[0].canReceive(.sms) && members[0].canReceive(.line) && !members[0].canReceive(.email))
        #expect(!optedOutOfEmail.canReceive(.email))
    }

    @Test func optOutWinsOverConsent() {
        // Setup
        let member = R.member(1, expires: "2027-01-22", consent: ChannelConsent(postcard: true, email: true, sms: true, line: true),
                              optedOut: true)
        // Act
        let plan = ReminderPlanner.plan(policies: [R.renewal([7])], asOf: asOf, candidates: [member])
        // Check
        #expect(plan.messages.isEmpty)
        #expect(plan.optedOut(policyCode: "renewal") == 1)
    }

    @Test func audienceFiltersByMembershipTypeAndSegment() {
        // Setup
        let policy = R.renewal([7], audience: ReminderAudience(membershipTypes: [.externalA], segments: [.u5, .pa1]))
        let members = [
            R.member(1, expires: "2027-01-22", type: .externalA, segment: .u5),
            R.member(2, expires: "2027-01-22", type: .externalA, segment: .pa1),
            R.member(3, expires: "2027-01-22", type: .externalB, segment: .u5),
            R.member(4, expires: "2027-01-22", type: .externalA, segment: .u1),
        ]
        // Act
        let plan = ReminderPlanner.plan(policies: [policy], asOf: asOf, candidates: members)
        // Check
        #expect(plan.messages.map(\.cardNumber).sorted() == ["C1", "C2"])
    }

    @Test func suspendedOrEndedMembersGetNoRenewalButStillGetRefundReminders() {
        // Setup
        let members = [
            R.member(1, expires: "2027-01-22", status: .suspended),
            R.member(2, expires: "2027-01-22", status: .expired),
            R.member(3, expires: "2027-01-14", status: .suspended, deposit: 100_000, lastClaimDay: "2028-01-14"),
        ]
        // Act
        let plan = ReminderPlanner.plan(policies: ReminderPolicy.defaults, asOf: asOf, candidates: members)
        // Check
        #expect(R.rows(plan) == ["C3 refund:2027-01-15 postcard"])
    }

    @Test func refundRemindersStopAtTheLimitAndTheClaimDeadline() {
        // Setup: every month, at most 2; first the day after a 31 Oct 2026 expiry.
        let policy = ReminderPolicy(code: "refund", schedule: .refund(firstAfterExpiryDays: 1, everyMonths: 1, maxReminders: 2),
                                    channels: [.email], catchUpDays: 0)
        let member = R.member(1, expires: "2026-10-31", deposit: 100_000, lastClaimDay: "2027-10-31")
        let shortDeadline = R.member(2, expires: "2026-10-31", deposit: 100_000, lastClaimDay: "2026-11-30")
        func keys(_ day: String) -> [String] {
            R.rows(ReminderPlanner.plan(policies: [policy], asOf: R.d(day), candidates: [member, shortDeadline]))
        }
        // Act / Check: 1 Nov, then 1 Dec (member 2's deadline was 30 Nov), then nothing (limit reached).
        #expect(keys("2026-11-01") == ["C1 refund:2026-11-01 email", "C2 refund:2026-11-01 email"])
        #expect(keys("2026-12-01") == ["C1 refund:2026-12-01 email"])
        #expect(keys("2027-01-01") == [])
        #expect(keys("2026-11-15") == [])
    }

    @Test func lastNoticeNeedsADepositAndADeadline() {
        // Setup
        let policy = ReminderPolicy(code: "last", schedule: .lastNotice(daysBeforeDeadline: 14), channels: [.email])
        let members = [
            R.member(1, expires: "2026-01-29", deposit: 1, lastClaimDay: "2027-01-29"),
            R.member(2, expires: "2026-01-29", deposit: 0, lastClaimDay: "2027-01-29"),
            R.member(3, expires: "2026-01-29", deposit: 100, lastClaimDay: nil),
        ]
        // Act
        let plan = ReminderPlanner.plan(policies: [policy], asOf: asOf, candidates: members)
        // Check
        #expect(R.rows(plan) == ["C1 last:2027-01-15 email"])
    }

    @Test func inactivePoliciesArePlannedForNobody() {
        // Setup
        var policy = R.renewal([7])
        policy.isActive = false
        // Act
        let plan = ReminderPlanner.plan(policies: [policy], asOf: asOf, candidates: [R.member(1, expires: "2027-01-22")])
        // Check
        #expect(plan.messages.isEmpty)
        #expect(plan.policyCodes.isEmpty)
    }

    @Test func chunksAddUpToTheWholePlan() {
        // Setup
        let members = (0..<40).map { R.member($0, expires: R.d("2027-01-01").adding(days: $0).iso, deposit: 100_000, lastClaimDay: "2027-06-01") }
        let planner = ReminderPlanner(policies: ReminderPolicy.defaults, asOf: asOf)
        // Act
        var chunked = planner.emptyPlan()
        planner.plan(Array(members[0..<15]), into: &chunked)
        planner.plan(Array(members[15...]), into: &chunked)
        let whole = planner.plan(members)
        // Check
        #expect(!whole.messages.isEmpty)
        #expect(chunked.messages == whole.messages)
        #expect(chunked.candidatesSeen == 40)
    }

    @Test func selectionWindowsForTheDefaultPolicies() {
        // Setup
        let planner = ReminderPlanner(policies: ReminderPolicy.defaults, asOf: asOf)
        // Act
        let windows = planner.selectionWindows()
        // Check: renewal 7 d → expiries 15–22 Jan; 30 d → due max(e − 30, e − 1 month) in 8–15 Jan → 7–14 Feb.
        let renewal = windows.filter { $0.policyCode == "renewal" }.map(\.range)
        #expect(renewal == [R.d("2027-01-15")...R.d("2027-01-22"), R.d("2027-02-07")...R.d("2027-02-14")])
        #expect(windows.filter { $0.policyCode == "renewal" }.allSatisfy { !$0.requiresDeposit && $0.column == .expiresOn })
        // refund #1: e + 1 in 8–15 Jan → 7–14 Jan; #2: e + 1 + 3 months → 7–14 Oct 2026 …
        let refund = windows.filter { $0.policyCode == "refund" }.map(\.range)
        #expect(refund.contains(R.d("2027-01-07")...R.d("2027-01-14")))
        #expect(refund.contains(R.d("2026-10-07")...R.d("2026-10-14")))
        #expect(refund.count == 4)
        // last notice: deadline − 30 in 8–15 Jan → deadlines 7–14 Feb.
        let last = windows.filter { $0.policyCode == "last-notice" }
        #expect(last.map(\.range) == [R.d("2027-02-07")...R.d("2027-02-14")])
        #expect(last.first?.column == .lastClaimDay)
        // On expiry dates with a 12-month claim period, the last-notice window is 7–14 Feb 2026.
        let merged = ReminderPlanner.expiryWindows(for: ReminderPolicy.defaults, asOf: asOf, claimPeriodMonths: 12)
        #expect(merged.contains(R.d("2026-02-07")...R.d("2026-02-14")))
        #expect(merged.contains(R.d("2027-01-07")...R.d("2027-01-22")))  // refund #1 and renewal 7 d, joined
    }
}
