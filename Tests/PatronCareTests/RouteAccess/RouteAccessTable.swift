import PatronCore

/// Who may use each route: THE table the route × role test checks every route of the app
/// against. A route the app has and this table lacks fails the test, and so does a row for a
/// route the app no longer has. Add a row with each new route (the key is `METHOD /path` exactly
/// as `patroncare routes` prints it).
enum RouteAccessTable {
    /// Who asks: nobody signed in, or staff of one role (and, once the portal exists, a member).
    enum Who: String, CaseIterable, Sendable, CustomStringConvertible {
        case anonymous, counter, customerTeam = "customer-team", head, committee, admin

        var role: StaffRole? { StaffRole(rawValue: rawValue) }
        var description: String { rawValue }
    }

    static let everyone = Set(Who.allCases)
    static let staff = everyone.subtracting([.anonymous])
    /// Staff who may see personal data (all but the committee).
    static let personalData: Set<Who> = [.counter, .customerTeam, .head, .admin]
    static let counterWork: Set<Who> = [.counter, .head, .admin]
    static let heads: Set<Who> = [.head, .admin]
    static let reports: Set<Who> = [.customerTeam, .head, .committee, .admin]
    static let admins: Set<Who> = [.admin]

    static let rules: [String: Set<Who>] = [
        // Public: no sign-in.
        "GET /healthz": everyone,
        "GET /login": everyone,
        "POST /login": everyone,
        "POST /logout": everyone,  // signed out already: back to the sign-in page
        "GET /refund-steps": everyone,
        "GET /library-logo": everyone,
        "GET /feedback": everyone,
        "POST /feedback": everyone,
        "GET /feedback/thanks/:reference": everyone,
        "GET /feedback/status": everyone,
        "GET /feedback/announcements": everyone,
        "GET /feedback/survey/:token": everyone,
        "POST /feedback/survey/:token": everyone,
        "GET /api/v1/feedback/form-token": everyone,
        "POST /api/v1/feedback": everyone,
        "GET /api/v1/feedback/:reference": everyone,
        // Every signed-in role; what each sees is masked by PersonalDataMask.
        "GET /": staff,
        "GET /members": staff,
        "GET /members/:memberID": staff,
        "GET /account/password": staff,
        "POST /account/password": staff,
        "GET /deposits/:depositID": staff,
        "GET /deposits/:depositID/receipt": staff,
        "GET /deposits/:depositID/refunds/:entryID/slip": staff,
        // Scans and attachments: only who may see personal data.
        "GET /members/:memberID/documents/:documentID/scan": personalData,
        "GET /complaints/:itemID/attachments/:attachmentID": personalData,
        // Unclaimed-deposit campaigns: heads (they list members by name and extend deadlines).
        "GET /campaigns": heads,
        "POST /campaigns/preview": heads,
        "POST /campaigns": heads,
        "GET /campaigns/:campaignID": heads,
        "GET /reports/reminders": reports,
        // Member records.
        "GET /members/new": counterWork,
        "POST /members": counterWork,
        "GET /members/:memberID/edit": counterWork,
        "POST /members/:memberID": counterWork,
        "POST /members/:memberID/documents": counterWork,
        "POST /members/:memberID/reminders": counterWork,
        "POST /members/:memberID/consent": counterWork,
        "GET /imports": heads,
        "POST /imports": heads,
        // Money at the counter.
        "POST /members/:memberID/deposits": counterWork,
        "GET /deposits/:depositID/refund": counterWork,
        "POST /deposits/:depositID/refund": counterWork,
        "POST /deposits/:depositID/refund-requests": counterWork,
        "POST /deposits/:depositID/corrections": heads,
        "GET /forfeitures": heads,
        "POST /forfeitures": heads,
        "GET /forfeitures/:batchID": heads,
        "POST /forfeitures/:batchID/approve": heads,
        "POST /forfeitures/:batchID/cancel": heads,
        // Reports and indicators.
        "GET /reports": reports,
        "GET /reports/unclaimed": reports,
        "GET /reports/deposits": reports,
        "GET /indicators": reports,
        "GET /api/v1/indicators/unclaimed": reports,
        // Outbox and templates.
        "GET /outbox": personalData,
        "GET /outbox/:messageID": personalData,
        "GET /outbox/returned": personalData,
        "POST /outbox/returned": personalData,
        "POST /outbox/:messageID/resend": personalData,
        "POST /outbox/postcards": personalData,
        "GET /outbox/postcards/:batchID": personalData,
        "POST /outbox/postcards/:batchID/printed": personalData,
        "GET /admin/templates": heads,
        "GET /admin/templates/:kind/:channel/:language": heads,
        "POST /admin/templates/:kind/:channel/:language": heads,
        "POST /admin/templates/:kind/:channel/:language/reset": heads,
        // Complaints.
        "GET /complaints": staff,
        "GET /complaints/knowledge": staff,
        "GET /complaints/notice-board": staff,
        "GET /complaints/meetings": staff,
        "GET /complaints/new": personalData,
        "POST /complaints": personalData,
        "GET /complaints/:itemID": staff,
        "POST /complaints/:itemID/steps": staff,  // which step a role may take is FeedbackWorkflow's
        "POST /complaints/:itemID/publish": [.customerTeam, .head, .admin],
        "POST /complaints/:itemID/share": [.customerTeam, .head, .admin],
        "POST /complaints/meetings": [.committee, .head, .admin],
        "POST /complaints/meetings/:meetingID/delete": [.committee, .head, .admin],
        "GET /complaints/reports/monthly": reports,
        "GET /complaints/reports/quarterly": reports,
        "POST /complaints/reports/monthly/sent": [.customerTeam, .head, .admin],
        // Administration.
        "GET /admin/staff": admins,
        "POST /admin/staff": admins,
        "POST /admin/staff/:staffID": admins,
        "GET /admin/audit": admins,
        "GET /admin/holidays": admins,
        "POST /admin/holidays": admins,
        "POST /admin/holidays/import": admins,
        "POST /admin/holidays/:holidayID/delete": admins,
    ]

    /// Extra query strings a route is also fetched with, so downloads are checked as well as pages.
    static let variants: [String: [String]] = [
        "GET /reports/unclaimed": ["?format=csv&asOf=2026-11-23", "?asOf=2026-11-23"],
        "GET /reports/deposits": ["?format=csv&from=2025-10-01&to=2026-11-30"],
        "GET /complaints/reports/monthly": ["?month=2026-11", "?month=2026-11&format=csv", "?month=2026-11&format=csv&part=02", "?year=2026&month=11"],
        "GET /complaints/reports/quarterly": ["?quarter=2026-Q4", "?quarter=2026-Q4&format=csv", "?year=FY2570&q=1"],
        "GET /members": ["?q=EXA", "?status=expired"],
        "GET /deposits/:depositID/receipt": ["?paper=thermal"],
        "GET /deposits/:depositID/refunds/:entryID/slip": ["?paper=thermal"],
        "GET /admin/audit": ["?format=csv"],
        "GET /admin/holidays": ["?year=2028"],
    ]
}
