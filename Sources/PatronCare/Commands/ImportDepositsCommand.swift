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
        let io = ImportConsole(console: console, language: language)
        let file: DepositHistoryFile
        do {
            file = try DepositHistoryFile(bytes: try io.read(signature.file), encodingLabel: signature.encoding)
        } catch let problem as DepositHistoryFile.FileProblem {
            try io.refuseFile(problem.message(language))
        }
        console.print("\(signature.file): \(file.rows.count + file.rejected.count) rows, encoding \(file.encoding.name(language))")
        let importer = DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy)
        let report = try await importer.run(file, options: .init(dryRun: signature.dryRun, skipInvalid: signature.skipInvalid),
                                            at: app.clock.now(), progress: { done, total in console.print("  written \(done) / \(total)") })
        try io.finish(
            dryRun: report.dryRun, refused: report.refused,
            rejected: report.rejected.map { rejection in (rejection.line, rejection.problems.map { $0.message(language) }) },
            counts: "new \(report.created), unchanged \(report.unchanged), invalid \(report.rejected.count)",
            rejectFile: signature.rejectFile ?? signature.file + ".rejects.csv",
            rejectCSV: { file.rejectCSV(report.rejected.map(\.fields)) })
    }
}
