import Fluent
import Foundation
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

@Suite struct ForfeitureTests {
    /// Three deposits past their deadline (expired 2024, claim by 2025) — one with an open refund
    /// request — and one still within its claim period.
    static func setUp(_ app: Application) async throws -> [Deposit] {
        let old = CivilDate(year: 2024, month: 6, day: 30)!
        var deposits: [Deposit] = []
        for n in 1...3 {
            deposits.append(try await DepositFixtures.expiredMemberWithDeposit("OLD-\(n)", expires: old, on: app).1)
        }
        deposits.append(try await DepositFixtures.expiredMemberWithDeposit("NEW-1", on: app).1)
        try await RefundRequestRecord(depositID: try deposits[2].requireID(), memberID: deposits[2].$member.id, requestedVia: "portal",
                                      note: "", recordedBy: "member").create(on: app.db)
        return deposits
    }

    @Test func aSecondHeadApprovesAndOnlyDepositsPastTheDeadlineWithoutRequestsGoToTheFund() async throws {
        try await withTestApp { app in
            let deposits = try await Self.setUp(app)
            let proposer = try await TestStaff.browser(.head, on: app)
            let page = try await proposer.get(SiteRoute.forfeitures.href + "?lang=en")
            #expect(page.body.string.contains("Left out because a refund request is open: 1"))
            let proposed = try await proposer.post(SiteRoute.forfeitures.href, form: [("asOf", "2026-11-23")])
            #expect(proposed.status == .seeOther)
            let batchPath = try #require(proposed.headers.first(name: .location))
            let batch = try #require(try await ForfeitureBatch.query(on: app.db).first())
            #expect(batch.depositCount == 2)
            #expect(batch.totalSatang == 200_000)
            #expect(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .forfeited).count() == 0, "nothing moves before approval")

            let ownApproval = try await proposer.post(batchPath + "/approve", form: [])
            #expect(ownApproval.status == .unprocessableEntity)

            try await TestStaff.create(.admin, username: "second-head", on: app)
            let approver = TestBrowser(app)
            try await approver.signIn("second-head")
            try await approver.get(batchPath)
            #expect(try await approver.post(batchPath + "/approve", form: []).status == .ok, "first the confirmation step")
            #expect(try await approver.post(batchPath + "/approve", form: [("confirm", "yes")]).status == .seeOther)
            #expect(try await approver.post(batchPath + "/approve", form: [("confirm", "yes")]).status == .seeOther)

            let forfeited = try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .forfeited).all()
            #expect(forfeited.count == 2, "approving twice forfeits once")
            #expect(Set(forfeited.map(\.$deposit.id)) == Set([try deposits[0].requireID(), try deposits[1].requireID()]))
            #expect(forfeited.allSatisfy { $0.recordedByID == "second-head" && !$0.reason.isEmpty })
            #expect(try await Deposit.find(deposits[2].requireID(), on: app.db)?.balanceSatang == 100_000, "open request kept")
            #expect(try await Deposit.find(deposits[3].requireID(), on: app.db)?.balanceSatang == 100_000, "still claimable kept")

            let indicators = try await approver.get(SiteRoute.apiIndicatorsUnclaimed().href + "?asOf=2026-11-23", headers: ["Accept": "application/json"])
            let body = try JSONDecoder().decode(UnclaimedIndicatorsResponse.self, from: Data(indicators.body.string.utf8))
            #expect(body.indicator52.forfeitedSatang == 200_000)
            #expect(body.indicator52.unclaimedPastDeadlineSatang == 100_000, "the one with an open request is still held")
        }
    }

    @Test func aDepositRefundedAfterTheProposalIsSkippedAtApproval() async throws {
        try await withTestApp { app in
            let deposits = try await Self.setUp(app)
            let forfeitures = Forfeitures(db: app.db)
            let batch = try await forfeitures.propose(asOf: pinnedToday, by: StaffRef(id: "head-a", name: "Head A"))
            let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
            _ = try await store.refund(deposits[0], .init(amount: nil, paymentMethod: .cash, counter: "C", note: "",
                                                          documentsTicked: ["original-receipt", "id-card-copy"], collector: .member,
                                                          deadlineOverride: DeadlineOverride(by: StaffRef(id: "head-a", name: "A"), role: .head, reason: "late claim approved")),
                                       counterHours: app.config.counterHours, holidays: app.config.builtInHolidays,
                                       by: StaffRef(id: "head-a", name: "A"), at: pinnedNow, idempotencyKey: UUID().uuidString)
            let approval = try await forfeitures.approve(batch, by: StaffRef(id: "head-b", name: "Head B"), role: .head, at: pinnedNow)
            #expect((approval.forfeited, approval.skipped) == (1, 1))
            #expect(approval.total == Satang(100_000))
        }
    }

    @Test func theDryRunPlanChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await Self.setUp(app)
            let planned = try await Forfeitures(db: app.db).plan(asOf: pinnedToday)
            #expect(planned.lines.count == 2)
            #expect(planned.plan.total == Satang(200_000))
            #expect(try await ForfeitureBatch.query(on: app.db).count() == 0)
        }
    }
}
