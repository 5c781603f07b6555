import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The unclaimed report and indicators 5.1/5.2 read aggregates (`DepositBalances`); on a ledger with
/// years of receipts and refunds, a forfeiture batch and corrections of a forfeiture and of a
/// receipt, they give exactly what the core computes from every entry, for days across the history.
@Suite struct DepositBalancesTests {
    static func ledger(_ app: Application) async throws {
        try await DemoCommand.generate(app, scale: 3_000, feedback: 0, seed: 21, console: app.console)
        let today = app.clock.today
        let forfeitures = Forfeitures(db: app.db)
        let batch = try await forfeitures.propose(asOf: today, by: StaffRef(id: "head-1", name: "Head one"))
        let approval = try await forfeitures.approve(batch, by: StaffRef(id: "head-2", name: "Head two"), role: .head, at: app.clock.now())
        #expect(approval.forfeited > 1)
        let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
        let forfeited = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .forfeited).first())
        _ = try await store.correct(forfeited, balanceEffect: Satang(forfeited.amountSatang), reason: "forfeited by mistake",
                                    by: DepositFixtures.staff, at: app.clock.now().addingTimeInterval(60), idempotencyKey: UUID().uuidString)
        let held = try #require(try await Deposit.query(on: app.db).filter(\.$balanceSatang > 0).first())
        let received = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$deposit.$id == held.requireID()).first())
        _ = try await store.correct(received, balanceEffect: Satang(-received.amountSatang / 2), reason: "keyed twice the amount",
                                    by: DepositFixtures.staff, at: app.clock.now().addingTimeInterval(120), idempotencyKey: UUID().uuidString)
    }

    @Test func aggregatesGiveTheSameReportAndIndicatorsAsEveryEntry() async throws {
        try await withTestApp { app in
            try await Self.ledger(app)
            let everything = try await DepositHistories.load(on: app.db)
            #expect(everything.entries.contains { $0.kind == .correction } && everything.entries.contains { $0.kind == .forfeited })
            let today = app.clock.today
            var listed = 0
            for day in [today.adding(years: -9), today.adding(years: -3), today.adding(days: -200), today.adding(days: -1), today, today.adding(years: 2)] {
                let full = UnclaimedListing(everything, asOf: day, expiredFrom: nil, expiredTo: nil, mask: .serverOperator)
                let read = try await UnclaimedListing.read(asOf: day, expiredFrom: nil, expiredTo: nil, mask: .serverOperator, on: app.db)
                #expect(read.report == full.report)
                #expect(read.csv(.en) == full.csv(.en))
                listed += full.lines.count
                let from = day.adding(years: -2), to = day.adding(days: -30)
                let filtered = try await UnclaimedListing.read(asOf: day, expiredFrom: from, expiredTo: to, mask: .serverOperator, on: app.db)
                #expect(filtered.report == UnclaimedReport(everything.histories, asOf: day, expiredFrom: from, expiredTo: to))

                let baseline = day.adding(years: -1)
                let balances = try await DepositBalances.read(asOf: [baseline, day], on: app.db)
                #expect(UnclaimedIndicators.indicator51(balances.histories, baseline: baseline, asOf: day)
                        == UnclaimedIndicators.indicator51(everything.histories, baseline: baseline, asOf: day))
                #expect(UnclaimedIndicators.indicator52(balances.histories, asOf: day) == UnclaimedIndicators.indicator52(everything.histories, asOf: day))
                #expect(balances.histories.count <= everything.histories.count)
            }
            #expect(listed > 100)
            let i52 = UnclaimedIndicators.indicator52(everything.histories, asOf: today)
            #expect(i52.forfeited.isPositive && i52.depositCount > 0)
        }
    }

    @Test func anEmptyLedgerGivesAnEmptyReport() async throws {
        try await withTestApp { app in
            let listing = try await UnclaimedListing.read(asOf: app.clock.today, expiredFrom: nil, expiredTo: nil, mask: .serverOperator, on: app.db)
            #expect(listing.lines.isEmpty && listing.report.memberCount == 0)
            #expect(try await DepositBalances.read(asOf: [app.clock.today], on: app.db).histories.isEmpty)
        }
    }
}
