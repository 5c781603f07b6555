import Fluent
import SQLKit

/// Complaints, suggestions, comments and compliments: the items, their append-only log, attachments,
/// follow-up surveys, reference-number sequences, the public form's rate-limit log, monthly report
/// submissions and MT committee meeting days.
struct CreateFeedback: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackItem.schema)
            .id()
            .field("reference", .string, .required)
            .field("reference_year", .int, .required)
            .field("reference_sequence", .int, .required)
            .field("kind", .string, .required)
            .field("channel", .string, .required)
            .field("service", .string, .required)
            .field("segment", .string)
            .field("language", .string, .required)
            .field("summary", .string, .required)
            .field("details", .string, .required)
            .field("contact_name", .string, .required)
            .field("contact_email", .string, .required)
            .field("contact_phone", .string, .required)
            .field("contact_channel", .string, .required)
            .field("consent_to_contact", .bool, .required)
            .field("anonymous", .bool, .required)
            .field("track", .int)
            .field("status", .string, .required)
            .field("escalation", .int, .required)
            .field("assignee_kind", .string, .required)
            .field("assignee_id", .string, .required)
            .field("assignee_name", .string, .required)
            .field("received_at", .datetime, .required)
            .field("received_day", .string, .required)
            .field("due_day", .string, .required)
            .field("action", .string)
            .field("outcome", .string)
            .field("decision", .string)
            .field("decision_at", .datetime)
            .field("lesson", .string)
            .field("outcome_published", .bool, .required)
            .field("published_at", .datetime)
            .field("share_with_staff", .bool, .required)
            .field("resolved_at", .datetime)
            .field("closed_at", .datetime)
            .field("revision", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "reference")
            .unique(on: "reference_year", "reference_sequence")
            .create()

        try await database.schema(FeedbackLogRecord.schema)
            .id()
            .field("item_id", .uuid, .required, .references(FeedbackItem.schema, "id"))
            .field("at", .datetime, .required)
            .field("actor_kind", .string, .required)
            .field("actor_id", .string, .required)
            .field("actor_name", .string, .required)
            .field("actor_role", .string)
            .field("action", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("note", .string)
            .field("is_public", .bool, .required)
            .field("seq", .int, .required)
            .create()

        try await database.schema(FeedbackAttachment.schema)
            .id()
            .field("item_id", .uuid, .required, .references(FeedbackItem.schema, "id"))
            .field("stored_name", .string, .required)
            .field("file_kind", .string, .required)
            .field("original_name", .string, .required)
            .field("byte_count", .int, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(FollowUpSurveyRecord.schema)
            .id()
            .field("item_id", .uuid, .required, .references(FeedbackItem.schema, "id"))
            .field("token_hash", .string, .required)
            .field("send_day", .string, .required)
            .field("answered_at", .datetime)
            .field("score", .int)
            .field("comment", .string)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .unique(on: "item_id")
            .create()

        try await database.schema(ComplaintReportSubmission.schema)
            .id()
            .field("month", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("sent_by_id", .string, .required)
            .field("sent_by_name", .string, .required)
            .unique(on: "month")
            .create()

        try await database.schema(CommitteeMeetingDay.schema)
            .id()
            .field("day", .string, .required)
            .field("note", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "day")
            .create()

        try await database.schema("feedback_sequences")
            .field("buddhist_year", .int, .identifier(auto: false))
            .field("last_number", .int, .required)
            .create()

        try await database.schema("feedback_submissions")
            .field("client_key", .string, .required)
            .field("at", .datetime, .required)
            .create()

        let sql = database as! any SQLDatabase
        try await sql.create(index: "feedback_items_status_idx").on(FeedbackItem.schema).column("status").column("due_day").run()
        try await sql.create(index: "feedback_items_received_day_idx").on(FeedbackItem.schema).column("received_day").run()
        try await sql.create(index: "feedback_log_item_idx").on(FeedbackLogRecord.schema).column("item_id").run()
        try await sql.create(index: "feedback_submissions_key_idx").on("feedback_submissions").column("client_key").column("at").run()
        try await Self.appendOnly(FeedbackLogRecord.schema, on: sql)
    }

    func revert(on database: any Database) async throws {
        for schema in ["feedback_submissions", "feedback_sequences", CommitteeMeetingDay.schema, ComplaintReportSubmission.schema,
                       FollowUpSurveyRecord.schema, FeedbackAttachment.schema, FeedbackLogRecord.schema, FeedbackItem.schema] {
            try await database.schema(schema).delete()
        }
        if (database as! any SQLDatabase).dialect.name == "postgresql" {
            try await (database as! any SQLDatabase).raw("DROP FUNCTION IF EXISTS refuse_feedback_log_change()").run()
        }
    }

    /// Triggers that refuse UPDATE and DELETE on the log, on SQLite and PostgreSQL alike.
    static func appendOnly(_ table: String, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION refuse_feedback_log_change() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'the feedback log is append-only: add a new entry instead'; END;
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE ON \(ident: table)
                FOR EACH ROW EXECUTE FUNCTION refuse_feedback_log_change()
                """).run()
        } else {
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: operation.lowercased()) BEFORE \(unsafeRaw: operation) ON \(ident: table)
                    BEGIN SELECT RAISE(ABORT, 'the feedback log is append-only: add a new entry instead'); END
                    """).run()
            }
        }
    }
}
