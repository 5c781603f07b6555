import Fluent
import Foundation
import PatronCore
import SQLKit

/// `patroncare check` and the daily job: the database proves what the code promises. Every deposit's
/// balance equals the sum of its ledger entries, no entry points at a missing deposit (the sqlite3
/// shell does not enforce foreign keys unless told to), receipt numbers run without gaps or repeats
/// per fiscal year, no outbox row has sat in `sending` longer than the reclaim timeout, and the
/// triggers that keep the ledger, the logs and the balance honest are all present and enabled.
struct IntegrityCheck {
    let db: any Database
    /// A row in `sending` longer than this was claimed by a worker that died.
    let sendingTimeout: TimeInterval

    /// Append-only tables (a migration called `AppendOnly.protect` or its like for each): their
    /// UPDATE/DELETE triggers must exist. A feature adding one adds its table here.
    static let appendOnlyTables = [LedgerEntryRecord.schema, FeedbackLogRecord.schema, SignInEventRecord.schema,
                                   ContactPreferenceChangeRecord.schema, ClaimDeadlineChangeRecord.schema, "audit_log", "audit_purges"]

    /// Trigger names the migrations create on this engine.
    static func expectedTriggers(postgres: Bool) -> [String] {
        let appendOnly = appendOnlyTables.flatMap { table in postgres ? ["\(table)_append_only"] : ["\(table)_no_update", "\(table)_no_delete"] }
        return appendOnly + [CreateDepositBalanceGuard.triggerName]
    }

    /// One line per problem, in English; empty when everything holds.
    func problems(now: Date) async throws -> [String] {
        let sql = db as! any SQLDatabase
        var problems: [String] = []
        problems += try await balanceProblems(sql)
        problems += try await orphanProblems(sql)
        problems += try await receiptProblems(sql)
        problems += try await outboxProblems(sql, now: now)
        problems += try await triggerProblems(sql)
        return problems
    }

    /// Runs the check and keeps its result for the administrator's start page.
    @discardableResult
    func runAndRecord(now: Date) async throws -> [String] {
        let found = try await problems(now: now)
        try await IntegrityCheckRun(checkedAt: now, problems: found).create(on: db)
        return found
    }

    private func balanceProblems(_ sql: any SQLDatabase) async throws -> [String] {
        let rows = try await sql.raw("""
            SELECT d.receipt_number AS receipt, d.balance_satang AS balance,
                   CAST(COALESCE(SUM(l.balance_effect_satang), 0) AS BIGINT) AS ledger
            FROM deposits d LEFT JOIN ledger_entries l ON l.deposit_id = d.id
            GROUP BY d.id, d.receipt_number, d.balance_satang
            HAVING d.balance_satang <> COALESCE(SUM(l.balance_effect_satang), 0)
            ORDER BY d.receipt_number
            """).all()
        return try rows.map { row in
            let balance = Satang(try row.decode(column: "balance", as: Int64.self))
            let ledger = Satang(try row.decode(column: "ledger", as: Int64.self))
            return "deposit \(try row.decode(column: "receipt", as: String.self)): balance \(balance.formatted(.plain)) baht "
                + "but its ledger entries sum to \(ledger.formatted(.plain)) baht"
        }
    }

    private func orphanProblems(_ sql: any SQLDatabase) async throws -> [String] {
        let rows = try await sql.raw("""
            SELECT l.id AS id, l.deposit_id AS deposit FROM ledger_entries l
            WHERE NOT EXISTS (SELECT 1 FROM deposits d WHERE d.id = l.deposit_id)
            ORDER BY l.recorded_at
            """).all()
        return try rows.map { row in
            "ledger entry \(try row.decode(column: "id", as: UUID.self)) refers to deposit \(try row.decode(column: "deposit", as: UUID.self)), which does not exist"
        }
    }

    private func receiptProblems(_ sql: any SQLDatabase) async throws -> [String] {
        var sequences: [Int: [Int]] = [:]
        for row in try await sql.raw("""
            SELECT fiscal_year, receipt_sequence FROM deposits WHERE fiscal_year IS NOT NULL AND receipt_sequence IS NOT NULL
            """).all() {
            sequences[try row.decode(column: "fiscal_year", as: Int.self), default: []].append(try row.decode(column: "receipt_sequence", as: Int.self))
        }
        var counters: [Int: Int] = [:]
        for row in try await sql.raw("SELECT fiscal_year, last_number FROM receipt_sequences").all() {
            counters[try row.decode(column: "fiscal_year", as: Int.self)] = try row.decode(column: "last_number", as: Int.self)
        }
        return Set(sequences.keys).union(counters.keys).sorted().flatMap { year in
            ReceiptSequenceAudit(fiscalYear: year, sequences: sequences[year] ?? [], counter: counters[year]).problems
        }
    }

    private func outboxProblems(_ sql: any SQLDatabase, now: Date) async throws -> [String] {
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n, MIN(claimed_at) AS oldest FROM outbox_messages
            WHERE status = 'sending' AND claimed_at < \(bind: now.addingTimeInterval(-sendingTimeout))
            """).first()
        let count = try row?.decode(column: "n", as: Int.self) ?? 0
        guard count > 0 else { return [] }
        let oldest = try row?.decode(column: "oldest", as: Date?.self)
        return ["\(count) outbox message(s) stuck in `sending` for more than \(Int(sendingTimeout)) s"
                + (oldest.map { " (the oldest claimed at \(ISO8601DateFormatter().string(from: $0)))" } ?? "")
                + "; the next delivery round reclaims them"]
    }

    private func triggerProblems(_ sql: any SQLDatabase) async throws -> [String] {
        let postgres = sql.dialect.name == "postgresql"
        let rows = try await sql.raw(postgres
            ? "SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
            : "SELECT name FROM sqlite_master WHERE type = 'trigger'").all()
        let present = Set(try rows.map { try $0.decode(column: "name", as: String.self) })
        return Self.expectedTriggers(postgres: postgres).filter { !present.contains($0) }.map {
            "trigger \($0) is missing or disabled: the table it guards can be changed by hand"
        }
    }
}
