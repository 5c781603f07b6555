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
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            console.error(language == .th ? "ไม่พบหรืออ่านไฟล์ \(signature.file) ไม่ได้" : "Cannot read \(signature.file).")
            throw ExitCode(2)
        }
        let file: KohaPatronFile
        do {
            file = try KohaPatronFile(bytes: Array(data), encodingLabel: signature.encoding)
        } catch {
            console.error(error.message(language))
            throw ExitCode(1)
        }
        console.print("\(signature.file): \(file.records.count) rows, encoding \(file.encoding.name(language))")
        let started = Date()
        let report = try await MemberImporter.run(
            file, options: .init(dryRun: signature.dryRun, skipInvalid: signature.skipInvalid, mapping: mapping), on: app.db,
            progress: { done, total in console.print("  written \(done) / \(total)") })
        for rejection in report.rejected {
            for message in rejection.problems.messages(language) {
                console.warning("line \(rejection.record.line): \(message)")
            }
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let counts = "new \(report.created), updated \(report.updated), unchanged \(report.unchanged), invalid \(report.rejected.count)"
        if report.dryRun {
            console.print("Dry run — nothing written. Would import: \(counts).")
        } else if report.refused {
            console.error("Nothing imported: \(report.rejected.count) invalid row(s) listed above. Correct them, or use --skip-invalid.")
            throw ExitCode(1)
        } else {
            if !report.rejected.isEmpty {
                let path = signature.rejectFile ?? signature.file + ".rejects.csv"
                try file.rejectCSV(report.rejected.map(\.record)).write(toFile: path, atomically: true, encoding: .utf8)
                console.warning("\(report.rejected.count) invalid row(s) skipped and written to \(path).")
            }
            console.success("Imported in \(seconds) s: \(counts).")
        }
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
