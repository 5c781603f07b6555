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
