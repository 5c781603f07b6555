import Foundation
import PatronCore

/// One campaign and what it brought back, per channel and month (or week). Counts only, no names.
struct CampaignReportPage: Page {
    let chrome: PageChrome
    let asOf: String
    let claimBy: String
    let summary: String
    let selectedMembers: Int
    let selectedBaht: String
    let notices: Int
    let extendedDeposits: Int
    let createdBy: String
    let effect: NoticeEffectView
    let csvHref: String
    let byWeekHref: String
    let byMonthHref: String

    init(chrome: PageChrome, campaign: Campaign, table: NoticeEffectTable) {
        let language = chrome.language
        self.chrome = chrome
        asOf = DateDisplay.long(campaign.asOfDay, language)
        claimBy = DateDisplay.long(campaign.claimByDay, language)
        summary = campaign.summary
        selectedMembers = campaign.selectedMembers
        selectedBaht = Satang(campaign.selectedSatang).formatted(.plain)
        notices = campaign.notices
        extendedDeposits = campaign.extendedDeposits
        createdBy = campaign.createdBy
        effect = NoticeEffectView(table)
        let id = campaign.id ?? UUID()
        csvHref = SiteRoute.campaign(id, .init(["format": "csv", "by": table.grouping.rawValue])).href
        byWeekHref = SiteRoute.campaign(id, .init(["by": "week"])).href
        byMonthHref = SiteRoute.campaign(id, .init(["by": "month"])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("campaign_report_title"))</h1>\(PrintButton.html(t))</div>
        <section class="card">
          <dl class="facts">
            <dt>\(t("campaigns_as_of"))</dt><dd>\(asOf)</dd>
            <dt>\(t("campaigns_claim_by"))</dt><dd>\(claimBy)</dd>
            <dt>\(t("campaigns_selected"))</dt><dd>\(selectedMembers) · \(selectedBaht) \(t("baht"))</dd>
            <dt>\(t("campaigns_notices"))</dt><dd>\(notices)</dd>
            <dt>\(t("campaigns_extended"))</dt><dd>\(extendedDeposits)</dd>
            <dt>\(t("campaigns_by"))</dt><dd>\(createdBy)</dd>
          </dl>
          <p class="total">\(summary)</p>
        </section>
        <section class="card">
          <h2>\(t("effect_title"))</h2>
          <p class="hint">\(t("effect_hint"))</p>
          <p><a href="\(byMonthHref)">\(t("effect_by_month"))</a> · <a href="\(byWeekHref)">\(t("effect_by_week"))</a> · <a href="\(csvHref)">CSV</a></p>
          \(effect.html(t))
        </section>
        <p><a href="\(SiteRoute.campaigns.href)">← \(t("campaigns_title"))</a></p>
        """
    }
}
