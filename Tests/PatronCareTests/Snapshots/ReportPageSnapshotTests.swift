import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The deposit reports, the indicators, the forfeiture pages and the public refund steps in Thai
/// and English from fixture models (no app, no database).
@Suite struct ReportPageSnapshotTests {
    private static let today = CivilDate(year: 2026, month: 12, day: 1)!
    private static let memberIDs = (1...3).map { UUID(uuidString: "00000000-0000-4000-8000-00000000010\($0)")! }

    private static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// Three members whose memberships expired years apart; one refunded, two still owed.
    private static func histories() -> DepositHistories {
        let expiries = [day("2019-03-31"), day("2024-09-30"), day("2026-06-30")]
        let names = ["มาลี รักเรียน", "สมชาย <b>ใจดี</b> & \"เพื่อน\"", "Somsri Jaidee"]
        let histories = zip(memberIDs, expiries).enumerated().map { index, pair in
            let (id, expiry) = pair
            var movements = [DepositMovement(day: expiry.adding(years: -1), kind: .received, amount: Satang(100_000))]
            if index == 2 { movements.append(DepositMovement(day: day("2026-08-15"), kind: .refunded, amount: Satang(100_000))) }
            return DepositHistory(memberID: id.uuidString, membershipExpiry: expiry, lastClaimDay: expiry.adding(months: 12),
                                  movements: movements)
        }
        let members = Dictionary(uniqueKeysWithValues: zip(memberIDs, zip(expiries, names)).enumerated().map { index, pair in
            (pair.0.uuidString, DepositHistories.MemberInfo(id: pair.0, cardNumber: "B640000\(index + 1)", name: pair.1.1, expiresOn: pair.1.0))
        })
        return DepositHistories(histories: histories, members: members, entries: [])
    }

    @Test(arguments: Language.allCases)
    func unclaimed(language: Language) {
        let listing = UnclaimedListing(Self.histories(), asOf: Self.today, expiredFrom: nil, expiredTo: nil, mask: PersonalDataMask(role: .head))
        let page = UnclaimedReportPage(chrome: PageFixtures.chrome(language, title: "report_unclaimed_title", role: .head, path: "/reports/unclaimed"),
                                       listing: listing, asOf: Self.today, expiredFrom: nil, expiredTo: nil)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func unclaimedEmpty(language: Language) {
        let listing = UnclaimedListing(DepositHistories(histories: [], members: [:], entries: []), asOf: Self.today,
                                       expiredFrom: Self.day("2020-01-01"), expiredTo: Self.day("2020-12-31"), mask: PersonalDataMask(role: .committee))
        let page = UnclaimedReportPage(chrome: PageFixtures.chrome(language, title: "report_unclaimed_title", role: .committee, path: "/reports/unclaimed"),
                                       listing: listing, asOf: Self.today, expiredFrom: Self.day("2020-01-01"), expiredTo: Self.day("2020-12-31"))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func depositTotals(language: Language) {
        var totals = LedgerTotals()
        totals.received = Satang(2_500_000)
        totals.correctedRefunded = Satang(100_000)
        totals.correctedForfeited = Satang(50_050)
        let months = RefundsPerMonth.of(Self.histories().histories, from: Self.day("2025-10-01"), through: Self.day("2026-09-30"))
        let page = DepositTotalsPage(chrome: PageFixtures.chrome(language, title: "report_deposits_title", role: .head, path: "/reports/deposits"),
                                     from: Self.day("2025-10-01"), to: Self.day("2026-09-30"), totals: totals, heldAtEnd: Satang(200_000),
                                     months: months)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func depositTotalsWithoutRefunds(language: Language) {
        let page = DepositTotalsPage(chrome: PageFixtures.chrome(language, title: "report_deposits_title", role: .head, path: "/reports/deposits"),
                                     from: Self.day("2025-10-01"), to: Self.day("2026-09-30"), totals: LedgerTotals(), heldAtEnd: .zero,
                                     months: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func indicators(language: Language) {
        let indicators = UnclaimedIndicatorsResponse(Self.histories().histories, asOf: Self.today, baseline: Self.day("2025-10-01"))
        let page = IndicatorsPage(chrome: PageFixtures.chrome(language, title: "indicators_title", role: .head, path: "/reports/indicators"),
                                  indicators: indicators)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func indicatorsWithoutDeposits(language: Language) {
        let indicators = UnclaimedIndicatorsResponse([], asOf: Self.today, baseline: Self.today)
        let page = IndicatorsPage(chrome: PageFixtures.chrome(language, title: "indicators_title", role: .committee, path: "/reports/indicators"),
                                  indicators: indicators)
        assertPageSnapshot(page, named: language.rawValue)
    }

    // MARK: Forfeitures

    private static func deposit(_ number: Int, member: UUID, lastClaimDay: String, balance: Int64) -> Deposit {
        let deposit = Deposit()
        deposit.id = UUID(uuidString: "00000000-0000-4000-8000-00000000020\(number)")
        deposit.receiptNumber = "2564/000\(number)"
        deposit.amountSatang = 100_000
        deposit.balanceSatang = balance
        deposit.receivedOn = "2021-03-01"
        deposit.lastClaimDay = lastClaimDay
        deposit.source = .historicalImport
        deposit.$member.id = member
        return deposit
    }

    private static func batch(_ status: ForfeitureBatch.Status, approvedBy: String? = nil) -> ForfeitureBatch {
        let batch = ForfeitureBatch()
        batch.id = UUID(uuidString: "00000000-0000-4000-8000-000000000301")
        batch.asOf = "2026-11-30"
        batch.status = status
        batch.proposedBy = "head1"
        batch.approvedBy = approvedBy
        batch.totalSatang = 150_050
        batch.depositCount = 2
        return batch
    }

    @Test(arguments: Language.allCases)
    func forfeitures(language: Language) {
        let histories = Self.histories()
        let deposits = [Self.deposit(1, member: Self.memberIDs[0], lastClaimDay: "2020-03-31", balance: 100_000),
                        Self.deposit(2, member: Self.memberIDs[1], lastClaimDay: "2025-09-30", balance: 50_050)]
        let open = Self.deposit(3, member: Self.memberIDs[2], lastClaimDay: "2025-01-31", balance: 100_000)
        let candidates = (deposits + [open]).map {
            ForfeitureCandidate(depositID: $0.id!, balance: $0.balance, lastClaimDay: $0.lastClaimDate, hasOpenRefundRequest: $0 === open)
        }
        let plan = ForfeiturePlan(candidates: candidates, asOf: Self.today)
        let lines = zip(deposits, candidates).map { deposit, candidate in
            Forfeitures.PlanLine(deposit: deposit, candidate: candidate, member: histories.members[deposit.$member.id.uuidString])
        }
        let page = ForfeituresPage(chrome: PageFixtures.chrome(language, title: "forfeit_title", role: .head, path: "/forfeitures"),
                                   asOf: Self.today, planned: .init(plan: plan, lines: lines),
                                   batches: [Self.batch(.proposed), Self.batch(.approved, approvedBy: "head<2>")], mask: PersonalDataMask(role: .head))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func forfeituresNothingToForfeit(language: Language) {
        let page = ForfeituresPage(chrome: PageFixtures.chrome(language, title: "forfeit_title", role: .head, path: "/forfeitures"),
                                   asOf: Self.today, planned: .init(plan: ForfeiturePlan(candidates: [], asOf: Self.today), lines: []),
                                   batches: [], mask: PersonalDataMask(role: .head))
        assertPageSnapshot(page, named: language.rawValue)
    }

    private static func batchItems() -> [ForfeitureItem] {
        let batch = Self.batch(.proposed)
        return [Self.deposit(1, member: Self.memberIDs[0], lastClaimDay: "2020-03-31", balance: 100_000),
                Self.deposit(2, member: Self.memberIDs[1], lastClaimDay: "2025-09-30", balance: 50_050)].map { deposit in
            let item = ForfeitureItem(batchID: batch.id!, depositID: deposit.id!, amount: deposit.balance)
            item.$deposit.value = deposit
            return item
        }
    }

    @Test(arguments: Language.allCases)
    func forfeitureBatchForASecondHead(language: Language) {
        let page = ForfeitureBatchPage(chrome: PageFixtures.chrome(language, title: "forfeit_batch_title", role: .head, path: "/forfeitures/x"),
                                       batch: Self.batch(.proposed), items: Self.batchItems(), members: Self.histories().members,
                                       mask: PersonalDataMask(role: .head), viewer: "head2")
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func forfeitureBatchForItsProposer(language: Language) {
        let page = ForfeitureBatchPage(chrome: PageFixtures.chrome(language, title: "forfeit_batch_title", role: .head, path: "/forfeitures/x"),
                                       batch: Self.batch(.proposed), items: Self.batchItems(), members: Self.histories().members,
                                       mask: PersonalDataMask(role: .head), viewer: "head1")
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// The step before approving: how many deposits of how many members, the baht, and the second button.
    @Test(arguments: Language.allCases)
    func forfeitureConfirmation(language: Language) {
        let page = ForfeitureConfirmPage(chrome: PageFixtures.chrome(language, title: "forfeit_confirm_title", role: .head, path: "/forfeitures/x/approve"),
                                         batch: Self.batch(.proposed), items: Self.batchItems(), members: Self.histories().members,
                                         mask: PersonalDataMask(role: .head))
        #expect(page.memberCount == 2)
        assertPageSnapshot(page, named: language.rawValue)
    }

    // MARK: Refund steps (public)

    @Test(arguments: Language.allCases)
    func refundSteps(language: Language) {
        let holidays = [Holiday(Self.day("2026-12-05"), th: "วันพ่อแห่งชาติ", en: "Father's Day"),
                        Holiday(Self.day("2026-12-10"), th: "วัน<b>รัฐธรรมนูญ</b>", en: "Constitution \"Day\" & more")]
        let page = RefundStepsPage(chrome: PageFixtures.chrome(language, title: "refund_steps_title", role: nil, path: "/refund-steps"),
                                   policy: .default, counterHours: .default, upcomingHolidays: holidays)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func refundStepsNoHolidaysAhead(language: Language) {
        let page = RefundStepsPage(chrome: PageFixtures.chrome(language, title: "refund_steps_title", role: nil, path: "/refund-steps"),
                                   policy: .default, counterHours: .default, upcomingHolidays: [])
        assertPageSnapshot(page, named: language.rawValue)
    }
}
