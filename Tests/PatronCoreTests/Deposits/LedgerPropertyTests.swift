import Foundation
import Testing
import PropertyBased
@testable import PatronCore

/// Random sequences of deposits, refunds, corrections and forfeitures applied through the validator.
@Suite struct LedgerPropertyTests {
    typealias F = DepositFixture

    /// One generated operation: what to try, an amount, which deposit, and a pick among its entries.
    struct Operation: Sendable, CustomStringConvertible {
        var code: Int      // 0 receive, 1 refund, 2 forfeit, 3 correction, 4 refund all, 5 forfeit all
        var amount: Int64  // may be zero or negative: the validator must refuse those
        var deposit: Int   // 0…2
        var pick: Int      // which entry a correction points at (past the end: an unknown entry)
        var description: String { "op(\(code), \(amount), d\(deposit), #\(pick))" }
    }

    static let operations = zip(
        Gen.int(in: 0...5), Gen.int64(in: -20_000...250_000), Gen.int(in: 0...2), Gen.int(in: 0...6)
    ).map { Operation(code: $0.0, amount: $0.1, deposit: $0.2, pick: $0.3) }.array(of: 0...60)

    /// Builds the entry an operation asks for, against the ledger as it stands.
    static func entry(for op: Operation, number: Int, ledger: Ledger) -> LedgerEntry {
        let depositID = F.id(1000 + op.deposit)
        let at = Date(timeIntervalSince1970: 1_767_600_000 + Double(number) * 3600)
        let id = F.id(number)
        let balance = ledger.balance(ofDeposit: depositID)
        switch op.code {
        case 0: return .received(id: id, depositID: depositID, amount: Satang(op.amount), by: F.staff, at: at, counter: F.counter, paymentMethod: .cash)
        case 1: return .refunded(id: id, depositID: depositID, amount: Satang(op.amount), by: F.staff, at: at, counter: F.counter, paymentMethod: .promptPay)
        case 2: return .forfeited(id: id, depositID: depositID, amount: Satang(op.amount), by: F.head, at: at, reason: "พ้นกำหนด")
        case 4: return .refunded(id: id, depositID: depositID, amount: balance, by: F.staff, at: at, counter: F.counter, paymentMethod: .cash)
        case 5: return .forfeited(id: id, depositID: depositID, amount: balance, by: F.head, at: at, reason: "พ้นกำหนด")
        default:
            let candidates = ledger.entries(ofDeposit: depositID)
            let target = op.pick < candidates.count ? candidates[op.pick].id : F.id(999_999)
            // Corrections go both ways: odd picks lower the balance.
            let signed = op.pick % 2 == 1 ? -op.amount : op.amount
            return LedgerEntry(id: id, depositID: depositID, kind: .correction, amount: Satang(signed), corrects: target,
                               recordedBy: F.head, recordedAt: at, reason: "แก้ไขจำนวนเงิน")
        }
    }

    @Test func balancesNeverGoNegativeAndTotalsAddUp() async {
        await propertyCheck(count: 300, input: Self.operations) { ops in
            var ledger = Ledger()
            var accepted = 0
            for (n, op) in ops.enumerated() {
                let proposed = Self.entry(for: op, number: n + 1, ledger: ledger)
                let before = ledger
                let balanceBefore = ledger.balance(ofDeposit: proposed.depositID)
                let refundedBefore = ledger.summary(ofDeposit: proposed.depositID).isRefunded
                do throws(LedgerRejection) {
                    try ledger.append(proposed)
                    accepted += 1
                    #expect(ledger.entries.count == before.entries.count + 1)
                    #expect(ledger.entries.last == proposed)
                    if proposed.kind == .refunded || proposed.kind == .forfeited {
                        #expect(proposed.amount.isPositive && proposed.amount <= balanceBefore)
                    }
                    if proposed.kind == .refunded { #expect(!refundedBefore) }
                } catch {
                    // A refused operation leaves the ledger unchanged and says why.
                    #expect(ledger == before)
                    #expect(!error.problems.isEmpty)
                }
                for deposit in 0...2 {
                    let entries = ledger.entries(ofDeposit: F.id(1000 + deposit))
                    let summary = DepositSummary(entries: entries)
                    #expect(!summary.balance.isNegative, "deposit \(deposit) went negative after \(op)")
                    #expect(summary.effectiveAmounts.values.allSatisfy { !$0.isNegative })
                    // balance == received − refunded − forfeited + corrections, from the raw entries…
                    let sum = { (kind: LedgerEntry.Kind) in entries.filter { $0.kind == kind }.reduce(Satang.zero) { $0 + $1.amount } }
                    #expect(summary.balance == sum(.received) - sum(.refunded) - sum(.forfeited) + sum(.correction))
                    // …and from the totals, with corrections attributed to what they correct.
                    let totals = Ledger.totals(of: entries, from: .distantPast, until: .distantFuture)
                    #expect(totals.net == summary.balance)
                    #expect(totals.correctedReceived - totals.correctedRefunded - totals.correctedForfeited == summary.balance)
                }
            }
            #expect(ledger.entries.count == accepted)
            // Replaying what was accepted accepts all of it again.
            #expect((try? Ledger(replaying: ledger.entries)) == ledger)
        }
    }

    @Test func zeroAndNegativeAmountsAreAlwaysRefused() async {
        await propertyCheck(count: 200, input: Gen.int64(in: -1_000_000...0), Gen.int(in: 0...2)) { amount, kind in
            let existing = [F.received(1, 100_000)]
            let entry: LedgerEntry = switch kind {
            case 0: F.received(2, deposit: 2, amount)
            case 1: F.refunded(2, amount)
            default: F.forfeited(2, amount)
            }
            let against = kind == 0 ? [] : existing
            #expect(Ledger.check(entry, against: against).contains(.amountNotPositive(entry.kind, Satang(amount))))
        }
    }
}
