import Foundation
import Testing
@testable import PatronCore

@Suite struct HolidayCalendarTests {
    typealias F = DepositFixture

    @Test func parsesTheTextFormat() throws {
        let text = """
        # Songkran
        2026-04-13  วันสงกรานต์ | Songkran Festival

        2026-04-14\tวันสงกรานต์|Songkran Festival
        2026-01-01  วันขึ้นปีใหม่
        """
        let calendar = try HolidayCalendar.parse(text)
        #expect(calendar.holidays.count == 3)
        #expect(calendar.holidays.first == Holiday(F.day("2026-01-01"), th: "วันขึ้นปีใหม่", en: "วันขึ้นปีใหม่"))
        #expect(calendar.isHoliday(F.day("2026-04-14")))
        #expect(!calendar.isHoliday(F.day("2026-04-15")))
        #expect(calendar.holidays(on: F.day("2026-04-13")).first?.name(.en) == "Songkran Festival")
    }

    @Test func namesTheBadLine() {
        let text = "# header\n2026-04-13  วันสงกรานต์ | Songkran\n2026-13-01  วันผิด | Wrong\n"
        #expect(throws: HolidayCalendarParseError(line: 3, text: "2026-13-01  วันผิด | Wrong", reason: .badDate("2026-13-01"))) {
            try HolidayCalendar.parse(text)
        }
        do {
            _ = try HolidayCalendar.parse(text)
        } catch {
            #expect(error.message(.en).hasPrefix("Line 3: “2026-13-01” is not a valid date"))
            #expect(error.message(.th).hasPrefix("บรรทัด 3"))
        }
    }

    @Test func refusesLinesWithoutNamesOrRepeated() {
        #expect((try? HolidayCalendar.parse("2026-04-13")) == nil)
        #expect(throws: HolidayCalendarParseError(line: 1, text: "2026-04-13   | Songkran", reason: .missingName)) {
            try HolidayCalendar.parse("2026-04-13   | Songkran")
        }
        #expect(throws: HolidayCalendarParseError(line: 1, text: "2026-04-13 สงกรานต์ |", reason: .missingEnglishName)) {
            try HolidayCalendar.parse("2026-04-13 สงกรานต์ |")
        }
        #expect(throws: HolidayCalendarParseError(line: 2, text: "2026-04-13 ก | A", reason: .duplicate)) {
            try HolidayCalendar.parse("2026-04-13 ก | A\n2026-04-13 ก | A")
        }
        #expect(throws: HolidayCalendarParseError(line: 1, text: "13/04/2026 ก | A", reason: .badDate("13/04/2026"))) {
            try HolidayCalendar.parse("13/04/2026 ก | A")
        }
    }

    @Test func serialisesAndReadsBack() throws {
        let calendar = HolidayCalendar.thaiPublicHolidays
        let text = calendar.serialized(header: "Thai public holidays")
        #expect(text.hasPrefix("# Thai public holidays\n2025-01-01  วันขึ้นปีใหม่ | New Year's Day\n"))
        #expect(try HolidayCalendar.parse(text) == calendar)
        let json = try JSONEncoder().encode(calendar)
        #expect(try JSONDecoder().decode(HolidayCalendar.self, from: json) == calendar)
    }

    @Test func defaultHasTheFixedHolidaysEveryYear() {
        let calendar = HolidayCalendar.thaiPublicHolidays
        for year in 2025...2027 {
            for (month, day) in [(1, 1), (4, 6), (4, 13), (4, 14), (4, 15), (5, 1), (5, 4), (6, 3), (7, 28), (8, 12),
                                 (10, 13), (10, 23), (12, 5), (12, 10), (12, 31)] {
                let date = CivilDate(year: year, month: month, day: day)!
                #expect(calendar.isHoliday(date), "\(date) should be a holiday")
            }
            let names = calendar.holidays(inYear: year).map(\.nameEn)
            for lunar in ["Makha Bucha Day", "Visakha Bucha Day", "Asanha Bucha Day", "Buddhist Lent Day"] {
                #expect(names.contains(lunar), "\(year) lacks \(lunar)")
            }
        }
        #expect(calendar.isHoliday(F.day("2025-04-16"))) // Songkran substitution
        #expect(calendar.isHoliday(F.day("2026-06-01"))) // Visakha Bucha substitution
        #expect(!calendar.isHoliday(F.day("2026-04-16")))
    }

    @Test func substitutionDaysFollowAWeekendHoliday() {
        let calendar = HolidayCalendar.thaiPublicHolidays
        let substitutions = calendar.holidays.filter { $0.nameEn.hasPrefix("Substitution") }
        #expect(substitutions.count >= 8)
        for s in substitutions {
            #expect(s.date.isoWeekday <= 5, "\(s.date) is a weekend")
            // A weekend holiday lies within the three days before it.
            let before = (1...3).map { s.date.adding(days: -$0) }
            #expect(before.contains { calendar.isHoliday($0) && $0.isoWeekday >= 6 }, "\(s.date) substitutes nothing")
        }
    }

    @Test func merging() {
        let extra = HolidayCalendar([Holiday(F.day("2026-01-02"), th: "วันหยุดพิเศษ", en: "Special holiday")])
        let merged = HolidayCalendar.thaiPublicHolidays.merging(extra).merging(extra)
        #expect(merged.holidays.count == HolidayCalendar.thaiPublicHolidays.holidays.count + 1)
        #expect(merged.isHoliday(F.day("2026-01-02")))
    }
}
