import PatronCore

/// Reports → Reminders: per policy and channel, against comparable members not (yet) reminded.
struct RemindersReportPage: Page {
    let chrome: PageChrome
    let from: String
    let to: String
    let grouping: NoticeEffect.Grouping
    let effect: NoticeEffectView
    let csvHref: String

    init(chrome: PageChrome, from: CivilDate, to: CivilDate, table: NoticeEffectTable) {
        self.chrome = chrome
        self.from = from.iso
        self.to = to.iso
        grouping = table.grouping
        effect = NoticeEffectView(table)
        csvHref = SiteRoute.remindersReport(.init(["from": from.iso, "to": to.iso, "by": table.grouping.rawValue, "format": "csv"])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("reminders_report_title"))</h1>\(PrintButton.html(t))</div>
        <p class="hint">\(t("effect_hint"))</p>
        \(DateField.assets(t))
        <form class="filters" method="get" action="\(SiteRoute.remindersReport().href)">
          <label>\(t("report_from"))\(DateField.input("from", value: from, t))</label>
          <label>\(t("report_to"))\(DateField.input("to", value: to, t))</label>
          <label>\(t("effect_by"))<select name="by"><option value="month"\(" selected", if: grouping == .month)>\(t("effect_by_month"))</option><option value="week"\(" selected", if: grouping == .week)>\(t("effect_by_week"))</option></select></label>
          <button type="submit">\(t("effect_show"))</button> · <a href="\(csvHref)">CSV</a>
        </form>
        <section class="card">
          \(effect.html(t))
        </section>
        """
    }
}
