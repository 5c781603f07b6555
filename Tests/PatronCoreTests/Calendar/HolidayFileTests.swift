import Testing
@testable import PatronCore

/// The holiday CSV an administrator imports: every row read, every bad row listed with its reasons.
@Suite struct HolidayFileTests {
    static func file(_ text: String) throws -> HolidayFile { try HolidayFile(bytes: Array(text.utf8)) }

    @Test func readsAGoodFileInEitherCalendar() throws {
        let file = try Self.file("""
        date,name_th,name_en,kind
        2027-01-01,วันขึ้นปีใหม่,New Year's Day,public
        13/04/2570,วันสงกรานต์,Songkran Festival,
        2027-05-03,วันหยุดชดเชยวันแรงงานแห่งชาติ,Substitution for National Labour Day,
        2027-08-02,ปิดห้องสมุดเพื่อตรวจนับหนังสือ,Closed for stock-taking,closure
        2027-08-03,ปิดห้องสมุดเพื่อตรวจนับหนังสือ,Closed for stock-taking,วันปิดห้องสมุด

        """)
        #expect(file.rejected.isEmpty)
        #expect(file.rows.map(\.line) == [2, 3, 4, 5, 6])
        #expect(file.holidays[1].date == CivilDate(year: 2027, month: 4, day: 13))
        #expect(file.holidays.map(\.kind) == [.publicHoliday, .publicHoliday, .substitution, .closure, .closure])
        #expect(file.holidays[0].name(.en) == "New Year's Day")
    }

    @Test func theColumnsMayComeInAnyOrderAndKindMayBeLeftOut() throws {
        let file = try Self.file("NAME_EN,Date,name_th\r\nNew Year's Day,2027-01-01,วันขึ้นปีใหม่\r\n")
        #expect(file.holidays == [Holiday(CivilDate(year: 2027, month: 1, day: 1)!, th: "วันขึ้นปีใหม่", en: "New Year's Day")])
    }

    @Test func listsEveryBadRowWithItsReasons() throws {
        let file = try Self.file("""
        date,name_th,name_en,kind
        2027-01-01,วันขึ้นปีใหม่,New Year's Day,public
        31/02/2570,วันผิด,Wrong day,public
        tomorrow,,Nameless,
        2027-01-01,วันขึ้นปีใหม่,New Year again,public
        2027-04-06,วันจักรี,Chakri Day,festival
        2027-04-07,วันจักรี
        """)
        #expect(file.rows.count == 1)
        #expect(file.rejected.map(\.line) == [3, 4, 5, 6, 7])
        #expect(file.rejected[0].problems == [.date(.noSuchDay("31/02/2570"))])
        #expect(file.rejected[1].problems == [.date(.notADate("tomorrow")), .missing(.nameTh)])
        #expect(file.rejected[2].problems == [.duplicate(firstLine: 2)])
        #expect(file.rejected[3].problems == [.badKind("festival")])
        #expect(file.rejected[4].problems == [.fieldCount(found: 2, expected: 4)])
        #expect(HolidayFile.RowProblem.badKind("festival").message(.th).contains("วันหยุดชดเชย"))
        #expect(HolidayFile.RowProblem.duplicate(firstLine: 2).message(.en) == "The same day and name as line 2.")
    }

    @Test func refusesAFileItCannotRead() {
        #expect(throws: HolidayFile.FileProblem.missingColumn(.nameEn)) { try Self.file("date,name_th\n2027-01-01,วันขึ้นปีใหม่\n") }
        #expect(throws: HolidayFile.FileProblem.unknownColumn("holiday", position: 2)) { try Self.file("date,holiday\n") }
        #expect(throws: HolidayFile.FileProblem.duplicateColumn("Date")) { try Self.file("date,Date,name_th,name_en\n") }
        #expect(throws: HolidayFile.FileProblem.file(.noRecords)) { try Self.file("date,name_th,name_en,kind\n\n") }
        #expect(throws: HolidayFile.FileProblem.file(.empty)) { try HolidayFile(bytes: []) }
        #expect(HolidayFile.FileProblem.missingColumn(.nameEn).message(.en).contains("name_en"))
    }

    @Test func readsThaiWindows874() throws {
        // "date,name_th,name_en\n2027-01-01,วันขึ้นปีใหม่,New Year\n" as Excel saves it in Thai Windows.
        var bytes = Array("date,name_th,name_en\n2027-01-01,".utf8)
        bytes += [0xC7, 0xD1, 0xB9, 0xA2, 0xD6, 0xE9, 0xB9, 0xBB, 0xD5, 0xE3, 0xCB, 0xC1, 0xE8] // วันขึ้นปีใหม่
        bytes += Array(",New Year\n".utf8)
        let file = try HolidayFile(bytes: bytes)
        #expect(file.encoding == .windows874)
        #expect(file.holidays.first?.nameTh == "วันขึ้นปีใหม่")
    }
}

@Suite struct HolidayKindAndCoverageTests {
    @Test func kindsHaveNamesAndLabels() {
        #expect(HolidayKind(label: "Substitution") == .substitution)
        #expect(HolidayKind(label: " วันหยุดราชการ ") == .publicHoliday)
        #expect(HolidayKind(label: "closure") == .closure)
        #expect(HolidayKind(label: "x") == nil)
        #expect(HolidayKind.closure.name(.th) == "วันปิดห้องสมุด")
        for kind in HolidayKind.allCases { #expect(HolidayKind(label: kind.rawValue) == kind) }
        for kind in HolidayKind.allCases { #expect(HolidayKind(label: kind.name(.th)) == kind) }
    }

    @Test func theBuiltInListKnowsItsSubstitutionDays() {
        let builtIn = HolidayCalendar.thaiPublicHolidays
        let substitutions = builtIn.holidays.filter { $0.kind == .substitution }
        #expect(!substitutions.isEmpty)
        #expect(substitutions.allSatisfy { $0.nameEn.hasPrefix("Substitution") })
        #expect(builtIn.holidays.filter { $0.nameEn.hasPrefix("Substitution") }.count == substitutions.count)
        #expect(builtIn.years == [2025, 2026, 2027])
    }

    @Test func mergingKeepsOneEntryPerDayAndName() {
        let day = CivilDate(year: 2026, month: 1, day: 1)!
        let stored = HolidayCalendar([Holiday(day, th: "วันขึ้นปีใหม่", en: "New Year", kind: .closure)])
        let merged = HolidayCalendar.thaiPublicHolidays.merging(stored)
        #expect(merged.holidays(on: day).count == 1)
        #expect(merged.holidays.count == HolidayCalendar.thaiPublicHolidays.holidays.count)
    }

    @Test func theTextFormatKeepsTheKind() throws {
        let closure = Holiday(CivilDate(year: 2027, month: 8, day: 2)!, th: "ปิดห้องสมุด", en: "Library closed", kind: .closure)
        let substitution = Holiday(CivilDate(year: 2027, month: 5, day: 3)!, th: "วันหยุดชดเชยวันแรงงาน", en: "Substitution for Labour Day")
        #expect(closure.description == "2027-08-02  ปิดห้องสมุด | Library closed [closure]")
        #expect(substitution.description == "2027-05-03  วันหยุดชดเชยวันแรงงาน | Substitution for Labour Day", "the name says it")
        let calendar = HolidayCalendar([closure, substitution])
        #expect(try HolidayCalendar.parse(calendar.serialized()) == calendar)
        #expect(try HolidayCalendar.parse("2027-08-03  ปิดห้องสมุด [closure]").holidays.first
                == Holiday(CivilDate(year: 2027, month: 8, day: 3)!, th: "ปิดห้องสมุด", en: "ปิดห้องสมุด", kind: .closure))
        #expect(try HolidayCalendar.parse("2027-08-03  วันพิเศษ | Day [festival]").holidays.first?.nameEn == "Day [festival]",
                "an unknown tag is part of the name")
    }

    @Test func warnsFromOctoberWhenNextYearIsEmpty() {
        let builtIn = HolidayCalendar.thaiPublicHolidays  // 2025–2027
        #expect(HolidayCoverage.missingNextYear(in: builtIn, today: CivilDate(year: 2027, month: 9, day: 30)!) == nil)
        #expect(HolidayCoverage.missingNextYear(in: builtIn, today: CivilDate(year: 2027, month: 10, day: 1)!) == 2028)
        #expect(HolidayCoverage.missingNextYear(in: builtIn, today: CivilDate(year: 2026, month: 10, day: 1)!) == nil)
        let with2028 = builtIn.merging(HolidayCalendar([Holiday(CivilDate(year: 2028, month: 1, day: 1)!, th: "วันขึ้นปีใหม่", en: "New Year's Day")]))
        #expect(HolidayCoverage.missingNextYear(in: with2028, today: CivilDate(year: 2027, month: 12, day: 31)!) == nil)
        #expect(HolidayCoverage.missingYears(in: builtIn, today: CivilDate(year: 2029, month: 3, day: 1)!) == [2029])
        #expect(HolidayCoverage.missingYears(in: builtIn, today: CivilDate(year: 2028, month: 11, day: 1)!) == [2028, 2029])
        #expect(HolidayCoverage.warning(year: 2028, .th).contains("2571"))
        #expect(HolidayCoverage.warning(year: 2028, .en).contains("2028"))
    }
}
