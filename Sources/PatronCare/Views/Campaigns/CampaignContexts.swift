import Fluent
import PatronCore
import Vapor

/// Deposits → Campaigns: the order form and the campaigns run so far.
struct CampaignsIndexContext: Encodable {
    struct Row: Encodable {
        let href: String
        let asOf: String
        let claimBy: String
        let members: Int
        let baht: String
        let notices: Int
        let extended: Int
        let createdBy: String
    }

    struct ChannelOption: Encodable {
        let value: String
        let label: String
        let checked: Bool
    }

    let layout: LayoutContext
    let form: CampaignForm
    let channels: [ChannelOption]
    let errors: [String]
    let campaigns: [Row]
    let minimumNoticeDays: Int

    static func load(_ req: Request, form: CampaignForm, errors: [String]) async throws -> CampaignsIndexContext {
        let language = req.language
        let campaigns = try await Campaign.query(on: req.db).sort(\.$createdAt, .descending).range(..<100).all()
        let chosen = Set(form.channels ?? [])
        return CampaignsIndexContext(
            layout: LayoutContext(req, title: req.t("campaigns_title")), form: form,
            channels: ContactChannel.allCases.map { ChannelOption(value: $0.rawValue, label: $0.name(language), checked: chosen.contains($0.rawValue)) },
            errors: errors,
            campaigns: campaigns.map { c in
                Row(href: c.id.map { SiteRoute.campaign($0).href } ?? "", asOf: DateDisplay.short(c.asOfDay, language),
                    claimBy: DateDisplay.short(c.claimByDay, language), members: c.notifiedMembers,
                    baht: Satang(c.notifiedSatang).formatted(.plain), notices: c.notices, extended: c.extendedDeposits, createdBy: c.createdBy)
            },
            minimumNoticeDays: CampaignOrder.minimumNoticeDays)
    }
}

/// The dry run on the page: nothing written yet; the run button posts the same order.
struct CampaignPreviewContext: Encodable {
    struct Year: Encodable {
        let year: String
        let members: Int
        let baht: String
        let reachable: Int
    }

    struct Channel: Encodable {
        let name: String
        let notices: Int
        let baht: String
    }

    struct Unreachable: Encodable {
        let cardNumber: String
        let name: String
        let baht: String
        let reasons: String
        let href: String
    }

    let layout: LayoutContext
    let form: CampaignForm
    let asOf: String
    let claimBy: String
    let summary: String
    let selectedMembers: Int
    let selectedBaht: String
    let extendedDeposits: Int
    let years: [Year]
    let channels: [Channel]
    let unreachable: [Unreachable]
    let alreadyRun: Bool

    init(_ req: Request, form: CampaignForm, preview: CampaignRun.Preview, alreadyRun: Bool) {
        let language = req.language
        let plan = preview.plan
        layout = LayoutContext(req, title: req.t("campaigns_preview_title"))
        self.form = form
        asOf = DateDisplay.long(plan.order.asOf, language)
        claimBy = DateDisplay.long(plan.order.claimBy, language)
        summary = plan.summaryLine(language)
        selectedMembers = plan.selected.count
        selectedBaht = plan.selectedTotal.formatted(.plain)
        extendedDeposits = plan.extensions.count
        years = plan.byYear.map { Year(year: String(language == .th ? $0.year + 543 : $0.year), members: $0.members,
                                       baht: $0.total.formatted(.plain), reachable: $0.notifiedMembers) }
        channels = plan.byChannel.map { Channel(name: $0.channel.name(language), notices: $0.notices, baht: $0.total.formatted(.plain)) }
        unreachable = plan.unreachable.map { member in
            Unreachable(cardNumber: member.cardNumber, name: preview.members[member.memberID]?.draft.displayName ?? "",
                        baht: member.balance.formatted(.plain),
                        reasons: plan.order.channels.compactMap { c in member.reasons[c].map { "\(c.name(language)): \($0.name(language))" } }
                            .joined(separator: "; "),
                        href: SiteRoute.member(member.memberID).href)
        }
        self.alreadyRun = alreadyRun
    }
}

/// One campaign and what it brought back, per channel and month (or week). Counts only, no names.
struct CampaignReportContext: Encodable {
    let layout: LayoutContext
    let asOf: String
    let claimBy: String
    let summary: String
    let selectedMembers: Int
    let selectedBaht: String
    let notices: Int
    let extendedDeposits: Int
    let createdBy: String
    let report: EffectTableContext
    let csvHref: String
    let byWeekHref: String
    let byMonthHref: String

    init(_ req: Request, campaign: Campaign, table: NoticeEffectTable) {
        let language = req.language
        layout = LayoutContext(req, title: req.t("campaign_report_title"))
        asOf = DateDisplay.long(campaign.asOfDay, language)
        claimBy = DateDisplay.long(campaign.claimByDay, language)
        summary = campaign.summary
        selectedMembers = campaign.selectedMembers
        selectedBaht = Satang(campaign.selectedSatang).formatted(.plain)
        notices = campaign.notices
        extendedDeposits = campaign.extendedDeposits
        createdBy = campaign.createdBy
        report = EffectTableContext(table)
        let id = campaign.id ?? UUID()
        csvHref = SiteRoute.campaign(id, .init(["format": "csv", "by": table.grouping.rawValue])).href
        byWeekHref = SiteRoute.campaign(id, .init(["by": "week"])).href
        byMonthHref = SiteRoute.campaign(id, .init(["by": "month"])).href
    }
}

/// Reports → Reminders: per policy and channel, against comparable members not (yet) reminded.
struct RemindersReportContext: Encodable {
    let layout: LayoutContext
    let from: String
    let to: String
    let by: String
    let report: EffectTableContext
    let csvHref: String

    init(_ req: Request, from: CivilDate, to: CivilDate, table: NoticeEffectTable) {
        layout = LayoutContext(req, title: req.t("reminders_report_title"))
        self.from = from.iso
        self.to = to.iso
        by = table.grouping.rawValue
        report = EffectTableContext(table)
        csvHref = SiteRoute.remindersReport(.init(["from": from.iso, "to": to.iso, "by": table.grouping.rawValue, "format": "csv"])).href
    }
}

/// The effect table's header and cells as the templates draw them.
struct EffectTableContext: Encodable {
    let header: [String]
    let rows: [[String]]
    let comparisonHeader: [String]
    let comparisonRows: [[String]]
    let totals: [String]
    let queuedNotSent: Int

    init(_ table: NoticeEffectTable) {
        header = table.header
        rows = table.rows
        comparisonHeader = table.comparisonHeader
        comparisonRows = table.comparisonRows
        totals = table.result.report.totals.map { total in
            let back = zip(NoticeEffect.windows, total.cameBack).map { "\($0): \($1) (\(NoticeEffect.percent($1, of: total.members)))" }
                .joined(separator: " · ")
            return "\(table.sourceName(total.source)) — \(total.members) · \(back) · \(total.baht.formatted(.plain))"
        }
        queuedNotSent = table.result.queuedNotSent
    }
}
