import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare complaints <command>`.
struct ComplaintCommands: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] = ["escalate": ComplaintsEscalateCommand()]
    var help: String { "Complaint jobs (escalate)." }
}

/// `patroncare complaints escalate [--as-of DATE]`: escalates overdue complaints and queues the
/// overdue and monthly-report reminders (idempotent: a second run the same day queues nothing).
struct ComplaintsEscalateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as-of", help: "Run as on this day (default: now, Bangkok)")
        var asOf: String?
    }

    var help: String { "Escalates overdue complaints and queues the overdue and report reminders." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var instant: Date?
        if let text = signature.asOf {
            guard let day = CivilDate(lenient: text) else {
                throw CommandFailure.usage("--as-of: “\(text)” is not a date (use YYYY-MM-DD or DD/MM/YYYY).")
            }
            // Midday of that day: escalation and overdue are decided by the day.
            instant = day == app.clock.today ? app.clock.now() : BangkokTime.instant(day: day, minuteOfDay: 12 * 60)
        }
        let summary = try await ComplaintJobs.runDaily(app: app, asOf: instant)
        context.console.print("\(summary.overdue) overdue item(s), \(summary.escalated) escalated, \(summary.messagesQueued) message(s) queued"
                              + (summary.reportReminder ? "; the monthly report is not marked sent" : ""))
    }
}

/// `patroncare report complaints --month YYYY-MM [--format text|csv] [--lang th|en]`: Complaint_01
/// and Complaint_02 (CSV: the listing, an empty line, then the summary).
struct ReportComplaintsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "month", help: "The month, YYYY-MM (B.E. years accepted); default the previous month")
        var month: String?

        @Option(name: "format", help: "text (default) or csv")
        var format: String?

        @Option(name: "lang", help: "th or en (default en)")
        var language: String?
    }

    var help: String { "The monthly complaint report: Complaint_01 (listing) and Complaint_02 (summary)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let language = try reportLanguage(signature.language, context)
        var month = ReportMonth.reportable(on: app.clock.today)
        if let text = signature.month {
            guard let parsed = ReportMonth(parsing: text) else {
                throw CommandFailure.usage("--month: “\(text)” is not a month (use YYYY-MM).")
            }
            month = parsed
        }
        let report = try await ComplaintCommandsSupport.store(app).monthlyReport(month)
        switch signature.format ?? "text" {
        case "text": context.console.output(report.text(language).consoleText())
        case "csv":
            try await AuditLog.record(.export, by: .commandLine("report complaints"), subject: "Complaint_01+02",
                                      details: "month=\(month) rows=\(report.rows.count)", at: app.clock.now(), on: app.db)
            context.console.output((report.listingCSV(language) + "\r\n" + report.summaryCSV(language, byteOrderMark: false)).consoleText())
        default:
            throw CommandFailure.usage("--format must be text or csv.")
        }
    }
}

/// `patroncare report quarter --quarter YYYY-Qn|FYyyyy-Qn [--format text|csv] [--lang th|en]`: the MT summary.
struct ReportQuarterCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "quarter", help: "2026-Q2 (calendar) or FY2569-Q3 (Thai fiscal year); default the previous calendar quarter")
        var quarter: String?

        @Option(name: "format", help: "text (default) or csv")
        var format: String?

        @Option(name: "lang", help: "th or en (default en)")
        var language: String?
    }

    var help: String { "The quarterly complaint summary for the MT committee (also when there were none)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let language = try reportLanguage(signature.language, context)
        var quarter = ReportQuarter.calendar(containing: app.clock.today).previous
        if let text = signature.quarter {
            guard let parsed = ReportQuarter(parsing: text) else {
                throw CommandFailure.usage("--quarter: “\(text)” is not a quarter (use 2026-Q2 or FY2569-Q3).")
            }
            quarter = parsed
        }
        let summary = try await ComplaintCommandsSupport.store(app).quarterlySummary(quarter)
        switch signature.format ?? "text" {
        case "text": context.console.output(summary.text(language).consoleText())
        case "csv":
            try await AuditLog.record(.export, by: .commandLine("report quarter"), subject: "complaints-quarterly",
                                      details: "quarter=\(quarter)", at: app.clock.now(), on: app.db)
            context.console.output(summary.csv(language).consoleText())
        default:
            throw CommandFailure.usage("--format must be text or csv.")
        }
    }
}

private func reportLanguage(_ text: String?, _ context: CommandContext) throws -> Language {
    guard let text else { return .en }
    guard let language = Language(rawValue: text) else {
        throw CommandFailure.usage("--lang must be th or en.")
    }
    return language
}

enum ComplaintCommandsSupport {
    static func store(_ app: Application) async throws -> FeedbackStore {
        FeedbackStore(db: app.db, settings: app.config.complaints, holidays: try await app.holidays(), staffLanguage: app.config.defaultLanguage)
    }
}
