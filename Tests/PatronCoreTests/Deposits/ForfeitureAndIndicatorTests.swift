import Foundation
import Testing
@testable import PatronCore

@Suite struct ForfeiturePlanTests {
    typealias F = DepositFixture

    @Test func forfeitsOnlyPastDeadlineWithMoneyAndNoOpenRequest() {
        let candidates = [
            ForfeitureCandidate(depositID: F.id(1), balance: Satang(100_000), lastClaimDay: F.day("2026-09-30"), hasOpenRefundRequest: false),
            ForfeitureCandidate(depositID: F.id(2), balance: Satang(100_000), lastClaimDay: F.day("2026-10-01"), hasOpenRefundRequest: false),
            ForfeitureCandidate(depositID: F.id(3), balance: Satang(100_000), lastClaimDay: F.day("2025-09-30"), hasOpenRefundRequest: true),
            ForfeitureCandidate(depositID: F.id(4), balance: .zero, lastClaimDay: F.day("2025-09-30"), hasOpenRefundRequest: false),
            ForfeitureCandidate(depositID: F.id(5), balance: Satang(50_000), lastClaimDay: F.day("2025-01-31"), hasOpenRefundRequest: false),
        ]
        let plan = ForfeiturePlan(candidates: candidates, asOf: F.day("2026-10-01"))
        #expect(plan.toForfeit.map(\.depositID) == [F.id(1), F.id(5)])
        #expect(plan.total == Satang(150_000))
        #expect(plan.skipped.map(\.reason) == [.deadlineNotPassed, .openRefundRequest, .nothingLeft])
    }

    @Test func theApprovedPlanBecomesValidLedgerEntries() throws {
        var ledger = Ledger()
        try ledger.append(F.received(1, deposit: 1, 100_000))
        try ledger.append(F.received(2, deposit: 2, 100_000))
        try ledger.append(F.refunded(3, deposit: 2, 30_000))
        let candidates = ledger.depositIDs.map {
            ForfeitureCandidate(depositID: $0, balance: ledger.balance(ofDeposit: $0), lastClaimDay: F.day("2027-09-30"), hasOpenRefundRequest: false)
        }
        let plan = ForfeiturePlan(candidates: candidates, asOf: F.day("2027-10-01"))
        var n = 100
        let entries = plan.entries(approvedBy: F.head, at: F.bangkok("2027-10-01T10:00:00"), reason: "พ้นกำหนดขอรับเงินคืน") {
            n += 1
            return F.id(n)
        }
        for e in entries { try ledger.append(e) }
        #expect(entries.map(\.amount) == [Satang(100_000), Satang(70_000)])
        #expect(ledger.depositIDs.allSatisfy { ledger.balance(ofDeposit: $0).isZero })
    }
}

@Suite struct UnclaimedIndicatorTests {
    typealias F = DepositFixture

    /// Five external members; deposits of 1,000 baht, claim period 12 months.
    static let deposits: [DepositHistory] = {
        func history(_ member: String, expiry: String, _ moves: [DepositMovement]) -> DepositHistory {
            let e = DepositFixture.day(expiry)
            return DepositHistory(memberID: member, membershipExpiry: e, lastClaimDay: e.adding(months: 12), movements: moves)
        }
        let d = DepositFixture.day
        return [
            // Expired 2024, never came back, forfeited on 1 Nov 2025.
            history("m1", expiry: "2024-09-30", [DepositMovement(day: d("2023-10-01"), kind: .received, amount: Satang(100_000)),
                                                 DepositMovement(day: d("2025-11-01"), kind: .forfeited, amount: Satang(100_000))]),
            // Expired 2025, reclaimed on 15 Jan 2026 after a postcard.
            history("m2", expiry: "2025-09-30", [DepositMovement(day: d("2024-10-01"), kind: .received, amount: Satang(100_000)),
                                                 DepositMovement(day: d("2026-01-15"), kind: .refunded, amount: Satang(100_000))]),
            // Expired 2025, still holding; two deposits, counted once.
            history("m3", expiry: "2025-06-30", [DepositMovement(day: d("2024-07-01"), kind: .received, amount: Satang(100_000))]),
            history("m3", expiry: "2025-06-30", [DepositMovement(day: d("2024-08-01"), kind: .received, amount: Satang(50_000))]),
            // Current member.
            history("m4", expiry: "2026-12-31", [DepositMovement(day: d("2025-12-31"), kind: .received, amount: Satang(100_000))]),
            // Expired 2024, deadline passed, not yet forfeited.
            history("m5", expiry: "2024-03-31", [DepositMovement(day: d("2023-04-01"), kind: .received, amount: Satang(100_000))]),
        ]
    }()

    @Test func indicator51CountsExpiredMembersStillHoldingMoney() {
        // On 1 Oct 2025: m1, m2 (expired the day before), m3 and m5; on 30 Sep m2 is still a member.
        #expect(UnclaimedIndicators.expiredMembersNotReclaimed(Self.deposits, asOf: F.day("2025-10-01")) == 4)
        #expect(UnclaimedIndicators.expiredMembersNotReclaimed(Self.deposits, asOf: F.day("2025-09-30")) == 3)
        // After the forfeiture of m1 and the refund to m2: m3 and m5.
        let i = UnclaimedIndicators.indicator51(Self.deposits, baseline: F.day("2025-10-01"), asOf: F.day("2026-02-01"))
        #expect(i.baselineCount == 4)
        #expect(i.count == 2)
        #expect(i.reduction == 2)
        #expect(i.reductionPercent == 50)
    }

    @Test func indicator51WithAnEmptyBaselineHasNoPercent() {
        let i = UnclaimedIndicators.indicator51([], baseline: F.day("2025-10-01"), asOf: F.day("2026-02-01"))
        #expect(i.reductionPercent == nil)
    }

    @Test func indicator52IsUnclaimedMoneyPastTheDeadlinePlusWhatWasForfeited() {
        // 1 Feb 2026: m5 past its deadline (31 Mar 2025) holds 1,000; m3's deadline is 30 Jun 2026.
        let feb = UnclaimedIndicators.indicator52(Self.deposits, asOf: F.day("2026-02-01"))
        #expect(feb.unclaimedPastDeadline == Satang(100_000))
        #expect(feb.depositCount == 1)
        #expect(feb.forfeited == Satang(100_000))
        #expect(feb.usable == Satang(200_000))
        // 1 Jul 2026: m3's two deposits join.
        let jul = UnclaimedIndicators.indicator52(Self.deposits, asOf: F.day("2026-07-01"))
        #expect(jul.unclaimedPastDeadline == Satang(250_000))
        #expect(jul.depositCount == 3)
    }

    @Test func movementsFromLedgerEntriesResolveCorrections() {
        let forfeit = F.forfeited(2, 100_000)
        let entries = [F.received(1, 100_000), forfeit, F.correction(3, of: forfeit, 40_000, at: F.bangkok("2028-02-01T10:00:00"))]
        let moves = DepositMovement.from(entries)
        #expect(moves.map(\.correctedKind) == [nil, nil, .forfeited])
        let history = DepositHistory(memberID: "m", membershipExpiry: F.day("2026-09-30"), lastClaimDay: F.day("2027-09-30"), movements: moves)
        #expect(history.balance(asOf: F.day("2028-03-01")) == Satang(40_000))
        #expect(history.forfeited(asOf: F.day("2028-03-01")) == Satang(60_000))
        #expect(history.forfeited(asOf: F.day("2028-01-31")) == Satang(100_000))
    }
}
