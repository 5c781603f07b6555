import Foundation
import Testing
@testable import PatronCore

@Suite struct DepositIntakeTests {
    typealias F = DepositFixture
    let policy = DepositPolicy.default
    let today = F.day("2026-11-23")
    let held = DepositIntake.Held(receiptNumber: "2570/000001", balance: Satang(100_000))

    func offer(type: MembershipType = .externalA, status: MemberStatus = .active, expires: String = "2027-11-22",
               held: [DepositIntake.Held] = []) -> DepositIntake.Offer {
        DepositIntake.offer(policy: policy, membershipType: type, memberStatus: status, expiresOn: F.day(expires), held: held, today: today)
    }

    @Test func aCurrentTypeAMemberWithoutADepositIsOfferedTheFirstAtThePolicysAmount() {
        #expect(offer() == .first(amount: Satang(100_000)))
        #expect(DepositIntake.problems(offer(), role: .counter, reason: "").isEmpty)
    }

    @Test func aTypeThatPaysNoDepositIsOfferedNone() {
        let o = offer(type: .staff)
        #expect(o == .notRequired)
        #expect(DepositIntake.problems(o, role: .head, reason: "เหตุผล") == [.notRequired])
    }

    @Test func anExpiredOrSuspendedMemberIsOfferedNone() {
        let expired = offer(expires: "2026-11-22")
        #expect(expired == .membershipNotCurrent(.expired, expiredOn: F.day("2026-11-22")))
        #expect(DepositIntake.problems(expired, role: .admin, reason: "x") == [.membershipExpired(F.day("2026-11-22"))])
        #expect(offer(expires: "2026-11-23") == .first(amount: Satang(100_000)), "the expiry day itself is still current")
        let suspended = offer(status: .suspended)
        #expect(DepositIntake.problems(suspended, role: .head, reason: "x") == [.memberSuspended])
    }

    @Test func aHeldDepositMakesTheNextOneASecondThatNeedsAHeadAndAReason() {
        let o = offer(held: [held, .init(receiptNumber: "2569/000007", balance: .zero)])
        #expect(o == .second(held: [held], amount: Satang(100_000)), "a deposit with nothing left is not held")
        #expect(DepositIntake.problems(o, role: .counter, reason: "")
            == [.alreadyHeld(["2570/000001"]), .secondDepositReasonMissing])
        #expect(DepositIntake.problems(o, role: .counter, reason: "ยืมหนังสือหายาก") == [.alreadyHeld(["2570/000001"])])
        #expect(DepositIntake.problems(o, role: .head, reason: " \n ") == [.secondDepositReasonMissing])
        #expect(DepositIntake.problems(o, role: .head, reason: "ยืมหนังสือหายาก").isEmpty)
        #expect(DepositIntake.problems(o, role: .admin, reason: "rare books").isEmpty)
        #expect(DepositIntake.problems(o, role: .head, reason: String(repeating: "ก", count: FieldLimits.moneyNote + 1))
            == [.reasonTooLong(maximum: FieldLimits.moneyNote)])
    }

    @Test func onlyHeadsAndAdminsMayTakeASecondDeposit() {
        #expect(StaffRole.allCases.filter(DepositIntake.mayTakeSecond) == [.head, .admin])
    }

    @Test func everyProblemSpeaksBothLanguages() {
        let all: [DepositIntakeProblem] = [.notRequired, .membershipExpired(today), .memberSuspended, .alreadyHeld(["2570/000001"]),
                                           .secondDepositReasonMissing, .reasonTooLong(maximum: 1000)]
        for p in all { #expect(!p.message(.th).isEmpty && !p.message(.en).isEmpty && p.message(.th) != p.message(.en)) }
        #expect(DepositIntakeProblem.alreadyHeld(["2570/000001"]).message(.en).contains("needs a head"))
        #expect(DepositIntakeProblem.alreadyHeld(["2570/000001"]).message(.th).contains("หัวหน้างาน"))
    }
}

@Suite struct RefundSlipNumberTests {
    typealias F = DepositFixture

    @Test func numbersARefundByItsPlaceAmongTheDepositsRefunds() {
        let received = F.received(1, 100_000)
        let first = F.refunded(2, 40_000, at: F.bangkok("2027-01-05T10:00:00"))
        let second = F.refunded(3, 60_000, at: F.bangkok("2027-02-05T10:00:00"))
        let entries = [second, received, first]
        #expect(RefundSlipNumber(receiptNumber: "2570/000001", refundID: first.id, entries: entries)?.description == "2570/000001-R1")
        #expect(RefundSlipNumber(receiptNumber: "2570/000001", refundID: second.id, entries: entries)?.description == "2570/000001-R2")
        #expect(RefundSlipNumber(receiptNumber: "2570/000001", refundID: received.id, entries: entries) == nil, "a receipt is no refund")
    }
}
