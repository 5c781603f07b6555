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
        let context = AuditLogContext(req, filter: filter, entries: entries)
        if filter.format == "csv" {
            let csv = CSVWriter.document([context.header] + context.rows.map(\.fields), byteOrderMark: true)
            return try await req.auditedCSV(csv, filename: "access-log.csv", report: "access-log",
                                            filters: ["action": filter.action, "actor": filter.actor, "subject": filter.subject,
                                                      "from": from?.iso, "to": to?.iso])
        }
        return try await req.view.render("admin/audit", context).encodeResponse(for: req)
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

/// The access-log page: one row per line, Bangkok time.
struct AuditLogContext: Encodable {
    struct Row: Encodable {
        let at: String
        let actor: String
        let role: String
        let action: String
        let subject: String
        let details: String

        var fields: [String] { [at, actor, role, action, subject, details] }
    }

    let layout: LayoutContext
    let filter: AuditFilter
    let actions: [SelectOption]
    let rows: [Row]
    let retentionDays: Int
    let csvHref: String
    let header: [String]

    init(_ request: Request, filter: AuditFilter, entries: [AuditEntry]) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("audit_title"))
        self.filter = filter
        actions = AuditAction.allCases.map { SelectOption(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == filter.action) }
        rows = entries.map { entry in
            let local = BangkokTime(entry.recordedInstant)
            return Row(at: "\(DateDisplay.short(local.day, language)) \(local.clock)", actor: entry.actor, role: entry.actorRole,
                       action: entry.action, subject: entry.subject, details: entry.details)
        }
        retentionDays = request.config.auditRetentionDays
        csvHref = SiteRoute.auditLog(.init([("action", filter.action), ("actor", filter.actor), ("subject", filter.subject),
                                 ("from", filter.from), ("to", filter.to)]
            .compactMap { name, value in nonEmpty(value).map { URLQueryItem(name: name, value: $0) } }
            + [URLQueryItem(name: "format", value: "csv")])).href
        header = ["audit_when", "audit_actor", "audit_role", "audit_action", "audit_subject", "audit_details"].map { request.t($0) }
    }
}
