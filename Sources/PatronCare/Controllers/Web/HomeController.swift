import Fluent
import PatronCore
import Vapor

/// The staff start page: the signed-in role's work queue and the registry at a glance.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: home)
    }

    @Sendable func home(req: Request) async throws -> HomePage {
        let staff = try req.staff
        let deliverer = Deliverer(app: req.application)
        // Each item's inputs only where the role's queue shows it (the due rule reads the MT meeting days).
        let queue = WorkQueueItem.queue(for: staff.role)
        let context = WorkQueueQuery.Context(
            today: req.clock.today,
            due: queue.contains(.overdueComplaints) || queue.contains(.outcomesToPublish) ? try await FeedbackIntakeFlow.store(req).dueDates() : nil,
            unconfiguredChannels: [ContactChannel.email, .sms, .line].filter { !deliverer.sendableChannels.contains($0) },
            publicAddressIsLoopback: req.config.channels.publicAddressIsLoopback,
            holidaysMissingYear: queue.contains(.holidaysMissing) ? try await req.missingHolidayYear() : nil)
        async let work = WorkQueueQuery.read(for: staff.role, context, on: req.db)
        async let stats = HomeStats.read(today: req.clock.today, on: req.db)
        let isAdmin = staff.role.can(.manageStaff)
        let lastCheck = isAdmin ? try await IntegrityCheckRun.query(on: req.db).sort(\.$checkedAt, .descending).first() : nil
        return HomePage(chrome: req.pageChrome(title: req.t("home_title")), role: staff.role, work: try await work, stats: try await stats,
                        isAdmin: isAdmin, lastIntegrityCheck: lastCheck)
    }
}
