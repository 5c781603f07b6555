import Fluent
import PatronCore
import Vapor

/// The staff start page: the registry at a glance.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: home)
    }

    struct HomeContext: Encodable {
        struct SegmentCount: Encodable {
            let code: String
            let name: String
            let count: Int
            let href: String
        }

        let layout: LayoutContext
        let totalMembers: Int
        let activeMembers: Int
        let expiredMembers: Int
        let expiringSoon: Int
        let segments: [SegmentCount]
        /// Administrators only: the last integrity check (`patroncare check` / the daily job).
        let isAdmin: Bool
        let integrity: IntegrityCheckContext?
        let activeHref = SiteRoute.members(.init(["status": "active"])).href
        let expiringHref = SiteRoute.members(.init(["expiringWithin": String(HomeStats.expiringWindowDays)])).href
        let expiredHref = SiteRoute.members(.init(["status": "expired"])).href
    }

    @Sendable func home(req: Request) async throws -> View {
        let stats = try await HomeStats.read(today: req.clock.today, on: req.db)
        let segments = Segment.allCases.map {
            HomeContext.SegmentCount(code: $0.rawValue, name: $0.name(req.language), count: stats.bySegment[$0] ?? 0,
                                     href: SiteRoute.members(.init(["segment": $0.rawValue])).href)
        }
        let isAdmin = req.auth.get(StaffUser.self)?.role.can(.manageStaff) == true
        let context = HomeContext(
            layout: LayoutContext(req, title: req.t("home_title")), totalMembers: stats.total,
            activeMembers: stats.active, expiredMembers: stats.expired, expiringSoon: stats.expiringSoon, segments: segments,
            isAdmin: isAdmin, integrity: isAdmin ? try await IntegrityCheckContext.latest(on: req.db, language: req.language) : nil)
        return try await req.view.render("home", context)
    }
}
