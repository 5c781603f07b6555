import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// *Admin → Holidays* in Thai and English from fixture models (no app, no database): a year with
/// built-in and kept days, a year with none and its coverage warning, the add form refused with
/// what was typed, and an import refused row by row.
@Suite struct HolidayPageSnapshotTests {
    static func kept(_ iso: String, _ th: String, _ en: String, _ kind: HolidayKind, id: String) -> StoredHoliday {
        let row = StoredHoliday(Holiday(CivilDate(iso: iso)!, th: th, en: en, kind: kind), recordedBy: "สมหญิง ตั้งใจ")
        row.id = UUID(uuidString: id)
        return row
    }

    static let stored = [
        kept("2026-11-25", "ปิดห้องสมุดเพื่อย้ายชั้นหนังสือ", "Closed to move shelves", .closure, id: "00000000-0000-0000-0000-0000000000a1"),
        kept("2026-12-05", "วันพ่อแห่งชาติ", "H.M. King Bhumibol Adulyadej The Great's Birthday / Father's Day", .publicHoliday,
             id: "00000000-0000-0000-0000-0000000000a2"),
    ]

    static func chrome(_ language: Language) -> PageChrome {
        PageFixtures.chrome(language, title: "holidays_title", path: "/admin/holidays")
    }

    @Test(arguments: Language.allCases)
    func aYearWithBuiltInAndKeptDays(language: Language) {
        let page = HolidaysPage(chrome: Self.chrome(language), year: 2026, years: [2025, 2026, 2027],
                                builtIn: HolidayCalendar.thaiPublicHolidays.holidays(inYear: 2026).filter { $0.date.month >= 10 },
                                stored: Self.stored, warnings: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func anEmptyYearWithTheCoverageWarning(language: Language) {
        let page = HolidaysPage(chrome: Self.chrome(language), year: 2028, years: [2025, 2026, 2027, 2028], builtIn: [], stored: [],
                                warnings: [HolidayCoverage.warning(year: 2028, language)])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func theAddFormRefusedKeepsWhatWasTyped(language: Language) {
        let form = HolidaysPage.Form(date: "31/02/2570", nameTh: "วันหยุดพิเศษ <b>", nameEn: "", kind: "substitution")
        let page = HolidaysPage(chrome: Self.chrome(language), year: 2027, years: [2026, 2027], builtIn: [], stored: [], warnings: [],
                                form: form, addErrors: [DateEntryProblem.noSuchDay("31/02/2570").message(language),
                                                        PageFixtures.words(language)("holidays_error_name_en")])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func anImportRefusedRowByRow(language: Language) {
        let words = PageFixtures.words(language)
        let page = HolidaysPage(chrome: Self.chrome(language), year: 2028, years: [2027, 2028], builtIn: [], stored: [], warnings: [],
                                importErrors: [words("holidays_import_refused"),
                                               "\(words("holidays_line")) 3: \(DateEntryProblem.noSuchDay("31/02/2571").message(language))",
                                               "\(words("holidays_line")) 5: \(HolidayFile.RowProblem.badKind("festival").message(language))"])
        assertPageSnapshot(page, named: language.rawValue)
    }
}
