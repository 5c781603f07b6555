import Fluent
import PatronCore
import Vapor

/// The staff start page: the registry at a glance.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: home)
    }

    @Sendable func home(req: Request) async throws -> HomePage {
        let stats = try await HomeStats.read(today: req.clock.today, on: req.db)
        let isAdmin = req.auth.get(StaffUser.self)?.role.can(.manageStaff) == true
        let lastCheck = isAdmin ? try await IntegrityCheckRun.query(on: req.db).sort(\.$checkedAt, .descending).first() : nil
        return HomePage(chrome: req.pageChrome(title: req.t("home_title")), stats: stats, isAdmin: isAdmin, lastIntegrityCheck: lastCheck)
    }
}
