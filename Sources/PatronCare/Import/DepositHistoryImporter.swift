import Fluent
import Foundation
import PatronCore

/// Brings a library's earlier deposit records into the ledger: all rows or none (or the good rows
/// with `skipInvalid`), one transaction, and a receipt already imported with the same facts is left
/// alone, so importing the same file twice is a no-op.
struct DepositHistoryImporter {
    struct Options {
        var dryRun = false
        var skipInvalid = false
    }

    struct Report {
        let rows: Int
        let created: Int
        let unchanged: Int
        let rejected: [DepositHistoryFile.Rejection]
        let applied: Bool
        let dryRun: Bool
        var refused: Bool { !rejected.isEmpty && !applied && !dryRun }
    }

    /// Who the ledger says recorded imported history.
    static let importer = StaffRef(id: "history-import", name: "นำเข้าประวัติเดิม (history import)")

    let db: any Database
    let policy: DepositPolicy

    func run(_ file: DepositHistoryFile, options: Options, at instant: Date, progress: @escaping MemberImporter.Progress = { _, _ in }) async throws -> Report {
        var members: [String: Member] = [:]
        let cards = Array(Set(file.rows.map(\.cardNumber)))
        for start in stride(from: 0, to: cards.count, by: 500) {
            for member in try await Member.query(on: db).filter(\.$cardNumber ~~ Array(cards[start..<min(start + 500, cards.count)])).all() {
                members[member.cardNumber] = member
            }
        }
        var existing: [String: Deposit] = [:]
        let receipts = file.rows.map(\.receiptNumber)
        for start in stride(from: 0, to: receipts.count, by: 500) {
            for deposit in try await Deposit.query(on: db).filter(\.$receiptNumber ~~ Array(receipts[start..<min(start + 500, receipts.count)])).all() {
                existing[deposit.receiptNumber] = deposit
            }
        }
        var rejected = file.rejected
        var toCreate: [(DepositHistoryFile.Row, Member)] = []
        var unchanged = 0
        for row in file.rows {
            guard let member = members[row.cardNumber] else {
                rejected.append(.init(line: row.line, fields: row.fields, problems: [.unknownCard(row.cardNumber)]))
                continue
            }
            if let deposit = existing[row.receiptNumber] {
                if deposit.$member.id == member.id && deposit.amountSatang == row.amount.value && deposit.receivedOn == row.receivedOn.iso {
                    unchanged += 1
                } else {
                    rejected.append(.init(line: row.line, fields: row.fields, problems: [.receiptConflict(row.receiptNumber)]))
                }
                continue
            }
            toCreate.append((row, member))
        }
        rejected.sort { $0.line < $1.line }
        let apply = !options.dryRun && (rejected.isEmpty || options.skipInvalid)
        if apply && !toCreate.isEmpty {
            try await write(toCreate, progress: progress)
        }
        return Report(rows: file.rows.count + file.rejected.count, created: toCreate.count, unchanged: unchanged, rejected: rejected,
                      applied: apply, dryRun: options.dryRun)
    }

    /// Each deposit is received at noon of its day (Bangkok) and, when the file says so, refunded at
    /// noon of the refund day, through the same ledger rules as the counter.
    private func write(_ rows: [(DepositHistoryFile.Row, Member)], progress: @escaping MemberImporter.Progress) async throws {
        let note = "นำเข้าประวัติเดิม ไม่ได้บันทึกวิธีชำระ / imported history; payment method not recorded"
        try await db.transaction { db in
            for (index, (row, member)) in rows.enumerated() {
                let depositID = UUID()
                let memberID = try member.requireID()
                let received = LedgerEntry.received(
                    id: UUID(), depositID: depositID, amount: row.amount, by: Self.importer,
                    at: BangkokTime.instant(day: row.receivedOn, minuteOfDay: 12 * 60), counter: "history import",
                    paymentMethod: .cash, note: note)
                var entries = [received]
                if let refundedOn = row.refundedOn, let refundAmount = row.refundAmount {
                    entries.append(.refunded(id: UUID(), depositID: depositID, amount: refundAmount, by: Self.importer,
                                             at: BangkokTime.instant(day: refundedOn, minuteOfDay: 12 * 60), counter: "history import",
                                             paymentMethod: .cash, note: note))
                }
                var ledger = Ledger()
                for entry in entries {
                    do { try ledger.append(entry) } catch let rejection as LedgerRejection { throw DepositRefusal(ledger: rejection.problems) }
                }
                let deposit = Deposit()
                deposit.id = depositID
                deposit.$member.id = memberID
                deposit.receiptNumber = row.receiptNumber
                deposit.amountSatang = row.amount.value
                deposit.balanceSatang = ledger.balance(ofDeposit: depositID).value
                deposit.receivedOn = row.receivedOn.iso
                deposit.lastClaimDay = policy.lastClaimDay(membershipExpiry: member.draft.expiresOn).iso
                deposit.source = .historicalImport
                try await deposit.create(on: db)
                for entry in entries {
                    try await LedgerEntryRecord(entry, memberID: memberID, idempotencyKey: nil).create(on: db)
                }
                if (index + 1) % max(rows.count / 10, 1) == 0 || index == rows.count - 1 { progress(index + 1, rows.count) }
            }
        }
    }
}
