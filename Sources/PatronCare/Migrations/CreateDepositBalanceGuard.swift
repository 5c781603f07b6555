import Fluent
import SQLKit

/// `deposits.balance_satang` is a copy of the sum of the deposit's ledger entries, kept for fast
/// lists. This trigger makes the ledger its only source: an UPDATE that sets the balance to anything
/// but the sum of the ledger entries already recorded for that deposit is refused. `DepositStore`
/// therefore writes the entry first and moves the balance second, in one transaction; a hand-typed
/// `UPDATE deposits SET balance_satang = …` at a SQL prompt fails. Inserting a deposit is not
/// covered (its entries can only follow it); `patroncare check` compares every balance with its ledger.
struct CreateDepositBalanceGuard: AsyncMigration {
    static let triggerName = "deposits_balance_follows_ledger"
    static let message = "deposits.balance_satang follows the ledger: record a ledger entry (a correction) instead"

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let ledgerSum = "(SELECT COALESCE(SUM(balance_effect_satang), 0) FROM ledger_entries WHERE deposit_id = NEW.id)"
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION refuse_balance_change() RETURNS trigger AS $$
                BEGIN
                    IF NEW.balance_satang IS DISTINCT FROM \(unsafeRaw: ledgerSum) THEN
                        RAISE EXCEPTION '\(unsafeRaw: Self.message)';
                    END IF;
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: Self.triggerName) BEFORE UPDATE OF balance_satang ON deposits
                FOR EACH ROW EXECUTE FUNCTION refuse_balance_change()
                """).run()
        } else {
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: Self.triggerName) BEFORE UPDATE OF balance_satang ON deposits
                WHEN NEW.balance_satang IS NOT \(unsafeRaw: ledgerSum)
                BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: Self.message)'); END
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: Self.triggerName) ON deposits").run()
            try await sql.raw("DROP FUNCTION IF EXISTS refuse_balance_change()").run()
        } else {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: Self.triggerName)").run()
        }
    }
}
