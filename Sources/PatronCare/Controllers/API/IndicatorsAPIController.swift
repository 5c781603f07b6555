import Fluent
import PatronCore
import Vapor

/// `GET /api/v1/indicators/unclaimed?asOf=&baseline=` — indicators 5.1 and 5.2 as JSON (see openapi.yaml).
struct IndicatorsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequirePermission(.viewReports)).get(.apiIndicatorsUnclaimed) { req in
            try await UnclaimedIndicatorsResponse.compute(req)
        }
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
