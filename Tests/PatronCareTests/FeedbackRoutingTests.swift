import Fluent
import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// Each track's due day and escalation, on the database, with the clock pinned. The complaint
/// arrives on Thursday 3 December 2026 at 10:00; Saturday 5 Dec, Sunday 6 Dec, Monday 7 Dec
/// (substitution for Father's Day) and Thursday 10 Dec (Constitution Day) are not working days.
@Suite struct FeedbackRoutingTests {
    static let received = FeedbackFixtures.bangkok("2026-12-03T10:00")

    @Test(arguments: [
        (ComplaintTrack.urgent, "2026-12-03"),
        (ComplaintTrack.major, "2026-12-09"),
        (ComplaintTrack.notUrgent, "2026-12-21"),
        (ComplaintTrack.needsBudget, "2027-01-06"),
    ])
    func triageSetsTheDueDayInWorkingDaysSkippingTheWeekendAndHolidays(track: ComplaintTrack, due: String) async throws {
        try await withTestApp(now: Self.received) { app in
            let item = try await FeedbackFixtures.complaint(app, track: track, at: Self.received)
            #expect(item.dueDay == due)
            #expect(item.track == track.rawValue)
            #expect(item.status == .inProgress)
        }
    }

    @Test func trackFourIsDueAtTheFirstMeetingWithTimeForTheAgendaAndFollowsNewMeetingDays() async throws {
        try await withTestApp(now: Self.received) { app in
            let browser = try await TestStaff.browser(.committee, on: app)
            try await browser.get(SiteRoute.complaintsMeetings.href)
            let early = try await browser.post(SiteRoute.complaintsMeetings.href, form: [("day", "2026-12-10"), ("note", "too early for the agenda")])
            #expect(early.status == .seeOther)
            let item = try await FeedbackFixtures.complaint(app, track: .needsBudget, at: Self.received)
            #expect(item.dueDay == "2027-01-06", "the 10 Dec meeting is before the 5-working-day agenda lead: fallback")
            try await browser.post(SiteRoute.complaintsMeetings.href, form: [("day", "17/12/2569"), ("note", "MT 12/2569")])
            #expect(try await FeedbackFixtures.reload(item, app).dueDay == "2026-12-17", "B.E. date accepted; open track-4 items follow it")
        }
    }

    @Test func trackTwoEscalatesToTheWorkGroupHeadThenTheDepartmentHeadOnWorkingDays() async throws {
        try await withTestApp(now: Self.received) { app in
            FeedbackFixtures.withAddresses(app)
            let item = try await FeedbackFixtures.complaint(app, track: .major, at: Self.received)
            // Due Wed 9 Dec: not overdue that day.
            var summary = try await ComplaintJobs.runDaily(app: app, asOf: FeedbackFixtures.bangkok("2026-12-09T17:00"))
            #expect(summary.overdue == 0)
            #expect(try await FeedbackFixtures.reload(item, app).escalationLevel == EscalationLevel.none)
            // Thu 10 Dec is a holiday: overdue (owner reminded) but the ladder waits for the next working day.
            summary = try await ComplaintJobs.runDaily(app: app, asOf: FeedbackFixtures.bangkok("2026-12-10T09:00"))
            #expect(summary.overdue == 1)
            #expect(summary.escalated == 0)
            #expect(try await FeedbackFixtures.reload(item, app).escalationLevel == EscalationLevel.none)
            // Fri 11 Dec: the work-group head.
            summary = try await ComplaintJobs.runDaily(app: app, asOf: FeedbackFixtures.bangkok("2026-12-11T09:00"))
            var stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.escalationLevel == .workGroupHead)
            #expect(stored.status == .escalated)
            // Mon 14 Dec: still the work-group head (two working days after the due day is Fri 11 + Mon 14 … Tue 15).
            try await ComplaintJobs.runDaily(app: app, asOf: FeedbackFixtures.bangkok("2026-12-14T09:00"))
            #expect(try await FeedbackFixtures.reload(item, app).escalationLevel == .workGroupHead)
            // Tue 15 Dec: the department head.
            try await ComplaintJobs.runDaily(app: app, asOf: FeedbackFixtures.bangkok("2026-12-15T09:00"))
            stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.escalationLevel == .departmentHead)
            let messages = try await FeedbackFixtures.outbox(app, purpose: "complaint-overdue")
            #expect(messages.map(\.address) == ["desk@example.org", "workgroup-head@example.org", "department-head@example.org"])
            let log = try await FeedbackLogRecord.query(on: app.db).filter(\.$item.$id == item.requireID()).filter(\.$action == "escalate").all()
            #expect(log.count == 2)
            #expect(log.allSatisfy { $0.actorKind == "system" })
        }
    }

    @Test(arguments: [
        (ComplaintTrack.urgent, "2026-12-03T17:00", "2026-12-04T09:00"),
        (ComplaintTrack.notUrgent, "2026-12-21T17:00", "2026-12-22T09:00"),
    ])
    func tracksOneAndThreeAreFlaggedOverdueAndTheOwnerRemindedButNotEscalated(track: ComplaintTrack, lastDue: String, firstOverdue: String) async throws {
        try await withTestApp(now: Self.received) { app in
            FeedbackFixtures.withAddresses(app)
            let item = try await FeedbackFixtures.complaint(app, track: track, at: Self.received)
            #expect(try await ComplaintJobs.runDaily(app: app, asOf: FeedbackFixtures.bangkok(lastDue)).overdue == 0)
            let summary = try await ComplaintJobs.runDaily(app: app, asOf: FeedbackFixtures.bangkok(firstOverdue))
            #expect(summary.overdue == 1)
            #expect(summary.escalated == 0)
            let stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.status == .inProgress)
            #expect(try await FeedbackFixtures.outbox(app, purpose: "complaint-overdue").map(\.address) == ["desk@example.org"])
        }
    }

    @Test func aComplaintSentOnFridayEveningCountsFromMonday() async throws {
        let friday = FeedbackFixtures.bangkok("2026-11-27T17:00")
        try await withTestApp(now: friday) { app in
            let item = try await FeedbackFixtures.complaint(app, track: .major, at: friday)
            #expect(item.dueDay == "2026-12-03", "day 0 is Mon 30 Nov (after the 16:30 cut-off on Friday); 3 working days later is Thu 3 Dec")
        }
    }

    @Test func theOverdueJobRunTwiceQueuesEachMessageOnce() async throws {
        try await withTestApp(now: Self.received) { app in
            FeedbackFixtures.withAddresses(app)
            try await FeedbackFixtures.complaint(app, track: .major, at: Self.received)
            try await FeedbackFixtures.receive(app, kind: .suggestion, at: Self.received)
            let day = FeedbackFixtures.bangkok("2026-12-28T09:00")
            let first = try await ComplaintJobs.runDaily(app: app, asOf: day)
            let second = try await ComplaintJobs.runDaily(app: app, asOf: day.addingTimeInterval(3600))
            #expect(first.messagesQueued == 3, "the complaint straight to the department head, the suggestion's owner, and the November report")
            #expect(second.messagesQueued == 0)
            #expect(second.escalated == 0)
            #expect(try await OutboxMessage.query(on: app.db).count() == 3)
            #expect(try await FeedbackFixtures.outbox(app, purpose: "complaint-report-due").count == 1)
        }
    }
}
