import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The Koha upload page and its result in Thai and English from fixture models (no app, no database).
@Suite struct ImportPageSnapshotTests {
    /// One good row, two that cannot be imported (an unknown category, a bad date), hostile text in a name.
    private static let csv = """
        cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry,email,mobile,zipcode
        G-001,ใจดี,สมหญิง,UG,2024-06-01,2028-05-31,somying@ku.th,0812345678,10900
        B-VIP,<b>มั่งมี</b> & "ลูก",ศรีสุดา,VIP,2024-06-01,2025-05-31,,,
        G-003,รุ่งเรือง,ประยุทธ,S,31/31/2567,2030-12-31,,0998887777,10140

        """

    private static func report(_ file: KohaPatronFile, dryRun: Bool, skipInvalid: Bool) -> MemberImporter.Report {
        var created = 0
        var rejected: [MemberImporter.Rejection] = []
        for record in file.records {
            switch record.draft(existing: nil) {
            case .success: created += 1
            case .failure(let problems): rejected.append(.init(record: record, problems: problems))
            }
        }
        let applied = !dryRun && (rejected.isEmpty || skipInvalid)
        return MemberImporter.Report(encoding: file.encoding, rows: file.records.count, created: created, updated: 0, unchanged: 0,
                                     rejected: rejected, applied: applied, dryRun: dryRun)
    }

    @Test(arguments: Language.allCases)
    func uploadPageWithTheMapping(language: Language) {
        let page = ImportFormPage(chrome: PageFixtures.chrome(language, title: "imports_title", role: .head, path: "/imports"),
                                  mapping: .default, error: nil)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func uploadPageRefusingAFile(language: Language) {
        let page = ImportFormPage(chrome: PageFixtures.chrome(language, title: "imports_title", role: .admin, path: "/imports"),
                                  mapping: .default, error: "ไฟล์ <koha.csv> ไม่ใช่ CSV & \"UTF-8\"")
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// Invalid rows stop the import: every problem by line, and the rejects to download.
    @Test(arguments: Language.allCases)
    func resultRefused(language: Language) throws {
        let file = try KohaPatronFile(text: Self.csv)
        let page = ImportResultPage(chrome: PageFixtures.chrome(language, title: "imports_result_title", role: .head, path: "/imports"),
                                    filename: "koha <2569>.csv", file: file, report: Self.report(file, dryRun: false, skipInvalid: false))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func resultAppliedSkippingInvalidRows(language: Language) throws {
        let file = try KohaPatronFile(text: Self.csv)
        let page = ImportResultPage(chrome: PageFixtures.chrome(language, title: "imports_result_title", role: .head, path: "/imports"),
                                    filename: "koha.csv", file: file, report: Self.report(file, dryRun: false, skipInvalid: true))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func resultOfACleanDryRun(language: Language) throws {
        let file = try KohaPatronFile(text: String(Self.csv.split(separator: "\n").prefix(2).joined(separator: "\n")) + "\n")
        let page = ImportResultPage(chrome: PageFixtures.chrome(language, title: "imports_result_title", role: .head, path: "/imports"),
                                    filename: "koha.csv", file: file, report: Self.report(file, dryRun: true, skipInvalid: false))
        assertPageSnapshot(page, named: language.rawValue)
    }
}
