import Foundation
import Testing
@testable import PatronCore

@Suite struct CounterHoursTests {
    typealias F = DepositFixture
    let hours = CounterHours.default
    let holidays = HolidayCalendar.thaiPublicHolidays

    @Test(arguments: [
        ("2026-01-05T07:59:00", false), ("2026-01-05T08:00:00", true), ("2026-01-05T18:30:00", true),
        ("2026-01-05T18:30:59", true), ("2026-01-05T18:31:00", false), ("2026-01-09T12:00:00", true),
        ("2026-01-10T08:59:00", false), ("2026-01-10T09:00:00", true), ("2026-01-10T15:30:00", true),
        ("2026-01-10T15:31:00", false), ("2026-01-11T12:00:00", false), ("2026-04-13T10:00:00", false),
        ("2026-04-16T08:00:00", true),
    ])
    func openOrClosed(bangkok: String, open: Bool) {
        #expect(hours.isOpen(at: F.bangkok(bangkok), holidays: holidays) == open)
    }

    @Test func holidaysOnlyCloseWhenInTheCalendar() {
        #expect(hours.isOpen(at: F.bangkok("2026-04-13T10:00:00"), holidays: .empty))
    }

    @Test func nextOpening() throws {
        let afterMonday = try #require(hours.nextOpening(after: F.bangkok("2026-01-05T18:31:00"), holidays: holidays))
        #expect(afterMonday == BangkokTime(day: F.day("2026-01-06"), hour: 8, minute: 0))
        let afterFriday = try #require(hours.nextOpening(after: F.bangkok("2026-01-09T19:00:00"), holidays: holidays))
        #expect(afterFriday == BangkokTime(day: F.day("2026-01-10"), hour: 9, minute: 0))
        let earlyMorning = try #require(hours.nextOpening(after: F.bangkok("2026-01-05T07:00:00"), holidays: holidays))
        #expect(earlyMorning.instant == F.bangkok("2026-01-05T08:00:00"))
        // Saturday evening before Songkran 2026 (Mon–Wed 13–15 Apr): next opening Thursday.
        let songkran = try #require(hours.nextOpening(after: F.bangkok("2026-04-11T16:00:00"), holidays: holidays))
        #expect(songkran == BangkokTime(day: F.day("2026-04-16"), hour: 8, minute: 0))
        #expect(try CounterHours(parsing: "sun closed").nextOpening(after: F.bangkok("2026-01-05T07:00:00"), holidays: holidays) == nil)
    }

    @Test func parsesAndPrintsTheConfigString() throws {
        #expect(hours.configString == "mon-fri 08:00-18:30; sat 09:00-15:30")
        #expect(hours.summary(.en) == "Mon–Fri 08:00–18:30, Sat 09:00–15:30")
        #expect(hours.summary(.th) == "จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.")
        let custom = try CounterHours(parsing: "Mon,Wed 8:30-12:00, 13:00-16:30\nfri 09:00–12:00; sat closed")
        #expect(custom.windows.count == 5)
        #expect(custom.configString == "mon 08:30-12:00, 13:00-16:30; wed 08:30-12:00, 13:00-16:30; fri 09:00-12:00")
        #expect(try CounterHours(parsing: custom.configString) == custom)
        #expect(try CounterHours(parsing: hours.configString) == hours)
        #expect(!custom.isOpen(at: F.bangkok("2026-01-05T12:30:00"), holidays: .empty)) // lunch on Monday
    }

    @Test(arguments: [
        ("", CounterHoursParseError.Reason.empty),
        ("mon-fri", .missingHours),
        ("mon-fry 08:00-18:30", .unknownDay("fry")),
        ("fri-mon 08:00-18:30", .backwardsDayRange("fri-mon")),
        ("mon 8-18", .badTime("8-18")),
        ("mon 25:00-26:00", .badTime("25:00-26:00")),
        ("mon 18:30-08:00", .closesBeforeOpening("18:30-08:00")),
        ("mon-fri 08:00-18:30; fri 19:00-20:00", .dayListedTwice("fri")),
        ("mon 08:00-12:00, 11:00-13:00", .overlapping),
    ])
    func refusesBadConfig(text: String, reason: CounterHoursParseError.Reason) {
        do {
            _ = try CounterHours(parsing: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.reason == reason)
            #expect(!error.message(.th).isEmpty && !error.message(.en).isEmpty)
        }
    }

    @Test func parseErrorsExplain() {
        let error = CounterHoursParseError(entry: "mon-fry 08:00-18:30", reason: .unknownDay("fry"))
        #expect(error.message(.en) == "“mon-fry 08:00-18:30”: unknown day “fry”; use mon tue wed thu fri sat sun, e.g. mon-fri.")
    }

    @Test func codesAsTheConfigString() throws {
        let data = try JSONEncoder().encode([hours])
        #expect(String(decoding: data, as: UTF8.self) == #"["mon-fri 08:00-18:30; sat 09:00-15:30"]"#)
        #expect(try JSONDecoder().decode([CounterHours].self, from: data) == [hours])
    }
}
