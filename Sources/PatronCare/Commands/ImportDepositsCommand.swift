import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare import deposits FILE [--dry-run] [--skip-invalid] [--reject-file PATH] [--encoding E] [--lang th|en]`
struct ImportDepositsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "CSV: cardnumber, amount (baht), received (date), receipt; optional refunded, refund_amount")
        var file: String

        @Flag(name: "dry-run", help: "Check every row and report; write nothing")
        var dryRun: Bool

        @Flag(name: "skip-invalid", help: "Import the good rows and write the bad ones to the reject file")
        var skipInvalid: Bool

        @Option(name: "reject-file", help: "Where --skip-invalid writes the bad rows (default: FILE.rejects.csv)")
        var rejectFile: String?

        @Option(name: "encoding", help: "utf-8 or windows-874 (TIS-620); detected when omitted")
        var encoding: String?

        @Option(name: "lang", help: "Language of the messages: th or en (default en)")
        var language: String?
    }

    var help: String { "Imports earlier deposit records into the ledger: all rows or none (or --skip-invalid); re-importing changes nothing." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let console = context.console
        let app = context.application
        let language = signature.language.flatMap(Language.init(rawValue:)) ?? .en
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            console.error(language == .th ? "อ่านไฟล์ \(signature.file) ไม่ได้" : "Cannot read \(signature.file).")
            throw ExitCode(2)
        }
        let file: DepositHistoryFile
        do {
            file = try DepositHistoryFile(bytes: Array(data), encodingLabel: signature.encoding)
        } catch {
            console.error(error.message(language))
            throw ExitCode(1)
        }
        console.print("\(signature.file): \(file.rows.count + file.rejected.count) rows, encoding \(file.encoding.name(language))")
        let importer = DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy)
        let report = try await importer.run(file, options: .init(dryRun: signature.dryRun, skipInvalid: signature.skipInvalid),
                                            at: app.clock.now(), progress: { done, total in console.print("  written \(done) / \(total)") })
        for rejection in report.rejected {
            for problem in rejection.problems { console.warning("line \(rejection.line): \(problem.message(language))") }
        }
        let counts = "new \(report.created), unchanged \(report.unchanged), invalid \(report.rejected.count)"
        if report.dryRun {
            console.print("Dry run — nothing written. Would import: \(counts).")
        } else if report.refused {
            console.error("Nothing imported: \(report.rejected.count) invalid row(s) listed above. Correct them, or use --skip-invalid.")
            throw ExitCode(1)
        } else {
            if !report.rejected.isEmpty {
                let path = signature.rejectFile ?? signature.file + ".rejects.csv"
                try file.rejectCSV(report.rejected.map(\.fields)).write(toFile: path, atomically: true, encoding: .utf8)
                console.warning("\(report.rejected.count) invalid row(s) skipped and written to \(path).")
            }
            console.success("Imported: \(counts).")
        }
    }
}
