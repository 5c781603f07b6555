import Fluent
import PatronCore
import Vapor

/// Deposits → Campaigns, for heads: the unclaimed-deposit campaign's form, its dry run (members and
/// baht per expiry year and channel, who cannot be reached and why), the run, and what each campaign
/// brought back. Plus Reports → Reminders, the same measure per reminder policy (no names: committee may read it).
struct CampaignsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let campaigns = routes.grouped(RequirePermission(.runCampaigns))
        campaigns.get(.campaigns, use: index)
        campaigns.post(.campaignPreview, use: preview)
        campaigns.post(.campaigns, use: run)
        campaigns.get(.campaign, use: show)
        routes.grouped(RequirePermission(.viewReports)).get(.remindersReport, use: remindersReport)
    }

    @Sendable func index(req: Request) async throws -> CampaignsIndexPage {
        try await indexPage(req, form: .defaults(today: req.clock.today), errors: [])
    }

    @Sendable func preview(req: Request) async throws -> Response {
        let form = try req.content.decode(CampaignForm.self)
        let order: CampaignOrder
        switch form.order() {
        case .failure(let problem): return try await refuse(req, form: form, problem)
        case .success(let parsed): order = parsed
        }
        let preview = try await CampaignRun(db: req.db, config: req.config).preview(order)
        guard !preview.plan.selected.isEmpty else { return try await refuse(req, form: form, .nobodySelected) }
        let alreadyRun = try await Campaign.query(on: req.db).filter(\.$key == order.key).first() != nil
        return CampaignPreviewPage(chrome: req.pageChrome(title: req.t("campaigns_preview_title")), form: form, preview: preview,
                                   alreadyRun: alreadyRun).response()
    }

    @Sendable func run(req: Request) async throws -> Response {
        let form = try req.content.decode(CampaignForm.self)
        let order: CampaignOrder
        switch form.order() {
        case .failure(let problem): return try await refuse(req, form: form, problem)
        case .success(let parsed): order = parsed
        }
        do {
            let outcome = try await CampaignRun(db: req.db, config: req.config).run(order, by: try req.staffRef, now: req.clock.now())
            req.setNotice(outcome.preview.plan.summaryLine(req.language))
            return req.redirect(to: .campaign(try outcome.campaign.requireID()))
        } catch let problem as CampaignProblem {
            return try await refuse(req, form: form, problem)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("campaignID", as: UUID.self), let campaign = try await Campaign.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        let grouping = NoticeEffect.Grouping(rawValue: req.query[String.self, at: "by"] ?? "month") ?? .month
        let result = try await NoticeEffectQuery(db: req.db).load(.campaigns(id), grouping: grouping, language: req.language)
        let table = NoticeEffectTable(result: result, language: req.language, grouping: grouping)
        if req.query[String.self, at: "format"] == "csv" {
            return try await req.auditedCSV(table.csv, filename: "campaign-\(campaign.asOf).csv", report: "campaign", filters: ["campaign": campaign.id?.uuidString])
        }
        return CampaignReportPage(chrome: req.pageChrome(title: req.t("campaign_report_title")), campaign: campaign, table: table).response()
    }

    @Sendable func remindersReport(req: Request) async throws -> Response {
        let today = req.clock.today
        let from = try req.queryDay(req.query[String.self, at: "from"]) ?? today.adding(months: -6)
        let to = try req.queryDay(req.query[String.self, at: "to"]) ?? today
        guard from <= to else { throw Abort(.badRequest, reason: req.t("error_report_range")) }
        let grouping = NoticeEffect.Grouping(rawValue: req.query[String.self, at: "by"] ?? "month") ?? .month
        let result = try await NoticeEffectQuery(db: req.db).load(.reminders(from: from, to: to), grouping: grouping, language: req.language)
        let table = NoticeEffectTable(result: result, language: req.language, grouping: grouping)
        if req.query[String.self, at: "format"] == "csv" {
            return try await req.auditedCSV(table.csv, filename: "reminders-\(from.iso)-\(to.iso).csv", report: "reminders", filters: ["from": from.iso, "to": to.iso])
        }
        return RemindersReportPage(chrome: req.pageChrome(title: req.t("reminders_report_title")), from: from, to: to, table: table).response()
    }

    private func refuse(_ req: Request, form: CampaignForm, _ problem: CampaignProblem) async throws -> Response {
        try await indexPage(req, form: form, errors: [problem.message(req.language)]).response(status: .unprocessableEntity)
    }

    /// The form (as posted, after a refusal) and the latest 100 campaigns.
    private func indexPage(_ req: Request, form: CampaignForm, errors: [String]) async throws -> CampaignsIndexPage {
        let campaigns = try await Campaign.query(on: req.db).sort(\.$createdAt, .descending).range(..<100).all()
        return CampaignsIndexPage(chrome: req.pageChrome(title: req.t("campaigns_title")), form: form, errors: errors, campaigns: campaigns)
    }
}

/// The campaign form as posted (also carried by the preview page's run button).
struct CampaignForm: Content {
    var asOf: String
    var claimBy: String
    var expiredFrom: String?
    var expiredTo: String?
    var channels: [String]?

    static func defaults(today: CivilDate) -> CampaignForm {
        CampaignForm(asOf: today.iso, claimBy: today.adding(days: 90).iso, expiredFrom: nil, expiredTo: nil,
                     channels: CampaignOrder.defaultChannels.map(\.rawValue))
    }

    func order() -> Result<CampaignOrder, CampaignProblem> {
        func day(_ text: String?, _ name: String, required: Bool) -> Result<CivilDate?, CampaignProblem> {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return required ? .failure(.missingOption(name)) : .success(nil) }
            guard let day = CivilDate(lenient: trimmed) else { return .failure(.notADate(option: name, text: trimmed)) }
            return .success(day)
        }
        do throws(CampaignProblem) {
            guard let asOf = try day(asOf, "as-of", required: true).get(), let claimBy = try day(claimBy, "claim-by", required: true).get() else {
                return .failure(.missingOption("as-of"))
            }
            let channels = try CampaignOrder.channels(from: (self.channels ?? []).joined(separator: ",")).get()
            let order = CampaignOrder(asOf: asOf, claimBy: claimBy, expiredFrom: try day(expiredFrom, "expired-from", required: false).get(),
                                      expiredTo: try day(expiredTo, "expired-to", required: false).get(), channels: channels)
            if let problem = order.validate().first { return .failure(problem) }
            return .success(order)
        } catch {
            return .failure(error)
        }
    }
}
