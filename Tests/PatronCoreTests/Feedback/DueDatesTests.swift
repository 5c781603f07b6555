import Foundation
import Testing
import PropertyBased
@testable import PatronCore

/// Targets, overdue checks and escalation with pinned instants across weekends and Thai holidays
/// (2026: Chakri Day Mon 6 Apr; Songkran Mon–Wed 13–15 Apr; Labour Day Fri 1 May; Coronation Day Mon 4 May).
@Suite struct DueDatesTests {
    typealias F = FeedbackFixture
    let dueDates = DueDates()

    @Test func countingStartsNextWorkingDayAfterCutOffWeekendOrHoliday() {
        #expect(dueDates.countingDay(receivedAt: F.bangkok("2026-04-09T16:29:00")) == F.day("2026-04-09"))
        // Friday 17:00, before a weekend and Songkran: counted from Thursday 16 April.
        #expect(dueDates.countingDay(receivedAt: F.bangkok("2026-04-10T17:00:00")) == F.day("2026-04-16"))
        #expect(dueDates.countingDay(receivedAt: F.bangkok("2026-04-11T09:00:00")) == F.day("2026-04-16"))  // Saturday
        #expect(dueDates.countingDay(receivedAt: F.bangkok("2026-04-14T09:00:00")) == F.day("2026-04-16"))  // Songkran
        // Before opening on a working day still counts from that day.
        #expect(dueDates.countingDay(receivedAt: F.bangkok("2026-04-09T06:00:00")) == F.day("2026-04-09"))
    }

    @Test func track1IsDueTheSameWorkingDay() {
        // Setup: an urgent complaint on Friday morning before Songkran.
        let received = F.bangkok("2026-04-10T10:00:00")
        // Act
        let due = dueDates.due(track: .urgent, receivedAt: received)
        // Check
        #expect(due.day == F.day("2026-04-10"))
        #expect(due.basis == .workingDays(0))
        #expect(!dueDates.isOverdue(track: .urgent, receivedAt: received, resolvedAt: nil, at: F.bangkok("2026-04-10T18:00:00")))
        #expect(dueDates.isOverdue(track: .urgent, receivedAt: received, resolvedAt: nil, at: F.bangkok("2026-04-11T00:00:00")))
        #expect(!dueDates.isOverdue(track: .urgent, receivedAt: received, resolvedAt: F.bangkok("2026-04-10T15:00:00"),
                                    at: F.bangkok("2026-04-20T09:00:00")))
    }

    @Test func track1ReceivedFridayEveningBeforeSongkranIsDueAfterTheHoliday() {
        let received = F.bangkok("2026-04-10T17:00:00")
        let due = dueDates.due(track: .urgent, receivedAt: received)
        #expect(due.countingDay == F.day("2026-04-16"))
        #expect(due.day == F.day("2026-04-16"))
        #expect(!dueDates.isOverdue(track: .urgent, receivedAt: received, resolvedAt: nil, at: F.bangkok("2026-04-15T12:00:00")))
        #expect(dueDates.isOverdue(track: .urgent, receivedAt: received, resolvedAt: nil, at: F.bangkok("2026-04-17T08:00:00")))
    }

    @Test func track2EscalatesInStepsAcrossChakriDayAndSongkran() {
        // Setup: Friday 3 April 2026; Monday 6 April is Chakri Day.
        let received = F.bangkok("2026-04-03T09:00:00")
        // Act
        let due = dueDates.due(track: .major, receivedAt: received)
        // Check: 3 working days = Tue 7, Wed 8, Thu 9.
        #expect(due.day == F.day("2026-04-09"))
        #expect(dueDates.escalationDay(.workGroupHead, track: .major, receivedAt: received) == F.day("2026-04-10"))
        // Two more working days after the work-group head: Thu 16 (after Songkran), Fri 17.
        #expect(dueDates.escalationDay(.departmentHead, track: .major, receivedAt: received) == F.day("2026-04-17"))
        func level(_ at: String) -> EscalationLevel { dueDates.escalation(track: .major, receivedAt: received, at: F.bangkok(at)) }
        #expect(level("2026-04-09T23:59:00") == EscalationLevel.none)
        #expect(level("2026-04-10T08:00:00") == .workGroupHead)
        #expect(level("2026-04-14T10:00:00") == .workGroupHead)   // Songkran: nobody escalates further
        #expect(level("2026-04-16T16:00:00") == .workGroupHead)
        #expect(level("2026-04-17T08:00:00") == .departmentHead)
        // Resolved: no escalation any more.
        #expect(dueDates.escalation(track: .major, receivedAt: received, resolvedAt: F.bangkok("2026-04-16T11:00:00"),
                                    at: F.bangkok("2026-04-20T08:00:00")) == EscalationLevel.none)
    }

    @Test func track3CountsTenWorkingDaysFromAfterTheWeekendAndSongkran() {
        let received = F.bangkok("2026-04-11T09:00:00") // Saturday
        let due = dueDates.due(track: .notUrgent, receivedAt: received)
        #expect(due.countingDay == F.day("2026-04-16"))
        #expect(due.day == F.day("2026-04-30"))
        // Track 3 has no escalation ladder by default, only the overdue flag.
        #expect(dueDates.escalation(track: .notUrgent, receivedAt: received, at: F.bangkok("2026-05-20T09:00:00")) == EscalationLevel.none)
        #expect(dueDates.isOverdue(track: .notUrgent, receivedAt: received, resolvedAt: nil, at: F.bangkok("2026-05-01T09:00:00")))
    }

    @Test func track4IsDueAtTheFirstMeetingAfterTheAgendaLead() {
        // Setup: meetings on 20 April and 18 May 2026.
        let policy = TrackPolicy(mtMeetingDays: [F.day("2026-05-18"), F.day("2026-04-20")])
        let dates = DueDates(policy: policy)
        let received = F.bangkok("2026-04-10T10:00:00")
        // Act
        let due = dates.due(track: .needsBudget, receivedAt: received)
        // Check: 5 working days from Fri 10 Apr is Wed 22 Apr, too late for 20 April.
        #expect(due.day == F.day("2026-05-18"))
        #expect(due.basis == .mtMeeting)
        #expect(!dates.isOverdue(track: .needsBudget, receivedAt: received, resolvedAt: nil, at: F.bangkok("2026-05-18T20:00:00")))
        #expect(dates.isOverdue(track: .needsBudget, receivedAt: received, resolvedAt: nil, at: F.bangkok("2026-05-19T08:00:00")))
    }

    @Test func track4WithoutAMeetingFallsBackToWorkingDaysOverMayHolidays() {
        let received = F.bangkok("2026-04-10T10:00:00")
        let due = dueDates.due(track: .needsBudget, receivedAt: received)
        // 20 working days from Fri 10 Apr, skipping Songkran, Labour Day (1 May) and Coronation Day (4 May).
        #expect(due.day == F.day("2026-05-15"))
        #expect(due.basis == .noMeetingScheduled(20))
    }

    @Test func configuredTargetsAndLadders() {
        let policy = TrackPolicy(targetWorkingDays: [.urgent: 1, .major: 5, .notUrgent: 15],
                                 escalation: [.notUrgent: [.init(level: .workGroupHead, workingDaysAfterDue: 1)]])
        let dates = DueDates(policy: policy)
        let received = F.bangkok("2026-04-03T09:00:00")
        #expect(dates.due(track: .urgent, receivedAt: received).day == F.day("2026-04-07"))  // over Chakri Day
        #expect(dates.escalationDay(.workGroupHead, track: .major, receivedAt: received) == nil)
        #expect(dates.escalationDay(.workGroupHead, track: .notUrgent, receivedAt: received) != nil)
        #expect(policy.problems().isEmpty)
        let bad = TrackPolicy(targetWorkingDays: [.urgent: -1, .major: 3, .notUrgent: 10],
                              escalation: [.major: [.init(level: .departmentHead, workingDaysAfterDue: 0),
                                                    .init(level: .workGroupHead, workingDaysAfterDue: 2)]])
        #expect(bad.problems() == [.targetOutOfRange(.urgent, -1), .escalationOrder(.major)])
        #expect(bad.problems().allSatisfy { !$0.message(.th).isEmpty && !$0.message(.en).isEmpty })
    }

    @Test func handlingTimeInWorkingAndCalendarDays() {
        let received = F.bangkok("2026-04-10T17:00:00")
        let resolved = F.bangkok("2026-04-17T10:00:00")
        #expect(dueDates.handlingWorkingDays(receivedAt: received, resolvedAt: resolved) == 1)   // Thu 16 → Fri 17
        #expect(DueDates.handlingCalendarDays(receivedAt: received, resolvedAt: resolved) == 7)
        #expect(dueDates.handlingWorkingDays(receivedAt: received, resolvedAt: F.bangkok("2026-04-10T17:30:00")) == 0)
    }

    @Test func dueDaysAreWorkingDaysAndEscalationNeverGoesBackInTime() async {
        let calendar = WorkingCalendar()
        let base = F.bangkok("2025-01-01T00:00:00")
        await propertyCheck(count: 300, input: Gen.int(in: 0...(2 * 365 * 24 * 60)), Gen.int(in: 1...4), Gen.int(in: 0...(40 * 24 * 60))) { minute, t, later in
            let received = base.addingTimeInterval(Double(minute) * 60)
            let track = ComplaintTrack(rawValue: t)!
            let due = dueDates.due(track: track, receivedAt: received)
            #expect(calendar.isWorkingDay(due.day))
            #expect(due.countingDay >= BangkokTime.day(of: received) && due.day >= due.countingDay)
            let a = received.addingTimeInterval(Double(later) * 60)
            let b = a.addingTimeInterval(3 * 86_400)
            #expect(dueDates.escalation(track: track, receivedAt: received, at: a) <= dueDates.escalation(track: track, receivedAt: received, at: b))
            if dueDates.isOverdue(track: track, receivedAt: received, resolvedAt: nil, at: a) {
                #expect(dueDates.isOverdue(track: track, receivedAt: received, resolvedAt: nil, at: b))
            }
        }
    }
}
