import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare remind [--as-of DATE] [--dry-run] [--lang th|en]`: plans the day's reminders into the outbox.
struct RemindCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as-of", help: "The day to plan for (default: today, Bangkok)")
        var asOf: String?

        @Flag(name: "dry-run", help: "Print the plan (counts per policy and channel, and a sample); write nothing")
        var dryRun: Bool

        @Option(name: "lang", help: "th or en (default en)")
        var language: String?

        @Flag(name: "print-sql", help: "Print the SQL that selects the members who could be due, and stop")
        var printSQL: Bool
    }

    var help: String { "Plans renewal, refund and last-notice reminders: one outbox message per member, policy and cycle." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let language = signature.language.flatMap(Language.init(rawValue:)) ?? .en
        guard let asOf = signature.asOf.map({ CivilDate(lenient: $0) }) ?? app.clock.today else {
            throw CommandFailure.usage("--as-of: not a date (use YYYY-MM-DD or DD/MM/YYYY).")
        }
        if signature.printSQL {
            let run = ReminderRun(db: app.db, config: app.config)
            let windows = ReminderPlanner(policies: app.config.channels.policies, asOf: asOf).selectionWindows()
            context.console.output(run.selectionSQL(windows: windows).consoleText())
            return
        }
        let stopwatch = Stopwatch()
        let result = try await ReminderRun(db: app.db, config: app.config)
            .run(asOf: asOf, dryRun: signature.dryRun, now: app.clock.now()) { context.console.print("  \($0)") }
        context.console.print(result.summary.render(language, dryRun: signature.dryRun))
        let seconds = String(format: "%.2f", stopwatch.seconds)
        if signature.dryRun {
            context.console.print("Dry run — nothing written (\(seconds) s).")
        } else {
            context.console.success("Written \(result.written) new outbox message(s) of \(result.plan.messages.count) planned (\(seconds) s).")
        }
    }
}

/// `patroncare deliver [--limit N]`: sends what the outbox has due, then stops (for cron).
struct DeliverCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "limit", help: "Handle at most this many messages")
        var limit: Int?
    }

    var help: String { "Sends due outbox messages by e-mail, SMS and LINE, with retries and fallbacks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let deliverer = Deliverer(app: app)
        guard !deliverer.sendableChannels.isEmpty else {
            context.console.warning("No channel is configured (PATRONCARE_SMTP_HOST, PATRONCARE_SMS_URL, PATRONCARE_LINE_TOKEN): nothing to send.")
            return
        }
        let stopwatch = Stopwatch()
        let round = try await deliverer.deliver(limit: signature.limit ?? .max, now: { app.clock.now() }) { total in
            context.console.print("  handled \(total.claimed): sent \(total.sent), retry later \(total.retried), other channel \(total.fellBack), gave up \(total.dead)")
        }
        let seconds = stopwatch.seconds
        let rate = seconds > 0 ? Double(round.sent) / seconds : 0
        context.console.success(String(format: "Handled %d message(s) in %.2f s: sent %d (%.0f/s), retry later %d, other channel %d, gave up %d.",
                                       round.claimed, seconds, round.sent, rate, round.retried, round.fellBack, round.dead))
    }
}
