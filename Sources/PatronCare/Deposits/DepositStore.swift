import Fluent
import Foundation
import PatronCore
import SQLKit

/// Why a money movement was refused, in the reader's language. Nothing was written.
struct DepositRefusal: Error {
    let messages: (Language) -> [String]

    init(ledger problems: [LedgerProblem]) { messages = { language in problems.map { $0.message(language) } } }
    init(refund problems: [RefundProblem]) { messages = { language in problems.map { $0.message(language) } } }
    init(intake problems: [DepositIntakeProblem]) { messages = { language in problems.map { $0.message(language) } } }
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
    /// Seals a proxy's national ID number before it is stored (`PATRONCARE_DATA_KEY`).
    let cipher: PersonalDataCipher

    /// What a request meant to do with its idempotency key: a key found on another operation's
    /// entry (deposit A's receipt sent with a refund of deposit B) is refused, not replayed.
    enum Operation {
        case receive(memberID: UUID)
        case refund(depositID: UUID)
        case correct(entryID: UUID)

        func matches(_ entry: LedgerEntryRecord) -> Bool {
            switch self {
            case .receive(let memberID): entry.kind == .received && entry.$member.id == memberID
            case .refund(let depositID): entry.kind == .refunded && entry.$deposit.id == depositID
            case .correct(let entryID): entry.kind == .correction && entry.correctsID == entryID
            }
        }
    }

    static var keyUsedElsewhere: DepositRefusal {
        DepositRefusal {
            $0 == .th
            ? "แบบฟอร์มนี้ใช้รหัสคำขอ (idempotency key) ที่เคยใช้กับรายการอื่นแล้ว จึงไม่ได้บันทึกอะไร กรุณาเปิดหน้านี้ใหม่แล้วทำรายการอีกครั้ง"
            : "This form's idempotency key was already used for a different operation, so nothing was recorded. Open the page again and redo the operation."
        }
    }

    // MARK: Taking a deposit

    /// Takes a deposit, if the core's `DepositIntake` allows it for this member and reader: the
    /// policy names one for the type, the membership is current, and no deposit is held — or the
    /// reader is a head and gives `secondDepositReason`, which the entry keeps as its "why" (the
    /// `note` is ignored then). Checked inside the transaction under the member's row lock, so two
    /// first-deposit forms sent at once cannot both pass.
    func receive(member: Member, amount: Satang, paymentMethod: PaymentMethod, counter: String, note: String,
                 secondDepositReason: String = "", by staff: StaffRef, role: StaffRole, at instant: Date,
                 idempotencyKey: String) async throws -> LedgerWrite {
        let memberID = try member.requireID()
        let operation = Operation.receive(memberID: memberID)
        if let earlier = try await replay(idempotencyKey, operation) { return earlier }
        let depositID = UUID()
        let day = BangkokTime.day(of: instant)
        let received = LedgerEntry.received(id: UUID(), depositID: depositID, amount: amount, by: staff, at: instant,
                                            counter: counter, paymentMethod: paymentMethod, note: note)
        let problems = Ledger.check(received, against: [])
        guard problems.isEmpty else { throw DepositRefusal(ledger: problems) }
        do {
            return try await db.transaction { db in
                try await Self.lockMember(memberID, on: db)
                if let earlier = try await Self.replay(idempotencyKey, operation, on: db) { return earlier }
                let offer = DepositIntake.offer(policy: policy, membershipType: member.draft.membershipType, memberStatus: member.status,
                                                expiresOn: member.draft.expiresOn, held: try await Self.held(by: memberID, on: db), today: day)
                let intakeProblems = DepositIntake.problems(offer, role: role, reason: secondDepositReason)
                guard intakeProblems.isEmpty else { throw DepositRefusal(intake: intakeProblems) }
                var entry = received
                if case .second = offer { entry.reason = secondDepositReason.trimmingCharacters(in: .whitespacesAndNewlines) }
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
            if (error as? any DatabaseError)?.isConstraintFailure == true, let earlier = try await replay(idempotencyKey, operation) {
                return earlier
            }
            throw error
        }
    }

    /// The deposits a member holds now (a balance above zero), oldest first: what `DepositIntake` weighs.
    static func held(by memberID: UUID, on db: any Database) async throws -> [DepositIntake.Held] {
        try await Deposit.query(on: db).filter(\.$member.$id == memberID).filter(\.$balanceSatang > 0).sort(\.$receivedOn).all()
            .map { DepositIntake.Held(receiptNumber: $0.receiptNumber, balance: $0.balance) }
    }

    /// The member's row lock (a no-op write): concurrent deposits for one member queue here.
    private static func lockMember(_ memberID: UUID, on db: any Database) async throws {
        try await (db as! any SQLDatabase).update(Member.schema).set("updated_at", to: SQLIdentifier("updated_at"))
            .where("id", .equal, SQLBind(memberID)).run()
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
        let depositID = try deposit.requireID()
        let operation = Operation.refund(depositID: depositID)
        if let earlier = try await replay(idempotencyKey, operation) { return earlier }
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
                if let earlier = try await Self.replay(idempotencyKey, operation, on: db) { return earlier }
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
                    record.proxyIDNumber = try cipher.seal(proxy.idNumber)
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
            if let earlier = try await replay(idempotencyKey, operation) { return earlier }
            throw DepositRefusal { $0 == .th ? "ยอดเงินประกันไม่พอสำหรับการคืนนี้ (มีการคืนไปแล้ว)" : "The balance no longer covers this refund (it was already paid)." }
        }
    }

    // MARK: Corrections

    func correct(_ target: LedgerEntryRecord, balanceEffect: Satang, reason: String, by staff: StaffRef, at instant: Date,
                 idempotencyKey: String) async throws -> LedgerWrite {
        let operation = Operation.correct(entryID: try target.requireID())
        if let earlier = try await replay(idempotencyKey, operation) { return earlier }
        let depositID = target.$deposit.id
        do {
            return try await db.transaction { db in
                try await Self.lock(depositID, at: instant, on: db)
                if let earlier = try await Self.replay(idempotencyKey, operation, on: db) { return earlier }
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
            if (error as? any DatabaseError)?.isConstraintFailure == true, let earlier = try await replay(idempotencyKey, operation) {
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

    private func replay(_ key: String, _ operation: Operation) async throws -> LedgerWrite? { try await Self.replay(key, operation, on: db) }

    /// The earlier result of this key's operation, nil when the key is new; refused when the key
    /// was used for a different operation.
    private static func replay(_ key: String, _ operation: Operation, on db: any Database) async throws -> LedgerWrite? {
        guard let entry = try await LedgerEntryRecord.query(on: db).filter(\.$idempotencyKey == key).first() else { return nil }
        guard operation.matches(entry) else { throw keyUsedElsewhere }
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
