import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import Vapor
@testable import PatronCare

/// `patroncare check` against data corrupted the way a person at a SQL prompt would: each test
/// breaks one rule directly in the database and expects the check to name it.
@Suite struct IntegrityCheckTests {
    static func check(_ app: Application) async throws -> [String] {
        try await IntegrityCheck(db: app.db, sendingTimeout: app.config.channels.sendingTimeout).problems(now: pinnedNow)
    }

    static func isPostgres(_ app: Application) -> Bool { (app.db as! any SQLDatabase).dialect.name == "postgresql" }

    /// Two counter deposits (receipts 1 and 2 of the fiscal year), one refunded and one corrected:
    /// every kind of ledger movement the app writes.
    static func realisticLedger(_ app: Application) async throws -> [Deposit] {
        let (_, first) = try await DepositFixtures.expiredMemberWithDeposit("EXA-1", on: app)
        let (_, second) = try await DepositFixtures.expiredMemberWithDeposit("EXA-2", amount: Satang(1_000_000), on: app)
        let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
        let received = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$deposit.$id == second.requireID()).first())
        _ = try await store.correct(received, balanceEffect: Satang(-900_000), reason: "keyed 10,000 instead of 1,000",
                                    by: DepositFixtures.staff, at: pinnedNow.addingTimeInterval(-100), idempotencyKey: UUID().uuidString)
        _ = try await store.refund(first, .init(paymentMethod: .cash, counter: "Counter 1", note: "", documentsTicked: ["original-receipt", "id-card-copy"],
                                               collector: .member), counterHours: app.config.counterHours, holidays: app.config.builtInHolidays,
                                   by: DepositFixtures.staff, at: pinnedNow, idempotencyKey: UUID().uuidString)
        return [first, second]
    }

    @Test func aLedgerWrittenByTheAppPasses() async throws {
        try await withTestApp { app in
            let deposits = try await Self.realisticLedger(app)
            #expect(try await Deposit.find(deposits[0].requireID(), on: app.db)?.balanceSatang == 0)
            #expect(try await Deposit.find(deposits[1].requireID(), on: app.db)?.balanceSatang == 100_000)
            #expect(try await Self.check(app) == [])
        }
    }

    @Test func theTriggerRefusesABalanceSetByHand() async throws {
        try await withTestApp { app in
            let deposits = try await Self.realisticLedger(app)
            let sql = app.db as! any SQLDatabase
            let refusal = await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE deposits SET balance_satang = balance_satang + 100 WHERE id = \(bind: try deposits[1].requireID())").run()
            }
            // A command that ran into the trigger ends with "refused", not "environment".
            let failure = try CommandFailure.from(#require(refusal))
            #expect(failure.status == .refused)
            #expect(failure.message.contains("deposits.balance_satang follows the ledger"), "\(failure.message)")
            // Setting it to what the ledger says is the ledger's own update, and allowed.
            try await sql.raw("UPDATE deposits SET balance_satang = 100000 WHERE id = \(bind: try deposits[1].requireID())").run()
            #expect(try await Deposit.find(deposits[1].requireID(), on: app.db)?.balanceSatang == 100_000)
        }
    }

    @Test func anEntryAddedBehindTheStoresBackIsFound() async throws {
        try await withTestApp { app in
            let deposits = try await Self.realisticLedger(app)
            let second = try deposits[1].requireID()
            // A correction typed at the SQL prompt without moving the balance.
            try await (app.db as! any SQLDatabase).raw("""
                INSERT INTO ledger_entries (id, deposit_id, member_id, kind, amount_satang, balance_effect_satang, reason, recorded_by_id,
                    recorded_by_name, recorded_at, counter, documents, proxy_name, proxy_id_number, override_reason)
                VALUES (\(bind: UUID()), \(bind: second), \(bind: deposits[1].$member.id), 'correction', 5000, -5000, 'by hand', 'dba', 'DBA',
                    \(bind: pinnedNow), 'sql', '', '', '', '')
                """).run()
            let problems = try await Self.check(app)
            #expect(problems.count == 1)
            #expect(problems.first?.contains("deposit \(deposits[1].receiptNumber): balance 1,000.00 baht but its ledger entries sum to 950.00 baht") == true,
                    "\(problems)")
        }
    }

    @Test func anEntryWhoseDepositIsGoneIsFound() async throws {
        try await withTestApp { app in
            let deposits = try await Self.realisticLedger(app)
            let sql = app.db as! any SQLDatabase
            let ghost = UUID()
            let insert: SQLQueryString = """
                INSERT INTO ledger_entries (id, deposit_id, member_id, kind, amount_satang, balance_effect_satang, reason, recorded_by_id,
                    recorded_by_name, recorded_at, counter, documents, proxy_name, proxy_id_number, override_reason)
                VALUES (\(bind: UUID()), \(bind: ghost), \(bind: deposits[0].$member.id), 'received', 100, 100, '', 'dba', 'DBA',
                    \(bind: pinnedNow), 'sql', '', '', '', '')
                """
            if Self.isPostgres(app) {
                // The owner of the database can drop the foreign key; the sqlite3 shell simply does not enforce it.
                try await sql.raw("""
                    DO $$ DECLARE c text; BEGIN
                        FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'ledger_entries'::regclass AND confrelid = 'deposits'::regclass LOOP
                            EXECUTE format('ALTER TABLE ledger_entries DROP CONSTRAINT %I', c);
                        END LOOP;
                    END $$
                    """).run()
                try await sql.raw(insert).run()
            } else {
                try await app.db.withConnection { connection in
                    let pinned = connection as! any SQLDatabase
                    try await pinned.raw("PRAGMA foreign_keys = OFF").run()
                    try await pinned.raw(insert).run()
                    try await pinned.raw("PRAGMA foreign_keys = ON").run()
                }
            }
            let problems = try await Self.check(app)
            #expect(problems.contains { $0.contains("refers to deposit \(ghost), which does not exist") }, "\(problems)")
        }
    }

    @Test func aRenumberedReceiptLeavesAGapThatIsFound() async throws {
        try await withTestApp { app in
            let deposits = try await Self.realisticLedger(app)
            let year = try #require(deposits[1].fiscalYear)
            try await (app.db as! any SQLDatabase).raw("UPDATE deposits SET receipt_sequence = 4 WHERE id = \(bind: try deposits[1].requireID())").run()
            let problems = try await Self.check(app)
            #expect(problems.contains("fiscal year \(year): receipt numbers missing: 2, 3"), "\(problems)")
            #expect(problems.contains("fiscal year \(year): the receipt counter stands at 2 but the highest receipt is 4"), "\(problems)")
        }
    }

    @Test func aMessageStuckInSendingIsFound() async throws {
        try await withTestApp { app in
            try await (app.db as! any SQLDatabase).raw("""
                INSERT INTO outbox_messages (id, dedupe_key, purpose, recipient_name, channel, address, fallback_channels, language, subject,
                    body, html_body, status, attempts, next_attempt_at, last_error, provider_message_id, created_at, claimed_at)
                VALUES (\(bind: UUID()), 'stuck/1', 'reminder', 'x', 'email', 'x@example.org', '', 'th', 's', 'b', '', 'sending', 0,
                    \(bind: pinnedNow), '', '', \(bind: pinnedNow), \(bind: pinnedNow.addingTimeInterval(-3_600)))
                """).run()
            let problems = try await Self.check(app)
            #expect(problems.count == 1)
            #expect(problems.first?.hasPrefix("1 outbox message(s) stuck in `sending` for more than 600 s") == true, "\(problems)")
        }
    }

    @Test func aDroppedTriggerIsFound() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            if Self.isPostgres(app) {
                try await sql.raw("DROP TRIGGER ledger_entries_append_only ON ledger_entries").run()
                try await sql.raw("ALTER TABLE deposits DISABLE TRIGGER deposits_balance_follows_ledger").run()
            } else {
                try await sql.raw("DROP TRIGGER ledger_entries_no_update").run()
                try await sql.raw("DROP TRIGGER deposits_balance_follows_ledger").run()
            }
            let problems = try await Self.check(app)
            #expect(problems.count == 2, "\(problems)")
            #expect(problems.contains { $0.hasPrefix("trigger deposits_balance_follows_ledger is missing or disabled") })
        }
    }

    @Test func theDailyJobKeepsTheResultForTheAdministratorsStartPage() async throws {
        try await withTestApp { app in
            try await Self.realisticLedger(app)
            try await (app.db as! any SQLDatabase).raw("UPDATE deposits SET receipt_sequence = 9 WHERE receipt_sequence = 2").run()
            let found = try await IntegrityCheck(db: app.db, sendingTimeout: 600).runAndRecord(now: pinnedNow)
            #expect(found.count == 2)
            let admin = try await TestStaff.browser(.admin, on: app)
            let page = try await admin.get(SiteRoute.home.href).body.string
            #expect(page.contains("id=\"integrity\""))
            #expect(page.contains("receipt numbers missing: 2, 3, 4, 5, 6, 7, 8"), "the problems are listed")
            let counter = try await TestStaff.browser(.counter, on: app)
            #expect(!(try await counter.get(SiteRoute.home.href).body.string.contains("id=\"integrity\"")), "only administrators see it")
        }
    }
}
