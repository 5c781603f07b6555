import Testing
@testable import PatronCore

/// Dates as people type them into forms and read them back: their own calendar, never the browser's.
@Suite struct DateEntryTests {
    static let day = CivilDate(year: 2026, month: 11, day: 23)!

    @Test func showsTheReadersCalendar() {
        #expect(DateEntry.text(Self.day, .th) == "23/11/2569")
        #expect(DateEntry.text(Self.day, .en) == "23/11/2026")
        #expect(DateEntry.text(CivilDate(year: 2027, month: 1, day: 5)!, .th) == "05/01/2570")
        #expect(DateEntry.placeholder(.th) == "วว/ดด/ปปปป")
        #expect(DateEntry.placeholder(.en) == "dd/mm/yyyy")
    }

    @Test(arguments: [
        // Thai, as typed: Buddhist era, with or without leading zeros, Thai digits, spaces.
        "23/11/2569", "23/11/2569 ", "23 / 11 / 2569", "๒๓/๑๑/๒๕๖๙", "23-11-2569", "23.11.2569",
        // English: Gregorian.
        "23/11/2026",
        // ISO in both, and the B.E. year in ISO order.
        "2026-11-23", "2569-11-23",
    ])
    func readsEveryWayOfWritingTheDay(text: String) {
        #expect(DateEntry.parse(text) == .success(Self.day))
        #expect(CivilDate(lenient: text) == Self.day)
    }

    @Test func whatIsShownRoundTrips() {
        for language in Language.allCases {
            for offset in stride(from: -4000, through: 4000, by: 37) {
                let day = Self.day.adding(days: offset)
                #expect(DateEntry.parse(DateEntry.text(day, language)) == .success(day))
                #expect(DateEntry.shown(day.iso, language) == DateEntry.text(day, language))
            }
        }
    }

    @Test func aValueThatIsNotADayIsShownAsTyped() {
        #expect(DateEntry.shown("31/02/2569", .th) == "31/02/2569")
        #expect(DateEntry.shown("พรุ่งนี้", .en) == "พรุ่งนี้")
        #expect(DateEntry.shown("2026-11-23", .th) == "23/11/2569")
        #expect(DateEntry.shown("23/11/2569", .en) == "23/11/2026")
        #expect(DateEntry.shown(nil, .th) == "")
    }

    @Test func saysWhyADateIsRefused() {
        #expect(DateEntry.parse("") == .failure(.empty))
        #expect(DateEntry.parse("  ") == .failure(.empty))
        #expect(DateEntry.parse("tomorrow") == .failure(.notADate("tomorrow")))
        #expect(DateEntry.parse("11/2026") == .failure(.notADate("11/2026")))
        #expect(DateEntry.parse("23/11/26") == .failure(.notADate("23/11/26")))
        #expect(DateEntry.parse("123/11/2026") == .failure(.notADate("123/11/2026")))
        #expect(DateEntry.parse("31/02/2569") == .failure(.noSuchDay("31/02/2569")))
        #expect(DateEntry.parse("29/02/2568") == .failure(.noSuchDay("29/02/2568")))   // 2025 is not a leap year
        #expect(DateEntry.parse("29/02/2567") == .success(CivilDate(year: 2024, month: 2, day: 29)!))
        #expect(DateEntry.parse("23/13/2026") == .failure(.noSuchDay("23/13/2026")))
        #expect(DateEntryProblem.noSuchDay("31/02/2569").message(.th).contains("ไม่มีวันที่ “31/02/2569”"))
        #expect(DateEntryProblem.notADate("x").message(.th).contains("23/11/2569"))
        #expect(DateEntryProblem.notADate("x").message(.en).contains("23/11/2026"))
        #expect(DateEntryProblem.empty.message(.en).hasPrefix("Please enter a date"))
    }

    @Test func optionalFields() {
        #expect(DateEntry.parseOptional(nil) == .success(nil))
        #expect(DateEntry.parseOptional(" ") == .success(nil))
        #expect(DateEntry.parseOptional("23/11/2569") == .success(Self.day))
        #expect(DateEntry.parseOptional("32/11/2569") == .failure(.noSuchDay("32/11/2569")))
    }
}
