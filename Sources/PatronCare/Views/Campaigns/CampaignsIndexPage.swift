import PatronCore

/// Deposits → Campaigns: the order form (again with its errors after a refusal) and the campaigns run so far.
struct CampaignsIndexPage: Page {
    struct Row {
        let href: String
        let asOf: String
        let claimBy: String
        let members: Int
        let baht: String
        let notices: Int
        let extended: Int
        let createdBy: String
    }

    struct ChannelOption {
        let value: String
        let label: String
        let checked: Bool
    }

    let chrome: PageChrome
    let form: CampaignForm
    let channels: [ChannelOption]
    let errors: [String]
    let campaigns: [Row]

    /// `campaigns`: the latest first.
    init(chrome: PageChrome, form: CampaignForm, errors: [String], campaigns: [Campaign]) {
        let language = chrome.language
        self.chrome = chrome
        self.form = form
        let chosen = Set(form.channels ?? [])
        channels = ContactChannel.allCases.map { ChannelOption(value: $0.rawValue, label: $0.name(language), checked: chosen.contains($0.rawValue)) }
        self.errors = errors
        self.campaigns = campaigns.map { campaign in
            Row(href: SiteRoute.href(campaign.id) { .campaign($0) }, asOf: DateDisplay.short(campaign.asOfDay, language),
                claimBy: DateDisplay.short(campaign.claimByDay, language), members: campaign.notifiedMembers,
                baht: Satang(campaign.notifiedSatang).formatted(.plain), notices: campaign.notices, extended: campaign.extendedDeposits,
                createdBy: campaign.createdBy)
        }
    }

    var content: HTML {
        let t = chrome.words
        let channelBoxes = channels.map { channel -> HTML in
            "<label class=\"inline\"><input type=\"checkbox\" name=\"channels[]\" value=\"\(channel.value)\"\(" checked", if: channel.checked)> \(channel.label)</label> "
        }
        return """
        <h1>\(t("campaigns_title"))</h1>
        <p class="hint">\(t("campaigns_hint"))</p>
        \(errors.isEmpty ? nil : "<div class=\"error\" role=\"alert\">\(errors.map { error -> HTML in "<p>\(error)</p>" })</div>" as HTML)
        <section class="card">
          <h2>\(t("campaigns_new"))</h2>
          \(DateField.assets(t))
          <form method="post" action="\(SiteRoute.campaignPreview.href)" class="form-grid" id="campaign-form">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("campaigns_as_of"))\(DateField.input("asOf", value: form.asOf, t, required: true))</label>
            <label>\(t("campaigns_claim_by"))\(DateField.input("claimBy", value: form.claimBy, t, required: true))<span class="hint">\(t("campaigns_claim_by_hint")) \(CampaignOrder.minimumNoticeDays)</span></label>
            <label>\(t("campaigns_expired_from"))\(DateField.input("expiredFrom", value: form.expiredFrom, t))</label>
            <label>\(t("campaigns_expired_to"))\(DateField.input("expiredTo", value: form.expiredTo, t))</label>
            <fieldset><legend>\(t("campaigns_channels"))</legend>
              \(channelBoxes)
            </fieldset>
            <div class="actions"><button type="submit">\(t("campaigns_dry_run"))</button></div>
          </form>
        </section>
        <section class="card">
          <h2>\(t("campaigns_past"))</h2>
          \(campaigns.isEmpty ? "<p class=\"empty\">\(t("campaigns_none"))</p>" : campaignTable)
        </section>
        """
    }

    private var campaignTable: HTML {
        let t = chrome.words
        return """
        <table class="list">
            <thead><tr><th>\(t("campaigns_as_of"))</th><th>\(t("campaigns_claim_by"))</th><th class="num">\(t("campaigns_members"))</th><th class="num">\(t("campaigns_baht"))</th><th class="num">\(t("campaigns_notices"))</th><th class="num">\(t("campaigns_extended"))</th><th>\(t("campaigns_by"))</th></tr></thead>
            <tbody>\(campaigns.map { row -> HTML in
              "<tr><td><a href=\"\(row.href)\">\(row.asOf)</a></td><td>\(row.claimBy)</td><td class=\"num\">\(row.members)</td><td class=\"num\">\(row.baht)</td><td class=\"num\">\(row.notices)</td><td class=\"num\">\(row.extended)</td><td>\(row.createdBy)</td></tr>"
            })</tbody>
          </table>
        """
    }
}
