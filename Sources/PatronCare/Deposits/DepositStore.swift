import Fluent
import Foundation
import PatronCore
import SQLKit

/// Why a money movement was refused, in the reader's language. Nothing was written.
struct DepositRefusal: Error {
    let messages: (Language) -> [String]

    init(ledger problems: [LedgerProblem]) { messages = { language in problems.map { $0.message(language) } } }
    init(refund problems: [RefundProblem]) { messages = { language in problems.map { $0.message(language) } } }
    init(_ text: @escaping (Language) -> String) { messages = { [text($0)] } }
}

/// The result of a money-moving request; `replayed` when the idempotency key had been seen and
/// the earlier result is returned instead of moving money again.
struct LedgerWrite {
    let deposit: Deposit
    let entry: LedgerEntryRecord
    let replayed: Bool
}

/// Every movement of deposit money goes through here: one transaction each, checked by the core's
/// ledger rules, idempotent by key, and guarded by the database (conditional balance update,
/// `CHECK (balance_satang >= 0)`, unique idempotency key, append-only triggers).
struct DepositStore {
    let db: any Database
    let policy: DepositPolicy

    // MARK: Taking a deposit

    func receive(member: Member, amount: Satang, paymentMethod: PaymentMethod, counter: String, note: String,
                 by staff: StaffRef, at instant: Date, idempotencyKey: String) async throws -> LedgerWrite {
        if let earlier = try await replay(idempotencyKey) { return earlier }
        let memberID = try member.requireID()
        let depositID = UUID()
        let entry = LedgerEntry.received(id: UUID(), depositID: depositID, amount: amount, by: staff, at: instant,
                                         counter: counter, paymentMethod: paymentMethod, note: note)
        let problems = Ledger.check(entry, against: [])
        guard problems.isEmpty else { throw DepositRefusal(ledger: problems) }
        do {
            return try await db.transaction { db in
                let day = BangkokTime.day(of: instant)
                let number = try await ReceiptNumbers.allocate(on: day, db: db)
                let deposit = Deposit()
                deposit.id = depositID
                deposit.$member.id = memberID
                deposit.receiptNumber = number.description
                deposit.fiscalYear = number.fiscalYear.buddhistYear
                deposit.receiptSequence = number.sequence
                deposit.amountSatang = amount.value
                deposit.balanceSatang = amount.value
                deposit.receivedOn = day.iso
                deposit.lastClaimDay = policy.lastClaimDay(membershipExpiry: member.draft.expiresOn).iso
                deposit.source = .counter
                try await deposit.create(on: db)
                let record = LedgerEntryRecord(entry, memberID: memberID, idempotencyKey: idempotencyKey)
                try await record.create(on: db)
                return LedgerWrite(deposit: deposit, entry: record, replayed: false)
            }
        } catch {
            if (error as? any DatabaseError)?.isConstraintFailure == true, let earlier = try await replay(idempotencyKey) {
                return earlier
            }
            throw error
        }
    }

    // MARK: Refunds

    struct RefundInput {
        var amount: Satang?
        var paymentMethod: PaymentMethod
        var counter: String
        var note: String
        var documentsTicked: Set<String>
        var collector: RefundCollector
        var deadlineOverride: DeadlineOverride?
        /// The stored name of the proxy letter's scan (see `ScanStore`), filed with the letter.
        var proxyLetterScan: String? = nil
    }

    func refund(_ deposit: Deposit, _ input: RefundInput, counterHours: CounterHours, holidays: HolidayCalendar,
                by staff: StaffRef, at instant: Date, idempotencyKey: String) async throws -> LedgerWrite {
        if let earlier = try await replay(idempotencyKey) { return earlier }
        let depositID = try deposit.requireID()
        let member = try await deposit.$member.get(on: db)
        let request = RefundRequest(
            membershipExpiry: member.draft.expiresOn, memberStatus: member.status, lastClaimDay: deposit.lastClaimDate,
            paymentMethod: input.paymentMethod, documentsTicked: input.documentsTicked, collector: input.collector,
            deadlineOverride: input.deadlineOverride)
        let refundProblems = RefundEligibility.problems(for: request, at: instant, counterHours: counterHours,
                                                        holidays: holidays, policy: policy)
        guard refundProblems.isEmpty else { throw DepositRefusal(refund: refundProblems) }
        do {
            return try await db.transaction { db in
                try await Self.lock(depositID, at: instant, on: db)
                // Looked up again under the lock: a twin request that held it has committed by now.
                if let earlier = try await Self.replay(idempotencyKey, on: db) { return earlier }
                let existing = try await Self.entries(of: depositID, on: db)
                let balance = Ledger.balance(of: existing)
                let entry = LedgerEntry.refunded(id: UUID(), depositID: depositID, amount: input.amount ?? balance, by: staff,
                                                 at: instant, counter: input.counter, paymentMethod: input.paymentMethod,
                                                 note: input.note)
                let problems = Ledger.check(entry, against: existing)
                guard problems.isEmpty else { throw DepositRefusal(ledger: problems) }
                let record = LedgerEntryRecord(entry, memberID: try member.requireID(), idempotencyKey: idempotencyKey)
                record.documents = input.documentsTicked.sorted().joined(separator: ",")
                if case .proxy(let proxy) = input.collector {
                    record.proxyName = proxy.name
                    record.proxyIDNumber = proxy.idNumber
                    record.proxyLetterDate = proxy.letterDate?.iso
                }
                record.overrideReason = input.deadlineOverride.map { "\($0.by.name): \($0.reason)" } ?? ""
                // The entry first: the balance trigger accepts only the ledger's new sum.
                try await record.create(on: db)
                try await Self.move(depositID, by: entry.balanceEffect, on: db)
                try await RefundRequestRecord.query(on: db)
                    .filter(\.$deposit.$id == depositID).filter(\.$status == .open)
                    .set(\.$status, to: .paid).set(\.$closedAt, to: instant).update()
                try await fileDocuments(input, memberID: try member.requireID(), staff: staff, day: BangkokTime.day(of: instant), on: db)
                return LedgerWrite(deposit: try await Self.reload(depositID, on: db), entry: record, replayed: false)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            if let earlier = try await replay(idempotencyKey) { return earlier }
            throw DepositRefusal { $0 == .th ? "ยอดเงินประกันไม่พอสำหรับการคืนนี้ (มีการคืนไปแล้ว)" : "The balance no longer covers this refund (it was already paid)." }
        }
    }

    // MARK: Corrections

    func correct(_ target: LedgerEntryRecord, balanceEffect: Satang, reason: String, by staff: StaffRef, at instant: Date,
                 idempotencyKey: String) async throws -> LedgerWrite {
        if let earlier = try await replay(idempotencyKey) { return earlier }
        let depositID = target.$deposit.id
        do {
            return try await db.transaction { db in
                try await Self.lock(depositID, at: instant, on: db)
                if let earlier = try await Self.replay(idempotencyKey, on: db) { return earlier }
                let existing = try await Self.entries(of: depositID, on: db)
                let entry = LedgerEntry.correction(id: UUID(), of: target.entry, balanceEffect: balanceEffect, by: staff,
                                                   at: instant, reason: reason)
                let problems = Ledger.check(entry, against: existing)
                guard problems.isEmpty else { throw DepositRefusal(ledger: problems) }
                let record = LedgerEntryRecord(entry, memberID: target.$member.id, idempotencyKey: idempotencyKey)
                try await record.create(on: db)
                try await Self.move(depositID, by: entry.balanceEffect, on: db)
                return LedgerWrite(deposit: try await Self.reload(depositID, on: db), entry: record, replayed: false)
            }
        } catch {
            if (error as? any DatabaseError)?.isConstraintFailure == true, let earlier = try await replay(idempotencyKey) {
                return earlier
            }
            throw error
        }
    }

    // MARK: Shared steps

    static func entries(of depositID: UUID, on db: any Database) async throws -> [LedgerEntry] {
        try await LedgerEntryRecord.query(on: db).filter(\.$deposit.$id == depositID).sort(\.$recordedAt).all().map(\.entry)
    }

    /// Takes the deposit's row lock first (a no-op write): on PostgreSQL concurrent movements of the
    /// same deposit queue here; on SQLite the transaction becomes the writer at once.
    static func lock(_ depositID: UUID, at instant: Date, on db: any Database) async throws {
        try await (db as! any SQLDatabase).update(Deposit.schema).set("updated_at", to: SQLBind(instant))
            .where("id", .equal, SQLBind(depositID)).run()
    }

    /// Applies a balance change only if the balance stays ≥ 0; the database refuses anything else.
    /// Call it after the entry is recorded: the balance trigger (`CreateDepositBalanceGuard`) accepts
    /// only a balance equal to the ledger's sum.
    static func move(_ depositID: UUID, by effect: Satang, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let rows = try await sql.update(Deposit.schema)
            .set("balance_satang", to: SQLBinaryExpression(SQLIdentifier("balance_satang"), .add, SQLBind(effect.value)))
            .where("id", .equal, SQLBind(depositID))
            .where(SQLBinaryExpression(SQLBinaryExpression(SQLIdentifier("balance_satang"), .add, SQLBind(effect.value)),
                                       .greaterThanOrEqual, SQLLiteral.numeric("0")))
            .returning("id")
            .all()
        guard rows.count == 1 else {
            throw DepositRefusal { $0 == .th ? "ยอดเงินประกันไม่พอ" : "The deposit's balance does not cover this movement." }
        }
    }

    private func replay(_ key: String) async throws -> LedgerWrite? { try await Self.replay(key, on: db) }

    private static func replay(_ key: String, on db: any Database) async throws -> LedgerWrite? {
        guard let entry = try await LedgerEntryRecord.query(on: db).filter(\.$idempotencyKey == key).first() else { return nil }
        return LedgerWrite(deposit: try await reload(entry.$deposit.id, on: db), entry: entry, replayed: true)
    }

    private static func reload(_ depositID: UUID, on db: any Database) async throws -> Deposit {
        guard let deposit = try await Deposit.find(depositID, on: db) else { throw DatabaseFailure("deposit \(depositID) vanished") }
        return deposit
    }

    /// "The required documents … ticked and stored on the member record": each ticked document
    /// becomes a document on file, dated the day of the refund.
    private func fileDocuments(_ input: RefundInput, memberID: UUID, staff: StaffRef, day: CivilDate, on db: any Database) async throws {
        let all = policy.requiredDocuments.flatMap(\.anyOf)
        var scan = input.proxyLetterScan
        for code in input.documentsTicked.sorted() {
            let name = all.first { $0.code == code }?.name(.th) ?? code
            let kind = MemberDocument.Kind(refundDocumentCode: code)
            let document = MemberDocument(memberID: memberID, name: name, kind: kind, datedOn: day, recordedBy: staff.id)
            if kind == .proxyLetter, let stored = scan {
                document.storedFile = stored
                scan = nil
            }
            try await document.create(on: db)
        }
        if let stored = scan {
            let document = MemberDocument(memberID: memberID, name: "หนังสือมอบอำนาจ (สแกน)", kind: .proxyLetter, datedOn: day, recordedBy: staff.id)
            document.storedFile = stored
            try await document.create(on: db)
        }
    }
}

struct DatabaseFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Receipt numbers: one counter row per fiscal year, incremented inside the deposit's transaction,
/// so a number is never issued twice, and a rolled-back deposit takes its number back with it: the
/// numbers run without gaps, which `patroncare check` verifies (`ReceiptSequenceAudit`).
enum ReceiptNumbers {
    static func allocate(on day: CivilDate, db: any Database) async throws -> ReceiptNumber {
        let year = FiscalYear(containing: day)
        let row = try await (db as! any SQLDatabase).raw("""
            INSERT INTO receipt_sequences (fiscal_year, last_number) VALUES (\(bind: year.buddhistYear), 1)
            ON CONFLICT (fiscal_year) DO UPDATE SET last_number = receipt_sequences.last_number + 1
            RETURNING last_number
            """).first()
        guard let sequence = try row?.decode(column: "last_number", as: Int.self),
              let number = ReceiptNumber(fiscalYear: year, sequence: sequence) else {
            throw DepositRefusal { $0 == .th ? "เลขที่ใบเสร็จของปีงบประมาณนี้หมดแล้ว" : "This fiscal year's receipt numbers are used up." }
        }
        return number
    }
}
