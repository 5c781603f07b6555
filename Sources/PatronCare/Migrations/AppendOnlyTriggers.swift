import SQLKit

/// Triggers that refuse UPDATE and DELETE on a table, on SQLite and PostgreSQL alike, so a history
/// stays append-only even for someone with a SQL prompt and good intentions. The migrations of this
/// release call it; the shipped ones (`CreateDeposits`, `CreateFeedback`) keep their own copy, since a
/// landed migration is never edited. Every append-only table uses these names (`<table>_append_only` on PostgreSQL, `<table>_no_update` /
/// `<table>_no_delete` on SQLite), which is what `IntegrityCheck` looks for.
enum AppendOnlyTriggers {
    /// `function` names the PostgreSQL trigger function; `message` is what a refused change reports.
    static func create(on table: String, function: String, message: String, sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION \(unsafeRaw: function)() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION '\(unsafeRaw: message)'; END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE ON \(ident: table)
                FOR EACH ROW EXECUTE FUNCTION \(unsafeRaw: function)()
                """).run()
        } else {
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: operation.lowercased()) BEFORE \(unsafeRaw: operation) ON \(ident: table)
                    BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: message)'); END
                    """).run()
            }
        }
    }
}
