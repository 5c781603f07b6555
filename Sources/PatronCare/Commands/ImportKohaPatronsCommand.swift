import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare import koha-patrons FILE [--dry-run] [--skip-invalid] [--reject-file PATH] [--mapping JSON] [--encoding E] [--lang th|en]`
struct ImportKohaPatronsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A CSV exported from Koha's borrowers table")
        var file: String

        @Flag(name: "dry-run", help: "Check every row and report what would change; write nothing")
        var dryRun: Bool

        @Flag(name: "skip-invalid", help: "Import the good rows and write the bad ones to the reject file")
        var skipInvalid: Bool

        @Option(name: "reject-file", help: "Where --skip-invalid writes the bad rows (default: FILE.rejects.csv)")
        var rejectFile: String?

        @Option(name: "mapping", help: "JSON mapping of Koha category codes (default: KOHA_CATEGORY_MAP or the built-in one)")
        var mapping: String?

        @Option(name: "encoding", help: "utf-8 or windows-874 (TIS-620); detected when omitted")
        var encoding: String?

        @Option(name: "lang", help: "Language of the messages: th or en (default en)")
        var language: String?
    }

    var help: String { "Imports members from a Koha patron CSV: all rows or none (or --skip-invalid); re-importing changes nothing." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let console = context.console
        let app = context.application
        let language = signature.language.flatMap(Language.init(rawValue:)) ?? .en
        let mapping = try KohaMappingLoader.load(path: signature.mapping ?? app.config.kohaCategoryMappingPath, language: language)
        let io = ImportConsole(console: console, language: language)
        let file: KohaPatronFile
        do {
            file = try KohaPatronFile(bytes: try io.read(signature.file), encodingLabel: signature.encoding)
        } catch let problem as ImportFileProblem {
            try io.refuseFile(problem.message(language))
        }
        console.print("\(signature.file): \(file.records.count) rows, encoding \(file.encoding.name(language))")
        let stopwatch = Stopwatch()
        let report = try await MemberImporter.run(
            file, options: .init(dryRun: signature.dryRun, skipInvalid: signature.skipInvalid, mapping: mapping), at: app.clock.now(), on: app.db,
            progress: { done, total in console.print("  written \(done) / \(total)") })
        let seconds = String(format: "%.1f", stopwatch.seconds)
        if report.applied {
            try await AuditLog.record(.memberImport, by: .commandLine("import koha-patrons"), subject: signature.file,
                                      details: "rows=\(report.rows) new=\(report.created) updated=\(report.updated) invalid=\(report.rejected.count)",
                                      at: app.clock.now(), on: app.db)
        }
        try io.finish(
            dryRun: report.dryRun, refused: report.refused,
            rejected: report.rejected.map { ($0.record.line, $0.problems.messages(language)) },
            counts: "new \(report.created), updated \(report.updated), unchanged \(report.unchanged), invalid \(report.rejected.count) (\(seconds) s)",
            rejectFile: signature.rejectFile ?? signature.file + ".rejects.csv",
            rejectCSV: { file.rejectCSV(report.rejected.map(\.record)) })
    }
}

/// Reads the Koha category mapping file, or gives the built-in default.
enum KohaMappingLoader {
    static func load(path: String?, language: Language) throws -> KohaCategoryMapping {
        guard let path, !path.isEmpty else { return .default }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(language == .th ? "ไม่พบไฟล์การจับคู่ \(path)" : "Cannot read the category mapping file \(path).")
        }
        do {
            return try KohaCategoryMapping(json: data)
        } catch {
            throw ConfigError("\(path): \(error.message(language))")
        }
    }
}
