import Foundation
import PatronCore

/// One line of the access log as shown and exported: Bangkok time, who, what, on what.
struct AuditLogLine: Equatable {
    let at: String
    let actor: String
    let role: String
    let action: String
    let subject: String
    let details: String
    /// The time in the CSV (`CSVValue.instant`); `at` is the page's.
    let recordedAt: String

    init(_ entry: AuditEntry, language: Language) {
        let local = BangkokTime(entry.recordedInstant)
        at = "\(DateDisplay.short(local.day, language)) \(local.clock)"
        recordedAt = CSVValue.instant(entry.recordedInstant)
        actor = entry.actor
        role = entry.actorRole
        action = entry.action
        subject = entry.subject
        details = entry.details
    }

    /// The CSV columns, in the order of `AuditLogLine.headerKeys`.
    var fields: [String] { [recordedAt, actor, role, action, subject, details] }

    static let headerKeys = ["audit_when", "audit_actor", "audit_role", "audit_action", "audit_subject", "audit_details"]
}

/// The access-log page for administrators: filters, the latest lines, a link to the same as CSV.
struct AuditLogPage: Page {
    let chrome: PageChrome
    let filter: AuditFilter
    let actions: [SelectOption]
    let lines: [AuditLogLine]
    let retentionDays: Int
    let csvHref: String

    init(chrome: PageChrome, filter: AuditFilter, lines: [AuditLogLine], retentionDays: Int) {
        self.chrome = chrome
        self.filter = filter
        actions = AuditAction.allCases.map { SelectOption(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == filter.action) }
        self.lines = lines
        self.retentionDays = retentionDays
        csvHref = SiteRoute.auditLog(.init([("action", filter.action), ("actor", filter.actor), ("subject", filter.subject),
                                            ("from", filter.from), ("to", filter.to)]
            .compactMap { name, value in nonEmpty(value).map { URLQueryItem(name: name, value: $0) } }
            + [URLQueryItem(name: "format", value: "csv")])).href
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("audit_title"))</h1>
        <p class="hint">\(t("audit_retention")) \(retentionDays) \(t("audit_days"))</p>
        \(DateField.assets(t))
        <form class="filters" method="get" action="\(SiteRoute.auditLog().href)">
          <label>\(t("audit_action"))<select name="action"><option value="">\(t("filter_all"))</option>\(actions.map(\.optionTag))</select></label>
          <label>\(t("audit_actor"))<input name="actor" value="\(filter.actor)"></label>
          <label>\(t("audit_subject"))<input name="subject" value="\(filter.subject)"></label>
          <label>\(t("audit_from"))\(DateField.input("from", value: filter.from, t))</label>
          <label>\(t("audit_to"))\(DateField.input("to", value: filter.to, t))</label>
          <button type="submit">\(t("filter_apply"))</button>
          <a href="\(csvHref)">\(t("audit_csv"))</a>
        </form>
        \(lines.isEmpty ? "<p class=\"empty\">\(t("audit_none"))</p>" : table)
        """
    }

    private var table: HTML {
        let t = chrome.words
        return """
        <table class="list">
          <thead><tr><th>\(t("audit_when"))</th><th>\(t("audit_actor"))</th><th>\(t("audit_role"))</th><th>\(t("audit_action"))</th><th>\(t("audit_subject"))</th><th class="wide">\(t("audit_details"))</th></tr></thead>
          <tbody>\(lines.map { line -> HTML in
            "<tr><td>\(line.at)</td><td>\(line.actor)</td><td>\(line.role)</td><td>\(line.action)</td><td>\(line.subject)</td><td class=\"wide\">\(line.details)</td></tr>"
          })</tbody>
        </table>
        """
    }
}
