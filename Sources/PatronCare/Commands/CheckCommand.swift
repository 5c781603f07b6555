import Fluent
import Vapor

/// `patroncare check`: runs the integrity check (see `IntegrityCheck`), prints each problem, keeps
/// the result for the start page, and exits 1 when anything is wrong — for cron and for `restore`.
struct CheckCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Checks the ledger, receipt numbers, outbox and database triggers; exits 1 when something is wrong." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await Self.check(context.application, console: context.console)
    }

    /// Shared with `restore`, which checks what it restored.
    static func check(_ app: Application, console: any Console) async throws {
        let problems = try await IntegrityCheck(db: app.db, sendingTimeout: app.config.channels.sendingTimeout)
            .runAndRecord(now: app.clock.now())
        for problem in problems { console.warning(problem) }
        guard problems.isEmpty else {
            throw CommandFailure.refused("The integrity check found \(problems.count) problem(s), listed above.")
        }
        console.success("Integrity check passed: balances match the ledger, receipt numbers are complete, the outbox is moving, the triggers are in place.")
    }
}
