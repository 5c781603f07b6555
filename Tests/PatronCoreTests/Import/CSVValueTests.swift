import Foundation
import Testing
@testable import PatronCore

/// The one rule for values in a CSV: the same text whatever the file's language.
@Suite struct CSVValueTests {
    @Test func daysMonthsTimesAndFlagsAreWrittenOneWay() {
        let day = CivilDate(year: 2026, month: 3, day: 5)!
        #expect(CSVValue.day(day) == "2026-03-05")
        #expect(CSVValue.day(nil as CivilDate?) == "")
        #expect(CSVValue.month(year: 2026, month: 3) == "2026-03")
        #expect(CSVValue.month(year: 987, month: 12) == "0987-12")
        #expect(CSVValue.month(ReportMonth(year: 2026, month: 11)!) == "2026-11")
        #expect(CSVValue.quarter(.calendar(containing: day)) == "2026-Q1")
        // 2026-11-23 01:00 UTC is 08:00 in Bangkok.
        #expect(CSVValue.instant(Date(timeIntervalSince1970: 1_795_395_600)) == "2026-11-23 08:00")
        #expect(CSVValue.flag(true) == "true" && CSVValue.flag(false) == "false")
    }

    @Test func theValuesSurviveTheWriterUnchanged() {
        let cells = [CSVValue.day(CivilDate(year: 2026, month: 11, day: 23)!), CSVValue.month(year: 2026, month: 11), CSVValue.flag(false)]
        #expect(CSVWriter.line(cells) == "2026-11-23,2026-11,false")
    }
}
