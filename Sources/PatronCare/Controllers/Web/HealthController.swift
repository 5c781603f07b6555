import Fluent
import SQLKit
import Vapor

/// `/healthz`: 200 when the database answers, 503 when it does not. For load balancers and monitors.
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.healthz, use: health)
    }

    struct Health: Content {
        let status: String
        let database: String
    }

    @Sendable func health(req: Request) async throws -> Response {
        let healthy: Bool
        do {
            try await (req.db as! any SQLDatabase).raw("SELECT 1").run()
            healthy = true
        } catch {
            req.logger.error("Health check: database did not answer: \(String(reflecting: error))")
            healthy = false
        }
        let body = Health(status: healthy ? "ok" : "unavailable", database: healthy ? "ok" : "unreachable")
        let response = try await body.encodeResponse(for: req)
        response.status = healthy ? .ok : .serviceUnavailable
        return response
    }
}
