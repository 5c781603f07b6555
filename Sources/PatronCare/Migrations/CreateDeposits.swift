import Fluent
import SQLKit

/// Deposits, their append-only ledger, receipt numbering, refund requests and forfeiture batches.
struct CreateDeposits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Deposit.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("receipt_number", .string, .required)
            .field("fiscal_year", .int)
            .field("receipt_sequence", .int)
            .field("amount_satang", .int64, .required, .sql(raw: "CHECK (amount_satang > 0)"))
            .field("balance_satang", .int64, .required, .sql(raw: "CHECK (balance_satang >= 0)"))
            .field("received_on", .string, .required)
            .field("last_claim_day", .string, .required)
            .field("source", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "receipt_number")
            .unique(on: "fiscal_year", "receipt_sequence")
            .create()

        try await database.schema(LedgerEntryRecord.schema)
            .id()
            .field("deposit_id", .uuid, .required, .references(Deposit.schema, "id"))
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("kind", .string, .required)
            .field("amount_satang", .int64, .required)
            .field("balance_effect_satang", .int64, .required)
            .field("corrects_id", .uuid, .references(LedgerEntryRecord.schema, "id"))
            .field("reason", .string, .required)
            .field("recorded_by_id", .string, .required)
            .field("recorded_by_name", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("counter", .string, .required)
            .field("payment_method", .string)
            .field("idempotency_key", .string)
            .field("documents", .string, .required)
            .field("proxy_name", .string, .required)
            .field("proxy_id_number", .string, .required)
            .field("proxy_letter_date", .string)
            .field("override_reason", .string, .required)
            .field("forfeiture_batch_id", .uuid)
            .unique(on: "idempotency_key")
            .create()

        try await database.schema("receipt_sequences")
            .field("fiscal_year", .int, .identifier(auto: false))
            .field("last_number", .int, .required)
            .create()

        try await database.schema(RefundRequestRecord.schema)
            .id()
            .field("deposit_id", .uuid, .required, .references(Deposit.schema, "id"))
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("status", .string, .required)
            .field("requested_via", .string, .required)
            .field("note", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .field("closed_at", .datetime)
            .create()

        try await database.schema(ForfeitureBatch.schema)
            .id()
            .field("as_of", .string, .required)
            .field("status", .string, .required)
            .field("proposed_by", .string, .required)
            .field("approved_by", .string)
            .field("approved_at", .datetime)
            .field("total_satang", .int64, .required)
            .field("deposit_count", .int, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(ForfeitureItem.schema)
            .id()
            .field("batch_id", .uuid, .required, .references(ForfeitureBatch.schema, "id"))
            .field("deposit_id", .uuid, .required, .references(Deposit.schema, "id"))
            .field("amount_satang", .int64, .required)
            .create()

        let sql = database as! any SQLDatabase
        try await sql.create(index: "ledger_entries_deposit_idx").on(LedgerEntryRecord.schema).column("deposit_id").run()
        try await sql.create(index: "deposits_member_idx").on(Deposit.schema).column("member_id").run()
        try await sql.create(index: "deposits_last_claim_day_idx").on(Deposit.schema).column("last_claim_day").run()
        try await AppendOnly.protect(table: LedgerEntryRecord.schema, on: sql)
    }

    func revert(on database: any Database) async throws {
        for schema in [ForfeitureItem.schema, ForfeitureBatch.schema, RefundRequestRecord.schema, "receipt_sequences",
                       LedgerEntryRecord.schema, Deposit.schema] {
            try await database.schema(schema).delete()
        }
        if (database as! any SQLDatabase).dialect.name == "postgresql" {
            try await (database as! any SQLDatabase).raw("DROP FUNCTION IF EXISTS refuse_ledger_change()").run()
        }
    }
}

/// Database triggers that refuse UPDATE and DELETE on a table, on SQLite and PostgreSQL alike:
/// the ledger stays append-only even for someone with a SQL prompt and good intentions.
enum AppendOnly {
    static func protect(table: String, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION refuse_ledger_change() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'ledger entries are append-only: add a correction instead'; END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE ON \(ident: table)
                FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change()
                """).run()
        } else {
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: operation.lowercased()) BEFORE \(unsafeRaw: operation) ON \(ident: table)
                    BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only: add a correction instead'); END
                    """).run()
            }
        }
    }
}
