import Fluent
import PatronCore
import SQLKit
import Vapor

/// Writes the synthetic consortium of `patroncare demo --scale N`: the demo staff, N members from
/// `SyntheticConsortium`, the external type A members' deposits with their ledger entries
/// (received on enrolment, refunded after expiry) and gap-free receipt numbers per fiscal year, and
/// the outbox history from `SyntheticOutbox` (past reminders with their delivery attempts).
///
/// Rows go in as multi-row INSERTs through SQLKit (so dates and UUIDs are encoded exactly as Fluent
/// encodes them, on SQLite and PostgreSQL), a transaction per batch. Deposits are written with the
/// balance their ledger entries sum to, so the balance trigger and `patroncare check` agree.
struct ConsortiumWriter {
    let db: any Database
    let policy: DepositPolicy
    let today: CivilDate
    let now: Date
    let seed: UInt64
    /// Members per transaction.
    var batchSize = 5_000

    struct Counts { var members = 0, deposits = 0, ledgerEntries = 0, outboxMessages = 0 }

    private static let historyImport = StaffRef(id: "demo-history", name: "ประวัติสาธิต (demo history)")

    func write(scale: Int, progress: (Counts) -> Void) async throws -> Counts {
        var counts = Counts()
        var lastSequence: [Int: Int] = [:]
        let depositAmount = policy.amounts[.externalA] ?? Satang(100_000)
        var start = 0
        while start < scale {
            let end = min(scale, start + batchSize)
            let batch = (start..<end).map {
                (index: $0, member: SyntheticConsortium.member(index: $0, seed: seed, today: today, depositAmount: depositAmount))
            }
            let (depositRows, entryRows) = try depositRows(batch, lastSequence: &lastSequence)
            let (messageRows, attemptRows) = outboxRows(batch)
            try await db.transaction { db in
                let sql = db as! any SQLDatabase
                try await insertMembers(batch, on: sql)
                try await Self.insert(depositRows, into: Deposit.schema, columns: Self.depositColumns, on: sql)
                try await Self.insert(entryRows, into: LedgerEntryRecord.schema, columns: Self.ledgerColumns, on: sql)
                try await Self.insert(messageRows, into: OutboxMessage.schema, columns: Self.outboxColumns, on: sql)
                try await Self.insert(attemptRows, into: OutboxAttempt.schema, columns: Self.attemptColumns, on: sql)
            }
            counts.deposits += depositRows.count
            counts.ledgerEntries += entryRows.count
            counts.outboxMessages += messageRows.count
            counts.members = end
            progress(counts)
            start = end
        }
        let sequences = lastSequence
        try await db.transaction { db in
            let sql = db as! any SQLDatabase
            for (year, last) in sequences.sorted(by: { $0.key < $1.key }) {
                try await sql.insert(into: "receipt_sequences").columns("fiscal_year", "last_number")
                    .values(SQLBind(year), SQLBind(last)).run()
            }
        }
        return counts
    }

    private static let memberColumns = [
        "id", "card_number", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "segment", "membership_type",
        "enrolled_on", "expires_on", "status", "email", "mobile", "line_user_id", "address_line1", "address_line2",
        "address_line3", "postcode", "preferred_language", "consent_postcard", "consent_email", "consent_sms", "consent_line",
        "notes", "reminders_opt_out", "search_text", "created_at", "updated_at",
        "opt_out_postcard", "opt_out_email", "opt_out_sms", "opt_out_line",
    ]

    /// Rows per INSERT, kept under SQLite's limit of 32,766 bound values.
    private static let rowsPerStatement = 500

    private func insertMembers(_ batch: [(index: Int, member: SyntheticMember)], on sql: any SQLDatabase) async throws {
        for chunk in batch.chunked(Self.rowsPerStatement) {
            var insert = sql.insert(into: Member.schema).columns(Self.memberColumns)
            for (index, member) in chunk {
                let d = member.draft
                let created = BangkokTime.instant(day: d.enrolledOn, minuteOfDay: 9 * 60)
                let values: [any Encodable & Sendable] = [
                    SyntheticConsortium.uuid(seed: seed, index: index, salt: 1), d.cardNumber, d.firstNameTh, d.lastNameTh,
                    d.firstNameEn, d.lastNameEn, d.segment.rawValue, d.membershipType.rawValue, d.enrolledOn.iso, d.expiresOn.iso,
                    d.status.rawValue, d.email, d.mobile, d.lineUserID, d.addressLine1, d.addressLine2, d.addressLine3, d.postcode,
                    d.preferredLanguage.rawValue, d.consent.postcard, d.consent.email, d.consent.sms, d.consent.line, d.notes,
                    false, Member.searchText(for: d), created, created, false, false, false, false,
                ]
                insert = insert.values(values.map { SQLBind($0) })
            }
            try await insert.run()
        }
    }

    private static let depositColumns = ["id", "member_id", "receipt_number", "fiscal_year", "receipt_sequence", "amount_satang",
                                         "balance_satang", "received_on", "last_claim_day", "source", "created_at", "updated_at"]
    private static let ledgerColumns = ["id", "deposit_id", "member_id", "kind", "amount_satang", "balance_effect_satang", "reason",
                                        "recorded_by_id", "recorded_by_name", "recorded_at", "counter", "payment_method",
                                        "documents", "proxy_name", "proxy_id_number", "override_reason"]

    typealias Row = [any Encodable & Sendable]

    /// The deposit and ledger rows of a batch; `lastSequence` carries each fiscal year's last receipt
    /// number from batch to batch, so numbers run 1, 2, 3 … per year without a gap.
    private func depositRows(_ batch: [(index: Int, member: SyntheticMember)],
                             lastSequence: inout [Int: Int]) throws -> (deposits: [Row], entries: [Row]) {
        var depositRows: [Row] = []
        var entryRows: [Row] = []
        for (index, member) in batch {
            guard let history = member.deposit else { continue }
            let memberID = SyntheticConsortium.uuid(seed: seed, index: index, salt: 1)
            let depositID = SyntheticConsortium.uuid(seed: seed, index: index, salt: 2)
            let receivedAt = BangkokTime.instant(day: history.receivedOn, minuteOfDay: 10 * 60)
            let year = FiscalYear(containing: history.receivedOn).buddhistYear
            let sequence = (lastSequence[year] ?? 0) + 1
            lastSequence[year] = sequence
            guard let receipt = ReceiptNumber(fiscalYear: FiscalYear(buddhistYear: year), sequence: sequence) else {
                throw CommandFailure.refused("More than \(ReceiptNumber.maximumSequence) receipts in fiscal year \(year): choose a smaller --scale.")
            }
            let amount = history.amount.value
            let balance = history.refundedOn == nil ? amount : 0
            let lastClaimDay = policy.lastClaimDay(membershipExpiry: member.draft.expiresOn)
            depositRows.append([depositID, memberID, receipt.description, year, sequence, amount, balance, history.receivedOn.iso,
                                lastClaimDay.iso, Deposit.Source.counter.rawValue, receivedAt, receivedAt])
            entryRows.append([SyntheticConsortium.uuid(seed: seed, index: index, salt: 3), depositID, memberID,
                              LedgerEntry.Kind.received.rawValue, amount, amount, "", Self.historyImport.id, Self.historyImport.name,
                              receivedAt, "counter 1", PaymentMethod.cash.rawValue, "", "", "", ""])
            if let refundedOn = history.refundedOn {
                entryRows.append([SyntheticConsortium.uuid(seed: seed, index: index, salt: 4), depositID, memberID,
                                  LedgerEntry.Kind.refunded.rawValue, amount, -amount, "", Self.historyImport.id, Self.historyImport.name,
                                  BangkokTime.instant(day: refundedOn, minuteOfDay: 14 * 60), "counter 1", PaymentMethod.cash.rawValue,
                                  "original-receipt,id-card-copy", "", "", ""])
            }
        }
        return (depositRows, entryRows)
    }

    private static let outboxColumns = ["id", "dedupe_key", "purpose", "member_id", "recipient_name", "channel", "address",
                                        "fallback_channels", "language", "subject", "body", "html_body", "status", "attempts",
                                        "next_attempt_at", "last_error", "provider_message_id", "sent_at", "claimed_at",
                                        "postcard_batch_id", "reminder_kind", "created_at"]
    private static let attemptColumns = ["id", "message_id", "attempted_at", "channel", "address", "result", "detail"]

    /// The outbox history of a batch's members. Dedupe keys live under `history/`, so they never
    /// collide with a reminder cycle that `patroncare remind` plans later.
    private func outboxRows(_ batch: [(index: Int, member: SyntheticMember)]) -> (messages: [Row], attempts: [Row]) {
        var messages: [Row] = [], attempts: [Row] = []
        for (index, member) in batch {
            guard let message = SyntheticOutbox.message(index: index, member: member, seed: seed, now: now) else { continue }
            let id = SyntheticConsortium.uuid(seed: seed, index: index, salt: 5)
            let d = member.draft
            let thai = d.preferredLanguage == .th
            let subject = message.kind.name(d.preferredLanguage)
            let body = thai ? "เรียน \(d.displayName) \(subject) กรุณาติดต่อห้องสมุด" : "Dear \(d.displayName), \(subject.lowercased()): please contact the library."
            let providerID = message.outcome == .sent ? "synthetic-\(index)" : ""
            messages.append([id, "history/\(message.kind.rawValue)/\(id.uuidString)", "reminder", SyntheticConsortium.uuid(seed: seed, index: index, salt: 1),
                             d.displayName, message.channel.rawValue, message.address, "", d.preferredLanguage.rawValue, subject, body, "",
                             message.outcome.rawValue, message.attempts.count, message.nextAttemptAt, message.lastError, providerID,
                             message.sentAt, Date?.none, UUID?.none, message.kind.rawValue, message.createdAt])
            for (number, attempt) in message.attempts.enumerated() {
                attempts.append([SyntheticConsortium.uuid(seed: seed, index: index, salt: 50 + UInt64(number)), id, attempt.at,
                                 message.channel.rawValue, message.address, attempt.result, attempt.detail])
            }
        }
        return (messages, attempts)
    }

    /// Multi-row INSERTs of `rows`, as many rows per statement as SQLite's limit of 32,766 bound values allows.
    static func insert(_ rows: [Row], into table: String, columns: [String], on sql: any SQLDatabase) async throws {
        for chunk in rows.chunked(max(1, 32_000 / columns.count)) {
            var insert = sql.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row.map { SQLBind($0) }) }
            try await insert.run()
        }
    }
}
