import Foundation
import Testing
@testable import PatronCore

@Suite struct BangkokTimeTests {
    typealias F = DepositFixture

    @Test func instantToLocalDayAndMinute() {
        // 2026-01-04 17:30 UTC is 00:30 on 5 January in Bangkok.
        let instant = F.bangkok("2026-01-05T00:30:00")
        let local = BangkokTime(instant)
        #expect(local.day == F.day("2026-01-05"))
        #expect(local.minuteOfDay == 30)
        #expect(local.clock == "00:30")
        #expect(BangkokTime.day(of: Date(timeIntervalSince1970: 1_767_545_999)) == F.day("2026-01-04")) // 23:59:59 +07
        #expect(BangkokTime.day(of: Date(timeIntervalSince1970: 1_767_546_000)) == F.day("2026-01-05")) // 00:00 +07
    }

    @Test func localToInstantAndBack() {
        let t = BangkokTime(day: F.day("2026-10-01"), hour: 8, minute: 0)!
        #expect(t.instant == F.bangkok("2026-10-01T08:00:00"))
        #expect(BangkokTime(t.instant) == t)
        #expect(BangkokTime.startOfDay(F.day("1969-12-31")) == Date(timeIntervalSince1970: -86_400 - 7 * 3600))
        #expect(BangkokTime(Date(timeIntervalSince1970: -1)).day == F.day("1970-01-01")) // 06:59:59 +07
    }

    @Test func refusesImpossibleClock() {
        #expect(BangkokTime(day: F.day("2026-01-01"), hour: 24, minute: 0) == nil)
        #expect(BangkokTime(day: F.day("2026-01-01"), hour: 7, minute: 60) == nil)
    }

    @Test func codesAsText() throws {
        let t = BangkokTime(day: F.day("2026-01-05"), minuteOfDay: 8 * 60 + 5)
        let data = try JSONEncoder().encode([t])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-01-05 08:05"]"#)
        #expect(try JSONDecoder().decode([BangkokTime].self, from: data) == [t])
    }
}

@Suite struct FiscalYearTests {
    typealias F = DepositFixture

    @Test func boundaryBetweenFiscalYears() {
        #expect(FiscalYear(containing: F.day("2026-09-30")).buddhistYear == 2569)
        #expect(FiscalYear(containing: F.day("2026-10-01")).buddhistYear == 2570)
        #expect(FiscalYear(containing: F.day("2026-12-31")).buddhistYear == 2570)
        #expect(FiscalYear(containing: F.day("2027-01-01")).buddhistYear == 2570)
        #expect(FiscalYear(containing: F.day("2027-09-30")).buddhistYear == 2570)
    }

    @Test func firstAndLastDays() {
        let fy = FiscalYear(buddhistYear: 2570)
        #expect(fy.firstDay == F.day("2026-10-01"))
        #expect(fy.lastDay == F.day("2027-09-30"))
        #expect(fy.gregorianEndYear == 2027)
        #expect(fy.contains(F.day("2026-10-01")) && !fy.contains(F.day("2026-09-30")))
        #expect(fy.next.firstDay == fy.lastDay.adding(days: 1))
        #expect(fy.name(.th) == "ปีงบประมาณ 2570")
        #expect(fy.name(.en) == "Fiscal year 2570 (1 Oct 2026 – 30 Sep 2027)")
    }

    @Test func quarters() {
        #expect(FiscalQuarter(containing: F.day("2026-10-01")).quarter == 1)
        #expect(FiscalQuarter(containing: F.day("2026-12-31")).quarter == 1)
        #expect(FiscalQuarter(containing: F.day("2027-01-01")).quarter == 2)
        #expect(FiscalQuarter(containing: F.day("2027-04-01")).quarter == 3)
        #expect(FiscalQuarter(containing: F.day("2027-09-30")).quarter == 4)
        #expect(FiscalQuarter(containing: F.day("2027-09-30")).fiscalYear.buddhistYear == 2570)
        let q = FiscalYear(buddhistYear: 2570).quarters
        #expect(q.map(\.firstDay) == ["2026-10-01", "2027-01-01", "2027-04-01", "2027-07-01"].map(F.day))
        #expect(q.map(\.lastDay) == ["2026-12-31", "2027-03-31", "2027-06-30", "2027-09-30"].map(F.day))
        #expect(q[3].next == FiscalQuarter(fiscalYear: FiscalYear(buddhistYear: 2571), quarter: 1))
        #expect(FiscalQuarter(fiscalYear: FiscalYear(buddhistYear: 2570), quarter: 5) == nil)
        #expect(q[0].description == "2570/Q1")
    }
}
