import Fluent
import Foundation
import PatronCore
import SQLKit
import Vapor

/// What the access log records (บันทึกการเข้าถึงข้อมูล). Stored as its raw value; new cases need no migration.
enum AuditAction: String, Codable, CaseIterable, Sendable {
    /// A member's full record was shown (member page, a document scan).
    case memberRead = "member.read"
    case memberCreate = "member.create"
    case memberUpdate = "member.update"
    case memberDocument = "member.document"
    case memberReminders = "member.reminders"
    /// A Koha import wrote members (counts in the details).
    case memberImport = "member.import"
    /// A member's channel consent changed (which channels, before → after).
    case consentChange = "consent.change"
    /// A report or list left the system as a file: which one, its filters and how many rows.
    case export
    case staffCreate = "staff.create"
    /// A staff account's role, active flag or password changed.
    case staffChange = "staff.change"
    case templateSave = "template.save"
    /// A setting kept in the database changed (MT meeting days).
    case settingChange = "setting.change"
    case signIn = "sign-in"
    case signInFailed = "sign-in.failed"
    case signInLocked = "sign-in.locked"
    case complaintAttachmentRead = "complaint.attachment.read"
}

/// Who did it: a signed-in staff member, or an operator at the server's command line.
struct AuditActor: Sendable {
    let username: String
    let role: String

    init(username: String, role: String) {
        self.username = username
        self.role = role
    }

    init(_ staff: StaffUser) {
        self.init(username: staff.username, role: staff.role.rawValue)
    }

    /// A command run on the server (`report unclaimed`, `import koha-patrons`).
    static func commandLine(_ command: String) -> AuditActor {
        AuditActor(username: "cli:\(command)", role: "operator")
    }
}

/// The append-only access log: who read, exported or changed personal data and settings.
/// `record` is the one way in; triggers refuse UPDATE on both engines and DELETE of any line
/// younger than the latest purge (`purge`, run daily beyond `PATRONCARE_AUDIT_RETENTION_DAYS`).
enum AuditLog {
    static func record(_ action: AuditAction, by actor: AuditActor, subject: String = "", details: String = "",
                       at instant: Date, on db: any Database) async throws {
        // One INSERT without a model: every member page view writes one, and building and encoding the
        // Fluent model cost more than the statement.
        try await (db as! any SQLDatabase).insert(into: AuditEntry.schema)
            .columns("id", "recorded_at", "actor", "actor_role", "action", "subject", "details")
            .values(SQLBind(UUID()), SQLBind(Int64(instant.timeIntervalSince1970)), SQLBind(actor.username), SQLBind(actor.role),
                    SQLBind(action.rawValue), SQLBind(subject), SQLBind(details))
            .run()
    }

    /// Removes the lines older than `retentionDays` before `now`; the purge itself is recorded
    /// (`audit_purges`), and the database lets only lines older than that bound go.
    @discardableResult
    static func purge(retentionDays: Int, now: Date, on db: any Database) async throws -> Int {
        let before = Int64(now.timeIntervalSince1970) - Int64(retentionDays) * 86_400
        return try await db.transaction { db in
            let sql = db as! any SQLDatabase
            let old = try await AuditEntry.query(on: db).filter(\.$recordedAt < before).count()
            guard old > 0 else { return 0 }
            try await sql.insert(into: "audit_purges").columns("id", "purged_before", "recorded_at")
                .values(SQLBind(UUID()), SQLBind(before), SQLBind(Int64(now.timeIntervalSince1970))).run()
            try await sql.delete(from: AuditEntry.schema).where("recorded_at", .lessThan, SQLBind(before)).run()
            return old
        }
    }

    /// `key=value` pairs in a stable order, for the details column (filters of an export, counts).
    static func details(_ pairs: KeyValuePairs<String, String?>) -> String {
        pairs.compactMap { key, value in
            guard let value, !value.isEmpty else { return nil }
            return "\(key)=\(value)"
        }.joined(separator: " ")
    }
}

extension Request {
    /// Records an access-log line for the signed-in staff member, now.
    func audit(_ action: AuditAction, subject: String = "", details: String = "") async throws {
        let actor = auth.get(StaffUser.self).map(AuditActor.init) ?? AuditActor(username: "anonymous", role: "")
        try await AuditLog.record(action, by: actor, subject: subject, details: details, at: clock.now(), on: db)
    }

    /// Records an export: which report, its filters and the number of rows that left.
    func auditExport(_ report: String, rows: Int, filters: KeyValuePairs<String, String?> = [:]) async throws {
        var details = AuditLog.details(filters)
        details += (details.isEmpty ? "" : " ") + "rows=\(rows)"
        try await audit(.export, subject: report, details: details)
    }
}
