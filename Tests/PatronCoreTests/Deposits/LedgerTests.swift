import Foundation
import Testing
@testable import PatronCore

@Suite struct LedgerTests {
    typealias F = DepositFixture

    @Test func balanceIsTheSumOfEntries() throws {
        var ledger = Ledger()
        try ledger.append(F.received(1, 100_000))
        try ledger.append(F.forfeited(2, 20_000))
        try ledger.append(F.refunded(3, 80_000))
        #expect(ledger.balance(ofDeposit: F.id(1001)) == .zero)
        #expect(ledger.summary(ofDeposit: F.id(1001)).isClosed)
    }

    @Test(arguments: [Int64(0), -100])
    func refusesZeroOrNegativeAmounts(amount: Int64) {
        let problems = Ledger.check(F.received(1, amount), against: [])
        #expect(problems == [.amountNotPositive(.received, Satang(amount))])
        #expect(problems[0].message(.en).contains("more than zero"))
    }

    @Test func refusesARefundAboveTheBalance() {
        let problems = Ledger.check(F.refunded(2, 100_001), against: [F.received(1, 100_000)])
        #expect(problems == [.refundAboveBalance(requested: Satang(100_001), balance: Satang(100_000))])
        #expect(problems[0].message(.th) == "คืนเงิน 1,000.01 บาท มากกว่ายอดคงเหลือ 1,000.00 บาท คืนได้ไม่เกิน 1,000.00 บาท")
    }

    @Test func refusesASecondRefundOfTheSameDeposit() {
        let existing = [F.received(1, 100_000), F.refunded(2, 50_000)]
        let problems = Ledger.check(F.refunded(3, 10_000), against: existing)
        #expect(problems == [.alreadyRefunded(Satang(50_000))])
        #expect(problems[0].message(.en).contains("cannot be refunded twice"))
    }

    @Test func allowsARefundAgainWhenTheFirstWasCorrectedAway() {
        let refund = F.refunded(2, 100_000)
        let existing = [F.received(1, 100_000), refund, F.correction(3, of: refund, 100_000, reason: "refund never paid")]
        #expect(Ledger.check(F.refunded(4, 100_000), against: existing).isEmpty)
    }

    @Test func refusesForfeitingMoreThanIsLeftOrAClosedDeposit() {
        let received = F.received(1, 100_000)
        #expect(Ledger.check(F.forfeited(2, 100_001), against: [received])
            == [.forfeitAboveBalance(requested: Satang(100_001), balance: Satang(100_000))])
        #expect(Ledger.check(F.forfeited(3, 1), against: [received, F.forfeited(2, 100_000)]) == [.depositClosed])
        #expect(Ledger.check(F.refunded(3, 1), against: [received, F.forfeited(2, 100_000)]) == [.depositClosed])
    }

    @Test func aDepositIsReceivedOnceAndFirst() {
        #expect(Ledger.check(F.received(2, 5_000), against: [F.received(1, 100_000)]) == [.alreadyReceived])
        #expect(Ledger.check(F.refunded(1, 5_000), against: []) == [.notReceivedYet])
        #expect(Ledger.check(F.forfeited(1, 5_000), against: []) == [.notReceivedYet])
    }

    @Test func recordsWhoWhereAndHow() {
        var e = F.received(1, 100_000)
        e.recordedBy = StaffRef(id: " ", name: "")
        e.counter = ""
        e.paymentMethod = nil
        #expect(Ledger.check(e, against: []) == [.staffMissing, .counterMissing, .paymentMethodMissing(.received)])
        var f = F.forfeited(2, 100)
        f.reason = "  "
        #expect(Ledger.check(f, against: [F.received(1, 100_000)]) == [.reasonMissing(.forfeited)])
    }

    @Test func refusesAbsurdAmounts() {
        let e = F.received(1, Ledger.maximumEntryAmount.value + 1)
        #expect(Ledger.check(e, against: []) == [.amountTooLarge(Satang(Ledger.maximumEntryAmount.value + 1), limit: Ledger.maximumEntryAmount)])
    }

    @Test func correctionsPointAtAnEntryOfTheDepositWithAReason() {
        let received = F.received(1, 1_000_000) // keyed 10,000 instead of 1,000
        let fix = F.correction(2, of: received, -900_000)
        #expect(Ledger.check(fix, against: [received]).isEmpty)
        #expect(Ledger.balance(of: [received, fix]) == Satang(100_000))

        var noReason = fix
        noReason.reason = ""
        #expect(Ledger.check(noReason, against: [received]) == [.reasonMissing(.correction)])

        var unknown = fix
        unknown.corrects = F.id(99)
        #expect(Ledger.check(unknown, against: [received]) == [.unknownCorrectionTarget(F.id(99))])

        #expect(Ledger.check(F.correction(3, of: fix, 100), against: [received, fix]) == [.correctionOfCorrection])

        var zero = fix
        zero.amount = .zero
        #expect(Ledger.check(zero, against: [received]) == [.correctionAmountZero])
    }

    @Test func aCorrectionCannotMakeTheBalanceOrTheEntryNegative() {
        let received = F.received(1, 100_000)
        let refund = F.refunded(2, 60_000)
        #expect(Ledger.check(F.correction(3, of: received, -50_000), against: [received, refund])
            == [.correctionMakesBalanceNegative(balanceAfter: Satang(-10_000))])
        // +70,000 on a 60,000 refund would make it a refund of −10,000.
        #expect(Ledger.check(F.correction(3, of: refund, 70_000), against: [received, refund])
            == [.correctionMakesEntryNegative(.refunded, amountAfter: Satang(-10_000))])
    }

    @Test func aRefusedEntryLeavesTheLedgerUnchanged() throws {
        var ledger = Ledger()
        try ledger.append(F.received(1, 100_000))
        let before = ledger
        #expect(throws: LedgerRejection.self) { try ledger.append(F.refunded(2, 200_000)) }
        #expect(ledger == before)
        #expect(throws: LedgerRejection.self) { try ledger.append(F.received(1, 5, at: F.bangkok("2026-01-06T10:00:00"))) }
        #expect(ledger.entries.count == 1)
    }

    @Test func entriesOfAnotherDepositAreRefused() {
        #expect(Ledger.check(F.refunded(2, deposit: 2, 100), against: [F.received(1, deposit: 1, 100_000)]) == [.otherDeposit])
    }

    @Test func balanceAsOfAnInstant() {
        let entries = [F.received(1, 100_000, at: F.bangkok("2026-01-05T10:00:00")),
                       F.refunded(2, 100_000, at: F.bangkok("2027-01-05T10:00:00"))]
        #expect(Ledger.balance(of: entries, asOf: F.bangkok("2027-01-05T09:59:00")) == Satang(100_000))
        #expect(Ledger.balance(of: entries, asOf: F.bangkok("2027-01-05T10:00:00")) == .zero)
    }

    @Test func totalsByKindForAPeriod() throws {
        var ledger = Ledger()
        let r1 = F.received(1, deposit: 1, 100_000, at: F.bangkok("2026-09-30T18:00:00"))
        try ledger.append(r1)
        try ledger.append(F.received(2, deposit: 2, 100_000, at: F.bangkok("2026-10-01T09:00:00")))
        try ledger.append(F.correction(3, of: r1, -10_000, at: F.bangkok("2026-10-02T09:00:00")))
        try ledger.append(F.refunded(4, deposit: 2, 50_000, at: F.bangkok("2026-11-01T09:00:00")))
        try ledger.append(F.forfeited(5, deposit: 2, 50_000, at: F.bangkok("2027-10-01T09:00:00")))
        let fy = FiscalYear(buddhistYear: 2570)
        let t = Ledger.totals(of: ledger.entries, days: fy.firstDay...fy.lastDay)
        #expect(t.count == 3)
        #expect(t.received == Satang(100_000))
        #expect(t.refunded == Satang(50_000))
        #expect(t.forfeited == .zero)
        #expect(t.corrections == Satang(-10_000))
        #expect(t.correctedReceived == Satang(90_000))
        #expect(t.net == Satang(40_000))
    }

    @Test func replayingStoredEntriesChecksThem() {
        #expect(throws: LedgerRejection.self) {
            try Ledger(replaying: [F.received(1, 100_000), F.refunded(2, 60_000), F.refunded(3, 40_000)])
        }
    }

    @Test func everyProblemHasBothLanguages() {
        let all: [LedgerProblem] = [
            .amountNotPositive(.refunded, .zero), .correctionAmountZero, .amountTooLarge(Satang(1), limit: Satang(1)),
            .staffMissing, .counterMissing, .paymentMethodMissing(.refunded), .reasonMissing(.forfeited),
            .correctionTargetMissing, .pointerOnNonCorrection, .otherDeposit, .duplicateEntryID, .alreadyReceived,
            .notReceivedYet, .alreadyRefunded(Satang(1)), .depositClosed,
            .refundAboveBalance(requested: Satang(2), balance: Satang(1)),
            .forfeitAboveBalance(requested: Satang(2), balance: Satang(1)), .unknownCorrectionTarget(F.id(1)),
            .correctionOfCorrection, .correctionMakesBalanceNegative(balanceAfter: Satang(-1)),
            .correctionMakesEntryNegative(.received, amountAfter: Satang(-1)),
        ]
        for p in all {
            #expect(!p.message(.th).isEmpty && !p.message(.en).isEmpty && p.message(.th) != p.message(.en))
        }
    }
}
