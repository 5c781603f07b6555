import PatronCore

/// The dry run of a campaign: nothing written yet; who is selected per expiry year and channel, who
/// cannot be reached and why; the run button posts the same order.
struct CampaignPreviewPage: Page {
    struct Year {
        let year: String
        let members: Int
        let baht: String
        let reachable: Int
    }

    struct Channel {
        let name: String
        let notices: Int
        let baht: String
    }

    struct Unreachable {
        let cardNumber: String
        let name: String
        let baht: String
        let reasons: String
        let href: String
    }

    let chrome: PageChrome
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

    init(chrome: PageChrome, form: CampaignForm, preview: CampaignRun.Preview, alreadyRun: Bool) {
        let language = chrome.language
        let plan = preview.plan
        self.chrome = chrome
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

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("campaigns_preview_title"))</h1>\(PrintButton.html(t))</div>
        <p class="hint">\(t("campaigns_preview_hint"))</p>
        <section class="card">
          <dl class="facts">
            <dt>\(t("campaigns_as_of"))</dt><dd>\(asOf)</dd>
            <dt>\(t("campaigns_claim_by"))</dt><dd>\(claimBy)</dd>
            <dt>\(t("campaigns_selected"))</dt><dd>\(selectedMembers) · \(selectedBaht) \(t("baht"))</dd>
            <dt>\(t("campaigns_extended"))</dt><dd>\(extendedDeposits)</dd>
          </dl>
          <p class="total" id="campaign-summary">\(summary)</p>
        </section>
        <section class="card">
          <h2>\(t("campaigns_by_year"))</h2>
          <table class="list" id="campaign-years">
            <thead><tr><th>\(t("campaigns_expiry_year"))</th><th class="num">\(t("campaigns_members"))</th><th class="num">\(t("campaigns_baht"))</th><th class="num">\(t("campaigns_reachable"))</th></tr></thead>
            <tbody>\(years.map { year -> HTML in
              "<tr><td>\(year.year)</td><td class=\"num\">\(year.members)</td><td class=\"num\">\(year.baht)</td><td class=\"num\">\(year.reachable)</td></tr>"
            })</tbody>
          </table>
          <h2>\(t("campaigns_by_channel"))</h2>
          <table class="list" id="campaign-channels">
            <thead><tr><th>\(t("contact_channel"))</th><th class="num">\(t("campaigns_notices"))</th><th class="num">\(t("campaigns_baht"))</th></tr></thead>
            <tbody>\(channels.map { channel -> HTML in
              "<tr><td>\(channel.name)</td><td class=\"num\">\(channel.notices)</td><td class=\"num\">\(channel.baht)</td></tr>"
            })</tbody>
          </table>
        </section>
        <section class="card">
          <h2>\(t("campaigns_unreachable")) (\(unreachable.count))</h2>
          \(unreachable.isEmpty ? "<p class=\"empty\">\(t("campaigns_unreachable_none"))</p>" : unreachableTable)
        </section>
        \(alreadyRun ? "<p class=\"error\">\(t("campaigns_already_run"))</p>" : runForm)
        <p><a href="\(SiteRoute.campaigns.href)">← \(t("campaigns_title"))</a></p>
        """
    }

    private var unreachableTable: HTML {
        let t = chrome.words
        return """
        <table class="list" id="campaign-unreachable">
            <thead><tr><th>\(t("member_card"))</th><th>\(t("member_name"))</th><th class="num">\(t("campaigns_baht"))</th><th>\(t("campaigns_reason"))</th></tr></thead>
            <tbody>\(unreachable.map { member -> HTML in
              "<tr><td><a href=\"\(member.href)\">\(member.cardNumber)</a></td><td>\(member.name)</td><td class=\"num\">\(member.baht)</td><td>\(member.reasons)</td></tr>"
            })</tbody>
          </table>
        """
    }

    /// The same order posted again, this time to run it.
    private var runForm: HTML {
        let t = chrome.words
        return """
        <form method="post" action="\(SiteRoute.campaigns.href)" id="campaign-run">
          <input type="hidden" name="_csrf" value="\(chrome.csrf)">
          <input type="hidden" name="asOf" value="\(form.asOf)">
          <input type="hidden" name="claimBy" value="\(form.claimBy)">
          <input type="hidden" name="expiredFrom" value="\(form.expiredFrom)">
          <input type="hidden" name="expiredTo" value="\(form.expiredTo)">
          \((form.channels ?? []).map { channel -> HTML in "<input type=\"hidden\" name=\"channels[]\" value=\"\(channel)\">" })
          <button type="submit">\(t("campaigns_run"))</button>
        </form>
        """
    }
}
