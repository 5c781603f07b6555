import Fluent
import SQLKit

struct CreateMember: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Member.schema)
            .id()
            .field("card_number", .string, .required)
            .field("first_name_th", .string, .required)
            .field("last_name_th", .string, .required)
            .field("first_name_en", .string, .required)
            .field("last_name_en", .string, .required)
            .field("segment", .string, .required)
            .field("membership_type", .string, .required)
            .field("enrolled_on", .string, .required)
            .field("expires_on", .string, .required)
            .field("status", .string, .required)
            .field("email", .string, .required)
            .field("mobile", .string, .required)
            .field("line_user_id", .string, .required)
            .field("address_line1", .string, .required)
            .field("address_line2", .string, .required)
            .field("address_line3", .string, .required)
            .field("postcode", .string, .required)
            .field("preferred_language", .string, .required)
            .field("consent_postcard", .bool, .required)
            .field("consent_email", .bool, .required)
            .field("consent_sms", .bool, .required)
            .field("consent_line", .bool, .required)
            .field("notes", .string, .required)
            .field("reminders_opt_out", .bool, .required, .sql(.default(false)))
            .field("search_text", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "card_number")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "members_expires_on_idx").on(Member.schema).column("expires_on").run()
        try await sql.create(index: "members_segment_idx").on(Member.schema).column("segment").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Member.schema).delete()
    }
}
