import PatronCore
import Vapor

/// The JSON body of `GET /api/v1/indicators/unclaimed`: money in satang (integers), days as ISO text.
struct UnclaimedIndicatorsResponse: Content {
    struct Indicator51: Content {
        let expiredMembersNotReclaimed: Int
        let baselineCount: Int
        let reduction: Int
        let reductionPercent: Double?
    }

    struct Indicator52: Content {
        let unclaimedPastDeadlineSatang: Int64
        let depositCount: Int
        let forfeitedSatang: Int64
        let usableSatang: Int64
    }

    let asOf: CivilDate
    let baseline: CivilDate
    let indicator51: Indicator51
    let indicator52: Indicator52

    init(_ histories: [DepositHistory], asOf: CivilDate, baseline: CivilDate) {
        self.asOf = asOf
        self.baseline = baseline
        let i51 = UnclaimedIndicators.indicator51(histories, baseline: baseline, asOf: asOf)
        let i52 = UnclaimedIndicators.indicator52(histories, asOf: asOf)
        indicator51 = Indicator51(expiredMembersNotReclaimed: i51.count, baselineCount: i51.baselineCount, reduction: i51.reduction,
                                  reductionPercent: i51.reductionPercent)
        indicator52 = Indicator52(unclaimedPastDeadlineSatang: i52.unclaimedPastDeadline.value, depositCount: i52.depositCount,
                                  forfeitedSatang: i52.forfeited.value, usableSatang: i52.usable.value)
    }
}

extension UnclaimedIndicatorsResponse {
    struct Query: Content {
        var asOf: String?
        var baseline: String?
    }

    /// As of `asOf` (default today), against `baseline` (default the configured project baseline, or a year earlier).
    static func compute(_ req: Request) async throws -> UnclaimedIndicatorsResponse {
        let query = try req.query.decode(Query.self)
        let asOf = try req.queryDay(query.asOf) ?? req.clock.today
        let baseline = try req.queryDay(query.baseline) ?? req.config.indicatorBaseline ?? asOf.adding(years: -1)
        return UnclaimedIndicatorsResponse(try await DepositBalances.read(asOf: [baseline, asOf], on: req.db).histories, asOf: asOf, baseline: baseline)
    }
}
