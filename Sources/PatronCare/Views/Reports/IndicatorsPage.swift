import Foundation
import PatronCore

/// Indicators 5.1 and 5.2 as of a day, against a baseline day, with the link to the same as JSON.
struct IndicatorsPage: Page {
    let chrome: PageChrome
    let asOf: String
    let baseline: String
    let apiHref: String
    let asOfDisplay: String
    let baselineDisplay: String
    let count51: Int
    let baselineCount51: Int
    let reduction51: Int
    let reductionPercent51: String
    let unclaimedPastDeadline52: String
    let depositCount52: Int
    let forfeited52: String
    let usable52: String

    init(chrome: PageChrome, indicators: UnclaimedIndicatorsResponse) {
        let language = chrome.language
        self.chrome = chrome
        asOf = indicators.asOf.iso
        baseline = indicators.baseline.iso
        apiHref = SiteRoute.apiIndicatorsUnclaimed(.init(["asOf": indicators.asOf.iso, "baseline": indicators.baseline.iso])).href
        asOfDisplay = DateDisplay.short(indicators.asOf, language)
        baselineDisplay = DateDisplay.short(indicators.baseline, language)
        count51 = indicators.indicator51.expiredMembersNotReclaimed
        baselineCount51 = indicators.indicator51.baselineCount
        reduction51 = indicators.indicator51.reduction
        reductionPercent51 = indicators.indicator51.reductionPercent.map { String(format: "%.1f", $0) } ?? "–"
        unclaimedPastDeadline52 = Satang(indicators.indicator52.unclaimedPastDeadlineSatang).formatted(.plain)
        depositCount52 = indicators.indicator52.depositCount
        forfeited52 = Satang(indicators.indicator52.forfeitedSatang).formatted(.plain)
        usable52 = Satang(indicators.indicator52.usableSatang).formatted(.plain)
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("indicators_title"))</h1>\(PrintButton.html(t))</div>
        \(ReportTab.indicators.tabs(t))
        \(DateField.assets(t))
        <form class="filters" method="get" action="\(SiteRoute.indicators().href)">
          <label>\(t("report_as_of"))\(DateField.input("asOf", value: asOf, t))</label>
          <label>\(t("indicators_baseline"))\(DateField.input("baseline", value: baseline, t))</label>
          <button type="submit">\(t("filter_apply"))</button>
        </form>
        <section class="card">
          <h2>5.1 \(t("indicator_51"))</h2>
          <section class="stats">
            <div class="stat"><span class="n">\(baselineCount51)</span>\(t("indicators_at_baseline")) \(baselineDisplay)</div>
            <div class="stat"><span class="n">\(count51)</span>\(t("indicators_at")) \(asOfDisplay)</div>
            <div class="stat"><span class="n">\(reduction51)</span>\(t("indicators_reduction")) (\(reductionPercent51)%)</div>
          </section>
        </section>
        <section class="card">
          <h2>5.2 \(t("indicator_52"))</h2>
          <section class="stats">
            <div class="stat"><span class="n">\(unclaimedPastDeadline52)</span>\(t("indicators_past_deadline")) (\(depositCount52))</div>
            <div class="stat"><span class="n">\(forfeited52)</span>\(t("indicators_forfeited"))</div>
            <div class="stat"><span class="n">\(usable52)</span>\(t("indicators_usable"))</div>
          </section>
        </section>
        <p class="hint">JSON: <a href="\(apiHref)">\(SiteRoute.apiIndicatorsUnclaimed().path)</a></p>
        """
    }
}
