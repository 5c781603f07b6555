import Foundation
import Fluent
import PatronCore
import SQLKit

/// Proxies' national ID numbers written before they were sealed are sealed now (AES-GCM with
/// `PATRONCARE_DATA_KEY`). The ledger is append-only, so inside one transaction the triggers are
/// lifted, only `proxy_id_number` of the rows still in plain text is rewritten, and the triggers
/// are put back; a failure leaves everything as it was. Values already sealed are left alone.
struct UpdateLedgerEntrySealProxyIDNumber: AsyncMigration {
    let cipher: PersonalDataCipher

    func prepare(on database: any Database) async throws {
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            let rows = try await sql.select().column("id").column("proxy_id_number").from(LedgerEntryRecord.schema)
                .where("proxy_id_number", .notEqual, SQLBind("")).all()
            var plain: [(UUID, String)] = []
            for row in rows {
                let value = try row.decode(column: "proxy_id_number", as: String.self)
                if !PersonalDataCipher.isSealed(value) { plain.append((try row.decode(column: "id", as: UUID.self), value)) }
            }
            guard !plain.isEmpty else { return }
            try await AppendOnly.lift(table: LedgerEntryRecord.schema, on: sql)
            for (id, value) in plain {
                try await sql.update(LedgerEntryRecord.schema).set("proxy_id_number", to: SQLBind(try cipher.seal(value)))
                    .where("id", .equal, SQLBind(id)).run()
            }
            try await AppendOnly.protect(table: LedgerEntryRecord.schema, on: sql)
        }
    }

    /// Sealed numbers stay sealed: reverting would write personal data back in plain text.
    func revert(on database: any Database) async throws {}
}

extension AppendOnly {
    /// Drops the triggers `protect` created — only for a migration that rewrites a column inside
    /// the same transaction and calls `protect` again before it commits.
    static func lift(table: String, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_append_only ON \(ident: table)").run()
        } else {
            for operation in ["update", "delete"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_no_\(unsafeRaw: operation)").run()
            }
        }
    }
}
