import PatronCore
import Vapor

/// `/refund-steps`: the public page every reminder links to — the steps, the documents to bring,
/// the counter hours, the claim deadline and how a proxy may collect (seed 000's measures).
struct RefundStepsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.refundSteps, use: page)
    }

    struct Context: Encodable {
        struct Requirement: Encodable {
            let when: String
            let label: String
        }

        let layout: LayoutContext
        let counterHours: String
        let claimMonths: Int
        let requirements: [Requirement]
        let holidays: [String]
    }

    @Sendable func page(req: Request) async throws -> View {
        let language = req.language
        let config = req.config
        let today = req.clock.today
        let upcoming = config.holidays.holidays(from: today, through: today.adding(days: 90))
            .map { "\(DateDisplay.short($0.date, language)) — \($0.name(language))" }
        let context = Context(
            layout: LayoutContext(req, title: req.t("refund_steps_title")), counterHours: config.counterHours.summary(language),
            claimMonths: config.depositPolicy.claimPeriodMonths,
            requirements: config.depositPolicy.requiredDocuments.map {
                Context.Requirement(when: req.t("refund_when_\($0.when.rawValue)"), label: $0.label(language))
            },
            holidays: upcoming)
        return try await req.view.render("refund-steps", context)
    }
}
