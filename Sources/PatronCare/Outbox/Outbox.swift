import Fluent
import Foundation
import PatronCore
import SQLKit

/// The single way anything leaves PatronCare for a person. `enqueue` writes a message once per
/// dedupe key — a second call with the same key (a re-run, a crash and restart, a second app
/// instance) adds nothing — and the sender delivers it later.
enum Outbox {
    static let columns = ["id", "dedupe_key", "purpose", "member_id", "recipient_name", "channel", "address", "fallback_channels",
                          "language", "subject", "body", "html_body", "status", "attempts", "next_attempt_at", "last_error",
                          "provider_message_id", "created_at", "reminder_kind"]

    /// Rows per multi-row INSERT: as many as the engine's bind-variable limit allows (SQLite 32,766,
    /// PostgreSQL 65,535), so a campaign of 180,000 notices is about a hundred statements, not a thousand.
    static func rowsPerStatement(on sql: any SQLDatabase) -> Int {
        (sql.dialect.name == "postgresql" ? 65_535 : 32_766) / columns.count
    }

    /// Writes the messages that are new (created `now`, the app's clock); returns how many were.
    @discardableResult
    static func enqueue(_ drafts: [OutboxDraft], now: Date, on db: any Database) async throws -> Int {
        guard !drafts.isEmpty else { return 0 }
        let sql = db as! any SQLDatabase
        let rowsPerStatement = rowsPerStatement(on: sql)
        var inserted = 0
        for start in stride(from: 0, to: drafts.count, by: rowsPerStatement) {
            let batch = drafts[start..<min(start + rowsPerStatement, drafts.count)]
            let insert = sql.insert(into: OutboxMessage.schema).columns(columns)
            for draft in batch {
                insert.values(SQLBind(UUID()), SQLBind(draft.dedupeKey), SQLBind(draft.purpose), SQLBind(draft.memberID),
                              SQLBind(draft.recipientName), SQLBind(draft.channel.rawValue), SQLBind(draft.address),
                              SQLBind(draft.fallbackChannels.map(\.rawValue).joined(separator: ",")), SQLBind(draft.language.rawValue),
                              SQLBind(draft.subject), SQLBind(draft.body), SQLBind(draft.htmlBody),
                              SQLBind(draft.initialStatus.rawValue), SQLBind(0), SQLBind(draft.notBefore), SQLBind(draft.initialError),
                              SQLBind(""), SQLBind(now), SQLBind(draft.reminderKind?.rawValue))
            }
            let rows = try await insert.ignoringConflicts(with: "dedupe_key").returning("id").all()
            inserted += rows.count
        }
        return inserted
    }

    @discardableResult
    static func enqueue(_ draft: OutboxDraft, now: Date, on db: any Database) async throws -> Bool {
        try await enqueue([draft], now: now, on: db) == 1
    }
}
