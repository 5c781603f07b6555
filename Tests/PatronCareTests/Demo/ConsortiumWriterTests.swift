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
        return members + deposits
    }

    @Test func theGeneratedConsortiumPassesTheIntegrityCheck() async throws {
        try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 3_000, seed: 5, console: app.console)
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
            try await DemoCommand.generate(app, scale: 1_000, seed: 9, console: app.console)
            return try await Self.snapshot(app)
        }
        let second = try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 1_000, seed: 9, console: app.console)
            return try await Self.snapshot(app)
        }
        #expect(first.count > 1_000)
        #expect(first == second)
    }

    @Test func aDatabaseWithMembersIsRefused() async throws {
        try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 10, seed: 1, console: app.console)
            await #expect(throws: CommandFailure.self) {
                try await DemoCommand.generate(app, scale: 10, seed: 1, console: app.console)
            }
            #expect(try await Member.query(on: app.db).count() == 10)
        }
    }
}
