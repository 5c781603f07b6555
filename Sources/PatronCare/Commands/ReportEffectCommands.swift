import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare report campaign [ID] [--by week|month] [--format text|csv] [--lang th|en]`:
/// what one campaign (or every campaign) brought back.
struct ReportCampaignCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "by", help: "week or month (default month)")
        var by: String?

        @Option(name: "format", help: "text (default) or csv")
        var format: String?

        @Option(name: "lang", help: "th or en (default en)")
        var language: String?
    }

    var help: String { "[ID] — members notified by a campaign (all campaigns without ID), refunded within 30/60/90 days, baht refunded, per channel." }

    /// ConsoleKit has no optional positional argument: what is left after the options is the campaign id.
    func run(using context: inout CommandContext) async throws {
        let signature = try Signature(from: &context.input)
        guard context.input.arguments.count <= 1 else { throw CommandError.unknownInput(context.input.arguments.joined(separator: " ")) }
        try await report(id: context.input.arguments.first, signature: signature, context: context)
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await report(id: nil, signature: signature, context: context)
    }

    private func report(id text: String?, signature: Signature, context: CommandContext) async throws {
        let app = context.application
        var id: UUID?
        if let text, !text.isEmpty {
            guard let parsed = UUID(uuidString: text), try await Campaign.find(parsed, on: app.db) != nil else {
                throw CommandFailure.refused("No campaign \(text).")
            }
            id = parsed
        }
        try await EffectReportOutput.print(.campaigns(id), by: signature.by, format: signature.format, language: signature.language, context: context)
    }
}

/// `patroncare report reminders --from DATE --to DATE [--by week|month] [--format text|csv] [--lang th|en]`.
struct ReportRemindersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "Notices sent on or after this day")
        var from: String?

        @Option(name: "to", help: "Notices sent on or before this day")
        var to: String?

        @Option(name: "by", help: "week or month (default month)")
        var by: String?

        @Option(name: "format", help: "text (default) or csv")
        var format: String?

        @Option(name: "lang", help: "th or en (default en)")
        var language: String?
    }

    var help: String { "Per reminder policy and channel: notified, refunded or renewed within 30/60/90 days, against members not reminded." }

    func run(using context: CommandContext, signature: Signature) async throws {
        func day(_ text: String?, _ option: String) throws -> CivilDate {
            guard let text else {
                throw CommandFailure.usage("Give --\(option) DATE.")
            }
            guard let day = CivilDate(lenient: text) else {
                throw CommandFailure.usage("--\(option): “\(text)” is not a date (use YYYY-MM-DD or DD/MM/YYYY).")
            }
            return day
        }
        let from = try day(signature.from, "from"), to = try day(signature.to, "to")
        guard from <= to else {
            throw CommandFailure.usage("--from (\(from.iso)) is after --to (\(to.iso)).")
        }
        try await EffectReportOutput.print(.reminders(from: from, to: to), by: signature.by, format: signature.format,
                                           language: signature.language, context: context)
    }
}

enum EffectReportOutput {
    static func print(_ scope: NoticeEffectQuery.Scope, by: String?, format: String?, language: String?, context: CommandContext) async throws {
        let language = language.flatMap(Language.init(rawValue:)) ?? .en
        guard let grouping = NoticeEffect.Grouping(rawValue: by ?? "month") else {
            throw CommandFailure.usage("--by must be week or month.")
        }
        guard ["text", "csv"].contains(format ?? "text") else {
            throw CommandFailure.usage("--format must be text or csv.")
        }
        let result = try await NoticeEffectQuery(db: context.application.db).load(scope, grouping: grouping, language: language)
        let table = NoticeEffectTable(result: result, language: language, grouping: grouping)
        context.console.output((format == "csv" ? table.csv : table.text).consoleText())
    }
}
