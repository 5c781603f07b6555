import PatronCore
import Vapor

/// The unclaimed-deposits page: filters, the list, totals and ageing.
struct UnclaimedReportContext: Encodable {
    struct Row: Encodable {
        let cardNumber: String
        let name: String
        let expired: String
        let deposits: Int
        let balance: String
        let claimBy: String
        let pastDeadline: Bool
    }

    struct Band: Encodable {
        let name: String
        let members: Int
        let total: String
    }

    let layout: LayoutContext
    let asOf: String
    let expiredFrom: String
    let expiredTo: String
    let rows: [Row]
    let memberCount: Int
    let total: String
    let totalLine: String
    let ageing: [Band]
    let csvHref: String

    init(_ request: Request, listing: UnclaimedListing, asOf: CivilDate, expiredFrom: CivilDate?, expiredTo: CivilDate?) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("report_unclaimed_title"))
        self.asOf = asOf.iso
        self.expiredFrom = expiredFrom?.iso ?? ""
        self.expiredTo = expiredTo?.iso ?? ""
        rows = listing.lines.map {
            Row(cardNumber: $0.cardNumber, name: $0.name,
                expired: DateDisplay.short($0.membershipExpiry, language), deposits: $0.depositCount,
                balance: $0.balance.formatted(.plain), claimBy: DateDisplay.short($0.lastClaimDay, language), pastDeadline: $0.pastDeadline)
        }
        memberCount = listing.report.memberCount
        total = listing.report.total.formatted(.plain)
        totalLine = listing.report.totalLine(language)
        ageing = listing.report.ageing.map { Band(name: $0.band.name(language), members: $0.members, total: $0.total.formatted(.plain)) }
        csvHref = SiteRoute.unclaimedReport(.init(["asOf": asOf.iso, "format": "csv", "expiredFrom": expiredFrom?.iso,
                                                    "expiredTo": expiredTo?.iso])).href
    }
}

/// Money held, refunded and forfeited over a period, refunds per month.
struct DepositTotalsContext: Encodable {
    struct Month: Encodable {
        let name: String
        let count: Int
        let total: String
    }

    let layout: LayoutContext
    let from: String
    let to: String
    let received: String
    let refunded: String
    let forfeited: String
    let corrections: String
    let heldAtEnd: String
    let refundsPerMonth: [Month]
    let csvHref: String

    init(_ request: Request, from: CivilDate, to: CivilDate, totals: LedgerTotals, heldAtEnd: Satang, months: [RefundsPerMonth.Month]) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("report_deposits_title"))
        self.from = from.iso
        self.to = to.iso
        received = totals.received.formatted(.plain)
        refunded = totals.correctedRefunded.formatted(.plain)
        forfeited = totals.correctedForfeited.formatted(.plain)
        corrections = totals.corrections.formatted(.plain)
        self.heldAtEnd = heldAtEnd.formatted(.plain)
        refundsPerMonth = months.map { Month(name: DateDisplay.monthYear(year: $0.year, month: $0.month, language), count: $0.count,
                                             total: $0.total.formatted(.plain)) }
        csvHref = SiteRoute.depositsReport(.init(["from": from.iso, "to": to.iso, "format": "csv"])).href
    }
}

/// Indicators 5.1 and 5.2 as of a day, against a baseline day.
struct IndicatorsContext: Encodable {
    let layout: LayoutContext
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

    init(_ request: Request, indicators: UnclaimedIndicatorsResponse) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("indicators_title"))
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
}
