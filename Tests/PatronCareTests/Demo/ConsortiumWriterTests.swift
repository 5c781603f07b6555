import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import Vapor
@testable import PatronCare

/// `demo --scale`: what it writes passes the integrity check (balances = ledger sums, receipt numbers
/// without gaps, triggers in place), covers every segment, is the same for the same seed, and a
/// database that already holds data is refused.
@Suite struct ConsortiumWriterTests {
    static func snapshot(_ app: Application) async throws -> [String] {
        let sql = app.db as! any SQLDatabase
        let members = try await sql.raw("SELECT card_number, segment, expires_on FROM members ORDER BY card_number").all()
            .map { try "\($0.decode(column: "card_number", as: String.self)) \($0.decode(column: "segment", as: String.self)) \($0.decode(column: "expires_on", as: String.self))" }
        let deposits = try await sql.raw("SELECT receipt_number, balance_satang FROM deposits ORDER BY receipt_number").all()
            .map { try "\($0.decode(column: "receipt_number", as: String.self)) \($0.decode(column: "balance_satang", as: Int64.self))" }
        let feedback = try await sql.raw("SELECT reference, status, revision FROM feedback_items ORDER BY reference").all()
            .map { try "\($0.decode(column: "reference", as: String.self)) \($0.decode(column: "status", as: String.self)) \($0.decode(column: "revision", as: Int.self))" }
        let outbox = try await sql.raw("SELECT dedupe_key, status, channel FROM outbox_messages ORDER BY dedupe_key").all()
            .map { try "\($0.decode(column: "dedupe_key", as: String.self)) \($0.decode(column: "status", as: String.self)) \($0.decode(column: "channel", as: String.self))" }
        return members + deposits + feedback + outbox
    }

    @Test func theGeneratedConsortiumPassesTheIntegrityCheck() async throws {
        try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 3_000, feedback: 3_000, seed: 5, console: app.console)
            #expect(try await Member.query(on: app.db).count() == 3_000)
            #expect(try await StaffUser.query(on: app.db).count() == DemoData.staff.count)
            let segments = try await Member.query(on: app.db).all().map(\.segment)
            #expect(Set(segments) == Set(Segment.allCases))
            let refunded = try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .refunded).count()
            let held = try await Deposit.query(on: app.db).filter(\.$balanceSatang > 0).count()
            #expect(refunded > 0 && held > 0)
            #expect(try await IntegrityCheckTests.check(app) == [])
        }
    }

    @Test func theSameSeedWritesTheSameData() async throws {
        let first = try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 1_000, feedback: 1_000, seed: 9, console: app.console)
            return try await Self.snapshot(app)
        }
        let second = try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 1_000, feedback: 1_000, seed: 9, console: app.console)
            return try await Self.snapshot(app)
        }
        #expect(first.count > 1_000)
        #expect(first == second)
    }

    /// The feedback and outbox history: every kind, track and status; one log row per step with
    /// `seq` 0…revision; surveys on closed complaints; each year's counter at its last reference, so
    /// the next item the app receives continues the sequence; the reports read it.
    @Test func theFeedbackAndOutboxHistoryIsConsistent() async throws {
        try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 2_000, feedback: 3_000, seed: 3, console: app.console)
            let sql = app.db as! any SQLDatabase
            let items = try await FeedbackItem.query(on: app.db).all()
            #expect(items.count == 3_000)
            #expect(Set(items.map(\.kind)) == Set(FeedbackKind.allCases))
            #expect(Set(items.map(\.status)) == Set(FeedbackStatus.allCases))
            #expect(Set(items.compactMap(\.complaintTrack)) == Set(ComplaintTrack.allCases))
            let logCount = try await FeedbackLogRecord.query(on: app.db).count()
            #expect(logCount == items.map { $0.revision + 1 }.reduce(0, +))
            let badSeq = try await sql.raw("""
                SELECT COUNT(*) AS n FROM feedback_items i
                WHERE (SELECT MAX(seq) FROM feedback_log l WHERE l.item_id = i.id) <> i.revision
                   OR (SELECT to_status FROM feedback_log l WHERE l.item_id = i.id AND l.seq = i.revision) <> i.status
                """).first()?.decode(column: "n", as: Int.self)
            #expect(badSeq == 0)
            let surveys = try await FollowUpSurveyRecord.query(on: app.db).with(\.$item).all()
            #expect(surveys.contains { $0.answeredAt != nil } && surveys.contains { $0.answeredAt == nil })
            #expect(surveys.allSatisfy { $0.item.status == .closed && $0.item.kind == .complaint })
            let outbox = try await OutboxMessage.query(on: app.db).all()
            #expect(Set(outbox.map(\.channel)) == Set(ContactChannel.allCases))
            #expect(Set(outbox.map(\.status)).isSuperset(of: [.sent, .printed, .dead, .failed]))
            #expect(try await OutboxAttempt.query(on: app.db).count() > 0)

            let latest = try #require(items.max { ($0.referenceYear, $0.referenceSequence) < ($1.referenceYear, $1.referenceSequence) })
            let today = BangkokTime.day(of: latest.receivedAt)
            let next = try await ReferenceNumbers.allocate(on: today, db: app.db)
            #expect(next.buddhistYear == latest.referenceYear && next.sequence == latest.referenceSequence + 1)

            let store = try await ComplaintCommandsSupport.store(app)
            let month = ReportMonth(containing: today).previous
            let report = try await store.monthlyReport(month)
            #expect(report.rows.count == items.filter { month.contains(CivilDate(iso: $0.receivedDay)!) }.count)
            #expect(report.rows.count > 0)
            #expect(try await IntegrityCheckTests.check(app) == [])
        }
    }

    @Test func aDatabaseWithMembersIsRefused() async throws {
        try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 10, feedback: 10, seed: 1, console: app.console)
            await #expect(throws: CommandFailure.self) {
                try await DemoCommand.generate(app, scale: 10, feedback: 10, seed: 1, console: app.console)
            }
            #expect(try await Member.query(on: app.db).count() == 10)
        }
    }
}
