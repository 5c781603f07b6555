import Fluent
import SQLKit

/// The access log and the record of its purges, both append-only like the ledger: UPDATE is refused
/// on both engines; DELETE of `audit_log` only for lines older than the latest purge's bound, and
/// never on `audit_purges`.
struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("recorded_at", .int64, .required)
            .field("actor", .string, .required)
            .field("actor_role", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("details", .string, .required)
            .create()
        try await database.schema("audit_purges")
            .id()
            .field("purged_before", .int64, .required)
            .field("recorded_at", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_log_recorded_at_idx").on(AuditEntry.schema).column("recorded_at").run()
        try await sql.create(index: "audit_log_subject_idx").on(AuditEntry.schema).column("subject").run()
        let purgeBound = "COALESCE((SELECT MAX(purged_before) FROM audit_purges), 0)"
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'the access log is append-only'; END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION guard_audit_log_change() RETURNS trigger AS $$
                BEGIN
                  IF TG_OP = 'DELETE' AND OLD.recorded_at < \(unsafeRaw: purgeBound) THEN RETURN OLD; END IF;
                  RAISE EXCEPTION 'the access log is append-only: only lines older than the retention period are purged';
                END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION guard_audit_log_change()
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_purges_append_only BEFORE UPDATE OR DELETE ON audit_purges
                FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()
                """).run()
        } else {
            try await sql.raw("""
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN OLD.recorded_at >= \(unsafeRaw: purgeBound)
                BEGIN SELECT RAISE(ABORT, 'the access log is append-only: only lines older than the retention period are purged'); END
                """).run()
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER audit_purges_no_\(unsafeRaw: operation.lowercased()) BEFORE \(unsafeRaw: operation) ON audit_purges
                    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END
                    """).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema).delete()
        try await database.schema("audit_purges").delete()
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS refuse_audit_change()").run()
            try await sql.raw("DROP FUNCTION IF EXISTS guard_audit_log_change()").run()
        }
    }
}
