import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import Vapor
@testable import PatronCare

/// The access log records reads of a member's record, exports and changes; it refuses UPDATE and
/// DELETE (except the daily purge beyond the retention), and only admins read it.
@Suite struct AuditLogTests {
    @Test func readsExportsAndChangesAreRecordedWithWhoAndHowMany() async throws {
        try await withTestApp { app in
            let (member, _) = try await DepositFixtures.expiredMemberWithDeposit("EXA-500", on: app)
            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(SiteRoute.member(try member.requireID()).href)
            let csv = try await head.get(SiteRoute.unclaimedReport().href + "?format=csv&asOf=2026-11-23")
            #expect(csv.status == .ok)
            let form = try await head.get(SiteRoute.memberEdit(try member.requireID()).href)
            #expect(form.status == .ok)
            var fields = MemberFixtures.form("EXA-500", overrides: ["consentEmail": "on", "email": "new@example.org", "expiresOn": "2026-06-30",
                                                                    "enrolledOn": "2025-06-30"])
            fields.removeAll { $0.0 == "consentPostcard" }
            let saved = try await head.post(SiteRoute.member(try member.requireID()).href, form: fields)
            #expect(saved.status == .seeOther, "\(saved.body.string.prefix(500))")

            let lines = try await AuditEntry.query(on: app.db).sort(\.$recordedAt).all()
            let read = try #require(lines.first { $0.action == "member.read" })
            #expect((read.actor, read.actorRole, read.subject) == ("head", "head", "EXA-500"))
            let export = try #require(lines.first { $0.action == "export" })
            #expect(export.subject == "unclaimed-deposits")
            #expect(export.details == "asOf=2026-11-23 rows=2")  // the member's line and the total line
            let update = try #require(lines.first { $0.action == "member.update" })
            #expect(update.details.contains("email") && !update.details.contains("new@example.org"))
            let consent = try #require(lines.first { $0.action == "consent.change" })
            #expect(consent.details == "consent=none→email")
        }
    }

    @Test func theLogRefusesUpdateAndDeleteButLetsThePurgeRemoveOldLines() async throws {
        try await withTestApp { app in
            let actor = AuditActor(username: "admin", role: "admin")
            try await AuditLog.record(.memberRead, by: actor, subject: "OLD-1", at: pinnedNow.addingTimeInterval(-800 * 86_400), on: app.db)
            try await AuditLog.record(.memberRead, by: actor, subject: "NEW-1", at: pinnedNow.addingTimeInterval(-10 * 86_400), on: app.db)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.update("audit_log").set("subject", to: SQLBind("changed")).run() }
            await #expect(throws: (any Error).self) { try await sql.delete(from: "audit_log").where("subject", .equal, SQLBind("NEW-1")).run() }
            await #expect(throws: (any Error).self) { try await sql.delete(from: "audit_log").where("subject", .equal, SQLBind("OLD-1")).run() }

            let purged = try await AuditLog.purge(retentionDays: 730, now: pinnedNow, on: app.db)

            #expect(purged == 1)
            #expect(try await AuditEntry.query(on: app.db).all().map(\.subject) == ["NEW-1"])
            await #expect(throws: (any Error).self) { try await sql.delete(from: "audit_log").run() }
            await #expect(throws: (any Error).self) { try await sql.delete(from: "audit_purges").run() }
            #expect(try await AuditLog.purge(retentionDays: 730, now: pinnedNow, on: app.db) == 0)
        }
    }

    @Test func adminsFilterTheLogAndDownloadItOthersMayNot() async throws {
        try await withTestApp { app in
            let counter = AuditActor(username: "counter", role: "counter")
            try await AuditLog.record(.memberRead, by: counter, subject: "EXA-1", at: pinnedNow.addingTimeInterval(-86_400), on: app.db)
            try await AuditLog.record(.export, by: counter, subject: "Complaint_01", details: "month=2026-10 rows=0", at: pinnedNow, on: app.db)
            let admin = try await TestStaff.browser(.admin, on: app)
            let all = try await admin.get(SiteRoute.auditLog().href + "?lang=en")
            #expect(all.status == .ok)
            #expect(all.body.string.contains("EXA-1") && all.body.string.contains("Complaint_01"))
            let exports = try await admin.get(SiteRoute.auditLog().href + "?action=export&lang=en").body.string
            #expect(exports.contains("Complaint_01") && !exports.contains("EXA-1"))
            let yesterday = try await admin.get(SiteRoute.auditLog().href + "?from=2026-11-22&to=2026-11-22").body.string
            #expect(yesterday.contains("EXA-1") && !yesterday.contains("Complaint_01"))
            let csv = try await admin.get(SiteRoute.auditLog().href + "?format=csv&actor=counter&lang=en")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.string.contains("month=2026-10 rows=0"))
            // Downloading the log is itself an export in the log.
            #expect(try await AuditEntry.query(on: app.db).filter(\.$subject == "access-log").count() == 1)
            let empty = try await admin.get(SiteRoute.auditLog().href + "?subject=NOBODY&lang=en")
            #expect(empty.status == .ok && empty.body.string.contains("No lines match"))

            for role in [StaffRole.counter, .customerTeam, .head, .committee] {
                let browser = try await TestStaff.browser(role, on: app)
                #expect(try await browser.get(SiteRoute.auditLog().href).status == .forbidden, "\(role)")
            }
        }
    }
}
