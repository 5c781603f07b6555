import Fluent
import PatronCore
import Vapor

/// The access log for administrators: the latest lines with filters, and the same as CSV.
struct AuditController: RouteCollection {
    static let pageSize = 500

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequirePermission(.viewAuditLog)).get(.auditLog, use: index)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let filter = try req.query.decode(AuditFilter.self)
        let from = try req.queryDay(filter.from)
        let to = try req.queryDay(filter.to)
        let query = AuditEntry.query(on: req.db)
        if let action = nonEmpty(filter.action) { query.filter(\.$action == action) }
        if let actor = nonEmpty(filter.actor) { query.filter(\.$actor == actor.lowercased()) }
        if let subject = nonEmpty(filter.subject) { query.filter(\.$subject == subject) }
        if let from { query.filter(\.$recordedAt >= Int64(BangkokTime.instant(day: from, minuteOfDay: 0).timeIntervalSince1970)) }
        if let to { query.filter(\.$recordedAt < Int64(BangkokTime.instant(day: to.adding(days: 1), minuteOfDay: 0).timeIntervalSince1970)) }
        let entries = try await query.sort(\.$recordedAt, .descending).range(..<Self.pageSize).all()
        let lines = entries.map { AuditLogLine($0, language: req.language) }
        if filter.format == "csv" {
            let csv = CSVWriter.document([AuditLogLine.headerKeys.map { req.t($0) }] + lines.map(\.fields), byteOrderMark: true)
            return try await req.auditedCSV(csv, filename: "access-log.csv", report: "access-log",
                                            filters: ["action": filter.action, "actor": filter.actor, "subject": filter.subject,
                                                      "from": from?.iso, "to": to?.iso])
        }
        return AuditLogPage(chrome: req.pageChrome(title: req.t("audit_title")), filter: filter, lines: lines,
                            retentionDays: req.config.auditRetentionDays).response()
    }
}

/// The access log's filters as they arrive in the query string.
struct AuditFilter: Content {
    var action: String?
    var actor: String?
    var subject: String?
    var from: String?
    var to: String?
    var format: String?
}
