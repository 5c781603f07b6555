import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare holidays <command>`: the holiday calendar an administrator keeps.
struct HolidayCommands: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] = ["import": HolidaysImportCommand(), "list": HolidaysListCommand()]
    var help: String { "The holiday calendar (import, list)." }
}

/// `patroncare holidays import FILE [--dry-run] [--lang th|en]`: the CSV `date,name_th,name_en,kind`
/// (as on *Admin → Holidays*). All or nothing: any bad row is listed and nothing is written (exit 1).
struct HolidaysImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "CSV with the header date,name_th,name_en,kind")
        var file: String

        @Flag(name: "dry-run", help: "Check every row and report; write nothing")
        var dryRun: Bool

        @Option(name: "lang", help: "Language of the messages: th or en (default en)")
        var language: String?
    }

    var help: String { "Imports holidays (the cabinet's announcement, substitution days, library closures): all rows or none." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let console = context.console
        let app = context.application
        let language = try holidayLanguage(signature.language)
        let io = ImportConsole(console: console, language: language)
        let file: HolidayFile
        do {
            file = try HolidayFile(bytes: try io.read(signature.file))
        } catch let problem as HolidayFile.FileProblem {
            try io.refuseFile("\(signature.file): \(problem.message(language))")
        }
        console.print("\(signature.file): \(file.rows.count + file.rejected.count) rows, encoding \(file.encoding.name(language))")
        let report = try await HolidayBook.importFile(file, dryRun: signature.dryRun, by: "patroncare holidays import", on: app.db)
        let line = language == .th ? "บรรทัด" : "line"
        for rejection in file.rejected {
            for problem in rejection.problems { console.warning("\(line) \(rejection.line): \(problem.message(language))") }
        }
        if report.refused {
            throw CommandFailure.refused(language == .th
                ? "ไม่ได้นำเข้า: มี \(file.rejected.count) แถวที่ไม่ถูกต้อง (แสดงไว้ข้างบน) แก้ไขแล้วนำเข้าใหม่"
                : "Nothing imported: \(file.rejected.count) invalid row(s) listed above. Correct them and import again.")
        }
        if report.dryRun {
            console.print(language == .th ? "ตรวจอย่างเดียว ไม่ได้บันทึก หากนำเข้าจะ: \(report.counts(language))"
                                          : "Dry run — nothing written. Would import: \(report.counts(language)).")
        } else {
            console.success(language == .th ? "นำเข้าแล้ว: \(report.counts(language))" : "Imported: \(report.counts(language)).")
        }
    }
}

/// `patroncare holidays list [--year YYYY] [--lang th|en]`: the calendar in force for a year
/// (built-in and kept days), one `YYYY-MM-DD  ชื่อไทย | English name` line each — the format of
/// `PATRONCARE_HOLIDAYS_FILE`.
struct HolidaysListCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "year", help: "The year, Gregorian or B.E. (default: this year)")
        var year: String?

        @Option(name: "lang", help: "Language of the messages: th or en (default en)")
        var language: String?
    }

    var help: String { "Lists a year's holidays as the working-day counts see them." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let language = try holidayLanguage(signature.language)
        var year = app.clock.today.year
        if let text = signature.year {
            guard let parsed = Int(text), parsed > 0 else { throw CommandFailure.usage("--year: “\(text)” is not a year.") }
            year = parsed > 2400 ? parsed - CivilDate.buddhistEraOffset : parsed
        }
        let calendar = try await app.holidays()
        let days = calendar.holidays(inYear: year)
        if days.isEmpty {
            context.console.warning(HolidayCoverage.warning(year: year, language))
            return
        }
        for holiday in days { context.console.print(holiday.description) }
    }
}

private func holidayLanguage(_ text: String?) throws -> Language {
    guard let text else { return .en }
    guard let language = Language(rawValue: text) else { throw CommandFailure.usage("--lang must be th or en.") }
    return language
}
