import Fluent
import PatronCore
import SQLKit
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
        let expiringHref = SiteRoute.members(.init(["expiringWithin": "30"])).href
        let expiredHref = SiteRoute.members(.init(["status": "expired"])).href
    }

    @Sendable func home(req: Request) async throws -> View {
        let today = req.clock.today.iso
        let soon = req.clock.today.adding(days: 30).iso
        let total = try await Member.query(on: req.db).count()
        let expired = try await Member.query(on: req.db).filter(\.$expiresOn < today).count()
        let expiringSoon = try await Member.query(on: req.db)
            .filter(\.$expiresOn >= today).filter(\.$expiresOn <= soon).count()
        let rows = try await (req.db as! any SQLDatabase).select()
            .column("segment").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Member.schema).groupBy("segment").all()
        var counts: [String: Int] = [:]
        for row in rows { counts[try row.decode(column: "segment", as: String.self)] = try row.decode(column: "n", as: Int.self) }
        let segments = Segment.allCases.map {
            HomeContext.SegmentCount(code: $0.rawValue, name: $0.name(req.language), count: counts[$0.rawValue] ?? 0,
                                     href: SiteRoute.members(.init(["segment": $0.rawValue])).href)
        }
        let isAdmin = req.auth.get(StaffUser.self)?.role.can(.manageStaff) == true
        let context = HomeContext(
            layout: LayoutContext(req, title: req.t("home_title")), totalMembers: total,
            activeMembers: total - expired, expiredMembers: expired, expiringSoon: expiringSoon, segments: segments,
            isAdmin: isAdmin, integrity: isAdmin ? try await IntegrityCheckContext.latest(on: req.db, language: req.language) : nil)
        return try await req.view.render("home", context)
    }
}
