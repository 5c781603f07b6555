import Foundation
import Testing
import PropertyBased
@testable import PatronCore

@Suite struct WorkingCalendarTests {
    typealias F = DepositFixture
    let calendar = WorkingCalendar()

    @Test func weekendsAndHolidaysAreNotWorkingDays() {
        #expect(calendar.isWorkingDay(F.day("2026-01-05")))   // Monday
        #expect(!calendar.isWorkingDay(F.day("2026-01-10")))  // Saturday
        #expect(!calendar.isWorkingDay(F.day("2026-01-11")))  // Sunday
        #expect(!calendar.isWorkingDay(F.day("2026-04-13")))  // Songkran, a Monday
        #expect(!calendar.isWorkingDay(F.day("2026-01-01")))  // New Year, a Thursday
    }

    @Test func addingAcrossAWeekend() {
        #expect(calendar.adding(workingDays: 1, to: F.day("2026-01-09")) == F.day("2026-01-12")) // Fri → Mon
        #expect(calendar.adding(workingDays: 5, to: F.day("2026-01-09")) == F.day("2026-01-16"))
        #expect(calendar.adding(workingDays: 1, to: F.day("2026-01-10")) == F.day("2026-01-12")) // Sat → Mon
        #expect(calendar.adding(workingDays: -1, to: F.day("2026-01-12")) == F.day("2026-01-09"))
    }

    @Test func addingAcrossSongkran() {
        // Fri 10 Apr 2026; Sat, Sun, then Songkran Mon–Wed 13–15 Apr.
        #expect(calendar.adding(workingDays: 1, to: F.day("2026-04-10")) == F.day("2026-04-16"))
        #expect(calendar.adding(workingDays: 3, to: F.day("2026-04-10")) == F.day("2026-04-20"))
        // 2025: Songkran Sun–Tue 13–15 Apr and the substitution day Wed 16 Apr.
        #expect(calendar.adding(workingDays: 1, to: F.day("2025-04-11")) == F.day("2025-04-17"))
    }

    @Test func sameWorkingDay() {
        #expect(calendar.adding(workingDays: 0, to: F.day("2026-01-07")) == F.day("2026-01-07"))
        #expect(calendar.adding(workingDays: 0, to: F.day("2026-01-10")) == F.day("2026-01-12"))
        #expect(calendar.adding(workingDays: 0, to: F.day("2026-04-11")) == F.day("2026-04-16"))
    }

    @Test func workingDaysBetween() {
        #expect(calendar.workingDays(from: F.day("2026-04-10"), to: F.day("2026-04-17")) == 2)
        #expect(calendar.workingDays(from: F.day("2026-04-17"), to: F.day("2026-04-10")) == -2)
        #expect(calendar.workingDays(from: F.day("2026-01-05"), to: F.day("2026-01-05")) == 0)
        #expect(calendar.workingDays(from: F.day("2026-01-09"), to: F.day("2026-01-11")) == 0)
        #expect(calendar.workingDays(from: F.day("2026-01-05"), to: F.day("2026-02-02")) == 20)
        let noHolidays = WorkingCalendar(holidays: .empty)
        #expect(noHolidays.workingDays(from: F.day("2026-04-10"), to: F.day("2026-04-17")) == 5)
    }

    @Test func nextAndPreviousWorkingDay() {
        #expect(calendar.nextWorkingDay(after: F.day("2026-04-10")) == F.day("2026-04-16"))
        #expect(calendar.previousWorkingDay(before: F.day("2026-04-16")) == F.day("2026-04-10"))
    }

    @Test func addingAndCountingAgree() async {
        let start = F.day("2025-01-01")
        await propertyCheck(count: 300, input: Gen.int(in: 0...1000), Gen.int(in: 0...40)) { offset, n in
            let day = start.adding(days: offset)
            let due = calendar.adding(workingDays: n, to: day)
            #expect(calendar.isWorkingDay(due))
            #expect(due >= day)
            if n > 0 {
                #expect(calendar.workingDays(from: day, to: due) == n)
                if calendar.isWorkingDay(day) { #expect(calendar.adding(workingDays: -n, to: due) == day) }
            }
            // Counting day by day gives the same answer as the week-at-a-time count.
            let end = day.adding(days: n * 2)
            let slow = (1...max(1, n * 2)).filter { n > 0 && calendar.isWorkingDay(day.adding(days: $0)) }.count
            #expect(calendar.workingDays(from: day, to: end) == slow)
        }
    }
}
