import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare campaign <kind>`: one-off mailings.
struct CampaignCommands: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] = ["unclaimed": CampaignUnclaimedCommand()]
    var help: String { "Runs campaigns (unclaimed)." }
}

/// `patroncare campaign unclaimed --as-of DATE --claim-by DATE [--expired-from DATE] [--expired-to DATE]
/// [--channels postcard,email,sms,line] [--dry-run] [--lang th|en] --as USERNAME`
///
/// The seed's backlog mailing: every expired member still holding a deposit, any age. The last
/// line reads `768 members, 919,000.00 baht notified (postcard 768, e-mail 614)`. Bad input gets
/// one clear message, exit status 2 (1 for a refusal such as a campaign already queued), nothing written.
struct CampaignUnclaimedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as-of", help: "The campaign day (default: today, Bangkok)")
        var asOf: String?

        @Option(name: "claim-by", help: "The new claim deadline, at least 30 days after --as-of")
        var claimBy: String?

        @Option(name: "expired-from", help: "Only members whose membership expired on or after this day")
        var expiredFrom: String?

        @Option(name: "expired-to", help: "Only members whose membership expired on or before this day")
        var expiredTo: String?

        @Option(name: "channels", help: "Comma-separated, in order: postcard,email,sms,line (default postcard,email)")
        var channels: String?

        @Flag(name: "dry-run", help: "Show members and baht per expiry year and channel, and who cannot be reached; write nothing")
        var dryRun: Bool

        @Option(name: "as", help: "The head running the campaign")
        var username: String?

        @Option(name: "lang", help: "th or en (default en)")
        var language: String?

        @Flag(name: "print-sql", help: "Print the SQL that selects the members, and stop")
        var printSQL: Bool
    }

    var help: String { "The unclaimed-deposit campaign: a notice per member and channel, claim deadlines extended to --claim-by." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        let language = signature.language.flatMap(Language.init(rawValue:)) ?? .en
        func refuse(_ problem: CampaignProblem, _ status: CommandFailure.Status = .refused) throws -> Never {
            throw CommandFailure(status: status, message: problem.message(language))
        }
        func day(_ text: String?, _ option: String) throws -> CivilDate? {
            guard let text else { return nil }
            guard let day = CivilDate(lenient: text) else { try refuse(.notADate(option: option, text: text), .usage) }
            return day
        }
        let asOf = try day(signature.asOf, "as-of") ?? app.clock.today
        guard let claimBy = try day(signature.claimBy, "claim-by") else { try refuse(.missingOption("claim-by"), .usage) }
        var channels = CampaignOrder.defaultChannels
        if let text = signature.channels {
            switch CampaignOrder.channels(from: text) {
            case .failure(let problem): try refuse(problem)
            case .success(let list): channels = list
            }
        }
        let order = CampaignOrder(asOf: asOf, claimBy: claimBy, expiredFrom: try day(signature.expiredFrom, "expired-from"),
                                  expiredTo: try day(signature.expiredTo, "expired-to"), channels: channels)
        let run = CampaignRun(db: app.db, config: app.config)
        if signature.printSQL {
            console.output(run.selectionSQL(order).consoleText())
            return
        }
        if let problem = order.validate().first { try refuse(problem) }
        // Who runs it is checked before anything is read or written, dry run included.
        guard let username = signature.username,
              let staff = try await StaffUser.query(on: app.db).filter(\.$username == username.lowercased()).first(), staff.active else {
            try refuse(.unknownUser(signature.username ?? ""))
        }
        guard staff.role.can(.runCampaigns) else { try refuse(.notAHead(staff.username)) }
        let stopwatch = Stopwatch()
        if signature.dryRun {
            let preview = try await run.preview(order)
            guard !preview.plan.selected.isEmpty else { try refuse(.nobodySelected) }
            console.print(CampaignText.dryRun(preview, language: language))
            console.print(String(format: "Dry run — nothing written (%.2f s).", stopwatch.seconds))
            console.print(preview.plan.summaryLine(language))
            return
        }
        do {
            let outcome = try await run.run(order, by: StaffRef(id: staff.username, name: staff.displayName), now: app.clock.now()) {
                console.print("  \($0)")
            }
            console.print("  " + outcome.timings.map { String(format: "%@ %.2f s", $0.phase, $0.seconds) }.joined(separator: ", "))
            console.print(String(format: "Campaign %@: %d notices queued, %d claim deadlines extended to %@ (%.2f s).",
                                 try outcome.campaign.requireID().uuidString, outcome.queued, outcome.extended, claimBy.iso,
                                 stopwatch.seconds))
            console.print(outcome.preview.plan.summaryLine(language))
        } catch let problem as CampaignProblem {
            try refuse(problem)
        }
    }
}

/// The dry run as text: per expiry year, per channel, then the members who cannot be reached.
enum CampaignText {
    static func dryRun(_ preview: CampaignRun.Preview, language: Language) -> String {
        let plan = preview.plan
        let th = language == .th
        var lines: [String] = []
        lines.append(th ? "ปีที่หมดอายุ  สมาชิก  เงินประกัน (บาท)  แจ้งได้" : "Expiry year  members  baht  reachable")
        for row in plan.byYear {
            let year = th ? row.year + 543 : row.year
            lines.append("\(year)  \(row.members)  \(row.total.formatted(.plain))  \(row.notifiedMembers)")
        }
        lines.append(th ? "ช่องทาง  ฉบับ  เงินประกัน (บาท)" : "Channel  notices  baht")
        for row in plan.byChannel {
            lines.append("\(row.channel.shortName(language))  \(row.notices)  \(row.total.formatted(.plain))")
        }
        lines.append(th ? "ติดต่อไม่ได้ \(plan.unreachable.count) ราย" : "Cannot be reached: \(plan.unreachable.count) members")
        for member in plan.unreachable {
            let name = preview.members[member.memberID]?.draft.displayName ?? ""
            let reasons = plan.order.channels.compactMap { channel in
                member.reasons[channel].map { "\(channel.shortName(language)): \($0.name(language))" }
            }.joined(separator: "; ")
            lines.append("  \(member.cardNumber)  \(name)  \(member.balance.formatted(.plain))  \(reasons)")
        }
        return lines.joined(separator: "\n")
    }
}
