import Fluent
import Foundation
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

@Suite struct ReminderPlanTests {
    @Test func thePlanForAFixedDayWritesOneMessagePerMemberPolicyAndCycle() async throws {
        try await withTestApp { app in
            let members = try await ReminderFixtures.arrange(on: app)
            let result = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            #expect(result.written == 3)
            let rows = try await OutboxMessage.query(on: app.db).all()
            let byMember = Dictionary(uniqueKeysWithValues: rows.map { ($0.memberID, $0) })

            let email = try #require(byMember[try members.renewalByEmail.requireID()])
            #expect(email.channel == .email && email.status == .queued)
            #expect(email.address == "malee@example.org")
            #expect(email.dedupeKey.hasSuffix("renewal:2026-11-23"))
            #expect(email.subject.contains("23 ธันวาคม พ.ศ. 2569") || email.body.contains("23 ธันวาคม พ.ศ. 2569"), "expiry in the Buddhist era")
            #expect(email.body.contains("http://127.0.0.1:8080/refund-steps"))

            let postcard = try #require(byMember[try members.refundByPostcard.requireID()])
            #expect(postcard.channel == .postcard)
            #expect(postcard.address.contains("50200"))
            #expect(postcard.body.contains("1,000"))

            let none = try #require(byMember[try members.unreachable.requireID()])
            #expect(none.status == .dead)
            #expect(none.lastError.contains("no usable channel"))
        }
    }

    @Test func runningThePlanAgainAddsNothing() async throws {
        try await withTestApp { app in
            try await ReminderFixtures.arrange(on: app)
            let run = ReminderRun(db: app.db, config: app.config)
            _ = try await run.run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            let again = try await run.run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            let nextDay = try await run.run(asOf: pinnedToday.adding(days: 1), dryRun: false, now: pinnedNow.addingTimeInterval(86_400))
            #expect(again.written == 0)
            #expect(nextDay.written == 0, "the catch-up window sends each occurrence once")
            #expect(try await OutboxMessage.query(on: app.db).count() == 3)
        }
    }

    @Test func twoPlannersAtOnceStillWriteEachMessageOnce() async throws {
        try await withTestApp { app in
            try await ReminderFixtures.arrange(on: app)
            let config = app.config
            let db = app.db
            let written = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await ReminderRun(db: db, config: config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow).written }
                }
                return try await group.reduce(0, +)
            }
            #expect(written == 3)
            #expect(try await OutboxMessage.query(on: app.db).count() == 3)
        }
    }

    @Test func aDryRunPrintsCountsAndWritesNothing() async throws {
        try await withTestApp { app in
            try await ReminderFixtures.arrange(on: app)
            let result = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: true, now: pinnedNow)
            #expect(result.plan.messages.count == 3)
            let text = result.summary.render(.en, dryRun: true)
            #expect(text.contains("renewal"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test func aDayWithNothingDueWritesNothing() async throws {
        try await withTestApp { app in
            let result = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            #expect(result.plan.messages.isEmpty)
            #expect(result.written == 0)
        }
    }
}
