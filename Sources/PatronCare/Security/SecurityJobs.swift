import Foundation
import Vapor

/// Daily housekeeping run by `serve` (`BackgroundJobs`): expired staff sessions and rate-limit
/// rows older than a day are deleted. The sign-in log is kept (append-only).
enum SecurityJobs {
    struct Result: Equatable {
        let sessionsPurged: Int
    }

    @discardableResult
    static func runDaily(app: Application, now: Date) async throws -> Result {
        let purged = try await StaffSessions.purgeExpired(now: now, lifetime: app.config.security.session, on: app.db)
        try await DatabaseRateLimiter(db: app.db).purge(olderThan: 24 * 3600, now: now)
        app.logger.info("Security housekeeping: \(purged) expired session(s) deleted.")
        return Result(sessionsPurged: purged)
    }
}
