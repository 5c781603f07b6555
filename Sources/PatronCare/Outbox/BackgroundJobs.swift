import Foundation
import PatronCore
import Vapor

/// The work `serve` does on its own: delivers due outbox messages every few seconds and plans the
/// day's reminders once a day at the configured time (Asia/Bangkok). Both are idempotent, so two
/// instances doing the same is harmless: the outbox's dedupe keys and row claims keep them apart.
final class BackgroundJobs: LifecycleHandler, @unchecked Sendable {
    typealias DailyJob = @Sendable (Application, CivilDate) async throws -> Void

    private var task: Task<Void, Never>?
    let deliveryInterval: Duration
    /// Other daily work (e.g. complaint escalation), run after the reminder plan.
    let dailyJobs: [DailyJob]

    init(deliveryInterval: Duration = .seconds(15), dailyJobs: [DailyJob] = []) {
        self.deliveryInterval = deliveryInterval
        self.dailyJobs = dailyJobs
    }

    func didBootAsync(_ app: Application) async throws {
        guard app.config.channels.runJobs else { return }
        let interval = deliveryInterval
        let dailyJobs = dailyJobs
        task = Task {
            var plannedDay: CivilDate?
            while !Task.isCancelled {
                let now = BangkokTime(app.clock.now())
                if plannedDay != now.day && now.minuteOfDay >= app.config.channels.remindAtMinute {
                    do {
                        let result = try await ReminderRun(db: app.db, config: app.config).run(asOf: now.day, dryRun: false, now: app.clock.now())
                        app.logger.notice("Reminders planned for \(now.day.iso): \(result.written) new message(s) of \(result.plan.messages.count).")
                        for job in dailyJobs { try await job(app, now.day) }
                        plannedDay = now.day
                    } catch {
                        app.logger.error("Planning reminders failed; trying again next round: \(String(reflecting: error))")
                    }
                }
                do {
                    let round = try await Deliverer(app: app).deliver(now: { app.clock.now() })
                    if round.claimed > 0 {
                        app.logger.info("Outbox: sent \(round.sent), retry later \(round.retried), other channel \(round.fellBack), gave up \(round.dead).")
                    }
                } catch {
                    app.logger.error("Delivering the outbox failed; trying again next round: \(String(reflecting: error))")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
        await task?.value
    }
}
