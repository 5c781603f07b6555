import PropertyBased
import Testing
@testable import PatronCore

@Suite struct CivilDateTests {
    @Test func rejectsDaysThatDoNotExist() {
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func epochDayRoundTripsAndKnowsWeekdays() {
        let date = CivilDate(year: 2026, month: 11, day: 23)!
        #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(date.isoWeekday == 1, "23 Nov 2026 is a Monday")
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1)!.daysSinceEpoch == 11017)
    }

    @Test func dayArithmeticAgreesWithTheEpochCount() async {
        await propertyCheck(input: Gen.int(in: -200_000...200_000), Gen.int(in: -5_000...5_000)) { start, offset in
            let date = CivilDate(daysSinceEpoch: start)
            #expect(date.adding(days: offset).daysSinceEpoch == start + offset)
            #expect(date.days(until: date.adding(days: offset)) == offset)
            #expect(CivilDate(iso: date.iso) == date)
        }
    }

    @Test func addingMonthsClampsToTheLastDay() {
        #expect(CivilDate(year: 2026, month: 1, day: 31)!.adding(months: 1) == CivilDate(year: 2026, month: 2, day: 28))
        #expect(CivilDate(year: 2024, month: 2, day: 29)!.adding(years: 1) == CivilDate(year: 2025, month: 2, day: 28))
        #expect(CivilDate(year: 2026, month: 11, day: 23)!.adding(months: -12) == CivilDate(year: 2025, month: 11, day: 23))
    }

    @Test(arguments: [
        ("2026-11-23", CivilDate(year: 2026, month: 11, day: 23)),
        ("23/11/2026", CivilDate(year: 2026, month: 11, day: 23)),
        ("23/11/2569", CivilDate(year: 2026, month: 11, day: 23)),
        ("2569-11-23", CivilDate(year: 2026, month: 11, day: 23)),
        ("1/2/2545", CivilDate(year: 2002, month: 2, day: 1)),
        (" 22.01.2002 ", CivilDate(year: 2002, month: 1, day: 22)),
        ("29/02/2568", nil),
        ("2026-13-01", nil),
        ("23/11/26", nil),
        ("yesterday", nil),
        ("", nil),
    ])
    func lenientParsingReadsWhatStaffType(text: String, expected: CivilDate?) {
        #expect(CivilDate(lenient: text) == expected)
    }

    @Test func thaiDisplayUsesTheBuddhistEra() {
        let date = CivilDate(year: 2026, month: 11, day: 23)!
        #expect(DateDisplay.short(date, .th) == "23 พ.ย. 2569")
        #expect(DateDisplay.long(date, .th) == "23 พฤศจิกายน พ.ศ. 2569")
        #expect(DateDisplay.short(date, .en) == "23 Nov 2026")
        #expect(DateDisplay.monthYear(year: 2026, month: 1, .th) == "มกราคม 2569")
    }
}
