import Fluent
import PatronCore
import Vapor

/// `patroncare demo`: migrates and loads the demo staff and members into an empty database.
/// `patroncare demo --scale N [--seed S]`: a synthetic consortium of N members instead (see
/// `SyntheticConsortium`), for benchmarks; refuses a database that already holds staff or members.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "scale", help: "Generate this many synthetic members (with deposits and refunds over years) instead of the small demo set")
        var scale: Int?
        @Option(name: "seed", help: "Seed of the synthetic data (default 1); the same seed gives the same data")
        var seed: UInt64?
        @Option(name: "feedback", help: "With --scale: this many feedback items over five years (default: as many as members)")
        var feedback: Int?
    }

    var help: String { "Migrates the database and loads demo staff accounts and members (only into an empty database)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        guard let scale = signature.scale else {
            try await DemoData.loadIfEmpty(context.application)
            return
        }
        guard scale > 0 else { throw CommandFailure.usage("--scale needs a positive number of members, got \(scale).") }
        let feedback = signature.feedback ?? scale
        guard feedback >= 0 else { throw CommandFailure.usage("--feedback needs zero or more items, got \(feedback).") }
        try await Self.generate(context.application, scale: scale, feedback: feedback, seed: signature.seed ?? 1, console: context.console)
    }

    static func generate(_ app: Application, scale: Int, feedback: Int, seed: UInt64, console: any Console) async throws {
        let staff = try await StaffUser.query(on: app.db).count()
        let members = try await Member.query(on: app.db).count()
        guard staff == 0, members == 0 else {
            throw CommandFailure.refused("The database is not empty (\(staff) staff accounts, \(members) members): demo --scale only fills an empty database.")
        }
        for account in DemoData.staff {
            _ = try await StaffAccounts.create(username: account.username, displayName: account.name, role: account.role.rawValue,
                                               password: DemoData.password, environment: app.environment, on: app.db)
        }
        let started = ContinuousClock.now
        let writer = ConsortiumWriter(db: app.db, policy: app.config.depositPolicy, today: app.clock.today, now: app.clock.now(), seed: seed)
        let counts = try await writer.write(scale: scale) { counts in
            if counts.members % 100_000 == 0 || counts.members == scale {
                console.print("  \(counts.members) / \(scale) members, \(counts.deposits) deposits, \(counts.ledgerEntries) ledger entries, \(counts.outboxMessages) outbox messages")
            }
        }
        let store = try await ComplaintCommandsSupport.store(app)
        let history = FeedbackHistoryWriter(db: app.db, now: app.clock.now(), seed: seed, dueDates: try await store.dueDates(),
                                            followUp: app.config.complaints.followUp)
        let items = try await history.write(count: feedback) { counts in
            if counts.items % 100_000 == 0 || counts.items == feedback {
                console.print("  \(counts.items) / \(feedback) feedback items, \(counts.logEntries) log entries, \(counts.surveys) surveys")
            }
        }
        let seconds = (ContinuousClock.now - started).components
        console.success("Generated \(counts.members) members, \(counts.deposits) deposits, \(counts.ledgerEntries) ledger entries, \(counts.outboxMessages) outbox messages, \(items.items) feedback items with \(items.logEntries) log entries and \(items.surveys) follow-up surveys (\(items.answers) answered) (seed \(seed)) in \(seconds.seconds) s. Sign in as admin, counter, team, head or committee with the password “\(DemoData.password)”.")
    }
}
