import Fluent
import SQLKit

/// Per-channel opt-outs and the returned-mail mark on members. Each column is its own ALTER (SQLite adds one at a time).
struct UpdateMemberAddContactPreferences: AsyncMigration {
    static let optOutColumns = ["opt_out_postcard", "opt_out_email", "opt_out_sms", "opt_out_line"]

    func prepare(on database: any Database) async throws {
        for column in Self.optOutColumns {
            try await database.schema(Member.schema).field(.string(column), .bool, .required, .sql(.default(false))).update()
        }
        try await database.schema(Member.schema).field("address_undeliverable_on", .string).update()
    }

    func revert(on database: any Database) async throws {
        for column in Self.optOutColumns + ["address_undeliverable_on"] {
            try await database.schema(Member.schema).deleteField(.string(column)).update()
        }
    }
}

/// The append-only history of consent given/withdrawn and opt-outs: who, when, how.
struct CreateContactPreferenceChange: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ContactPreferenceChangeRecord.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("kind", .string, .required)
            .field("channel", .string, .required)
            .field("via", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("note", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "contact_changes_member_idx").on(ContactPreferenceChangeRecord.schema).column("member_id").run()
        try await AppendOnlyTriggers.protectHistory(ContactPreferenceChangeRecord.schema, on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ContactPreferenceChangeRecord.schema).delete()
    }
}

/// Campaigns (one row per order key, unique) and the append-only claim-deadline changes they make.
struct CreateCampaign: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Campaign.schema)
            .id()
            .field("key", .string, .required)
            .field("as_of", .string, .required)
            .field("claim_by", .string, .required)
            .field("expired_from", .string)
            .field("expired_to", .string)
            .field("channels", .string, .required)
            .field("status", .string, .required)
            .field("selected_members", .int, .required)
            .field("selected_satang", .int64, .required)
            .field("notified_members", .int, .required)
            .field("notified_satang", .int64, .required)
            .field("notices", .int, .required)
            .field("extended_deposits", .int, .required)
            .field("summary", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .field("queued_at", .datetime)
            .unique(on: "key")
            .create()

        try await database.schema(ClaimDeadlineChangeRecord.schema)
            .id()
            .field("deposit_id", .uuid, .required, .references(Deposit.schema, "id"))
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("from_day", .string, .required)
            .field("to_day", .string, .required)
            .field("reason", .string, .required)
            .field("campaign_id", .uuid, .references(Campaign.schema, "id"))
            .field("changed_by", .string, .required)
            .field("changed_at", .datetime, .required)
            .unique(on: "deposit_id", "to_day")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "claim_deadline_changes_deposit_idx").on(ClaimDeadlineChangeRecord.schema).column("deposit_id").run()
        try await AppendOnlyTriggers.protectHistory(ClaimDeadlineChangeRecord.schema, on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ClaimDeadlineChangeRecord.schema).delete()
        try await database.schema(Campaign.schema).delete()
    }
}

extension AppendOnlyTriggers {
    /// The campaign's history tables (contact preferences, claim deadlines): one function and message.
    static func protectHistory(_ table: String, on sql: any SQLDatabase) async throws {
        try await create(on: table, function: "refuse_history_change",
                         message: "history rows are append-only: record a new change instead", sql: sql)
    }
}
