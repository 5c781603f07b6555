import Fluent
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The outbox page's reads, directly (SQLite, or PostgreSQL with DATABASE_URL).
@Suite struct OutboxStatsTests {
    static func enqueue(_ key: String, _ channel: ContactChannel, on app: Application) async throws -> OutboxMessage {
        _ = try await Outbox.enqueue(OutboxDraft(dedupeKey: key, purpose: "renewal", memberID: nil, recipientName: "สมชาย ใจดี",
                                                 channel: channel, address: channel == .postcard ? "12 ถนนห้วยแก้ว 50200" : "0861112222",
                                                 language: .th, subject: "", body: "เรียน สมชาย ใจดี", notBefore: pinnedNow),
                                     now: pinnedNow, on: app.db)
        return try #require(try await OutboxMessage.query(on: app.db).filter(\.$dedupeKey == key).first())
    }

    @Test func anEmptyOutboxCountsZeroForEveryStatus() async throws {
        try await withTestApp { app in
            let overview = try await OutboxStats.overview(status: nil, channel: nil, on: app.db)
            #expect(overview.countsByStatus.count == OutboxMessage.Status.allCases.count)
            #expect(overview.countsByStatus.values.allSatisfy { $0 == 0 })
            #expect(overview.queuedPostcards == 0 && overview.messages.isEmpty && overview.batches.isEmpty)
        }
    }

    @Test func oneGroupByGivesTheSameCountsAsCountingEachStatus() async throws {
        try await withTestApp { app in
            _ = try await Self.enqueue("stats/1", .sms, on: app)
            _ = try await Self.enqueue("stats/2", .postcard, on: app)
            _ = try await Self.enqueue("stats/3", .postcard, on: app)
            let dead = try await Self.enqueue("stats/4", .email, on: app)
            dead.status = .dead
            try await dead.save(on: app.db)
            let counts = try await OutboxStats.countsByStatus(on: app.db)
            for status in OutboxMessage.Status.allCases {
                #expect(counts[status] == (try await OutboxMessage.query(on: app.db).filter(\.$status == status).count()), "\(status)")
            }
            #expect(counts[.queued] == 3 && counts[.dead] == 1)

            let overview = try await OutboxStats.overview(status: .queued, channel: .postcard, on: app.db)
            #expect(overview.queuedPostcards == 2)
            #expect(overview.messages.count == 2 && overview.messages.allSatisfy { $0.channel == .postcard && $0.status == .queued })
            #expect(try await OutboxStats.overview(status: .dead, channel: nil, on: app.db).messages.map(\.dedupeKey) == ["stats/4"])
        }
    }
}
