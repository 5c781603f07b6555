import PatronCore
import Vapor

/// `/refund-steps`: the public page every reminder links to — the steps, the documents to bring,
/// the counter hours, the claim deadline and how a proxy may collect (seed 000's measures).
struct RefundStepsController: RouteCollection {
    /// How far ahead the page lists the days the counter is closed.
    static let holidayHorizonDays = 90

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.refundSteps, use: page)
    }

    @Sendable func page(req: Request) async throws -> RefundStepsPage {
        let config = req.config
        let today = req.clock.today
        return RefundStepsPage(chrome: req.pageChrome(title: req.t("refund_steps_title")), policy: config.depositPolicy,
                               counterHours: config.counterHours,
                               upcomingHolidays: try await req.holidays().holidays(from: today, through: today.adding(days: Self.holidayHorizonDays)))
    }
}
