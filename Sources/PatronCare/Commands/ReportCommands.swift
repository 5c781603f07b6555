import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare report <kind>`: the reports for the terminal and for cron.
struct ReportCommands: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] = [
        "unclaimed": ReportUnclaimedCommand(),
        "complaints": ReportComplaintsCommand(),
        "quarter": ReportQuarterCommand(),
        "campaign": ReportCampaignCommand(),
        "reminders": ReportRemindersCommand(),
    ]
    var help: String { "Prints reports (unclaimed, complaints, quarter, campaign, reminders)." }
}

/// `patroncare report unclaimed [--expired-from DATE] [--expired-to DATE] [--as-of DATE] [--format text|csv] [--lang th|en]`
/// The text ends with the line giving the member count and the total in baht.
struct ReportUnclaimedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "expired-from", help: "Only members whose membership expired on or after this day")
        var expiredFrom: String?

        @Option(name: "expired-to", help: "Only members whose membership expired on or before this day")
        var expiredTo: String?

        @Option(name: "as-of", help: "Balances at the end of this day (default: today, Bangkok)")
        var asOf: String?

        @Option(name: "format", help: "text (default) or csv")
        var format: String?

        @Option(name: "lang", help: "th or en (default en)")
        var language: String?
    }

    var help: String { "Expired members who have not reclaimed their deposit, with the count and total." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let language = signature.language.flatMap(Language.init(rawValue:)) ?? .en
        func day(_ text: String?, _ option: String) throws -> CivilDate? {
            guard let text else { return nil }
            guard let day = CivilDate(lenient: text) else {
                throw CommandFailure.usage("--\(option): “\(text)” is not a date (use YYYY-MM-DD or DD/MM/YYYY).")
            }
            return day
        }
        let asOf = try day(signature.asOf, "as-of") ?? app.clock.today
        let from = try day(signature.expiredFrom, "expired-from")
        let to = try day(signature.expiredTo, "expired-to")
        let listing = try await UnclaimedListing.read(asOf: asOf, expiredFrom: from, expiredTo: to, mask: .serverOperator, on: app.db)
        switch signature.format ?? "text" {
        case "csv":
            try await AuditLog.record(.export, by: .commandLine("report unclaimed"), subject: "unclaimed-deposits",
                                      details: AuditLog.details(["asOf": asOf.iso, "expiredFrom": from?.iso, "expiredTo": to?.iso,
                                                                 "rows": String(listing.lines.count)]),
                                      at: app.clock.now(), on: app.db)
            context.console.output(listing.csv(language).consoleText())
        case "text": context.console.output(listing.text(language, expiredFrom: from, expiredTo: to).consoleText())
        default:
            throw CommandFailure.usage("--format must be text or csv.")
        }
    }
}
