import PatronCore
import Vapor

/// What every staff or public page shares: title, language, the UI words, who is signed in,
/// the navigation they may use, the form token and a one-time notice.
struct LayoutContext: Encodable {
    struct NavItem: Encodable {
        let href: String
        let label: String
        let current: Bool
    }

    let title: String
    let language: String
    let otherLanguage: String
    let otherLanguageLabel: String
    let t: [String: String]
    let staffName: String?
    let staffRole: String?
    let nav: [NavItem]
    let csrf: String
    let notice: String?
    let demoMode: Bool
    /// The href of every page without path parameters, by `SiteRoute.Pattern` case name
    /// (`#(layout.links.complaintsKnowledge)`), so templates never spell a path.
    let links: [String: String] = SiteRoute.Pattern.fixedLinks
    /// The static files by `Asset` case name (`#(layout.assets.appCSS)`).
    let assets: [String: String] = Asset.links
    /// The current path with `lang` switched, so the language link keeps the page and its filters.
    let switchLanguageHref: String

    init(_ request: Request, title: String, notice: String? = nil) {
        let language = request.language
        let other: Language = language == .th ? .en : .th
        self.title = title
        self.language = language.rawValue
        self.otherLanguage = other.rawValue
        self.otherLanguageLabel = other == .th ? "ไทย" : "English"
        self.t = request.application.strings.table(language)
        let staff = request.auth.get(StaffUser.self)
        self.staffName = staff?.displayName
        self.staffRole = staff?.role.name(language)
        self.csrf = request.csrfToken
        self.notice = notice ?? request.takeNotice()
        self.demoMode = request.config.demoMode
        var items: [NavItem] = []
        if let staff {
            let path = request.url.path
            func item(_ route: SiteRoute, _ key: String) -> NavItem {
                let href = route.href
                return NavItem(href: href, label: request.t(key), current: route == .home ? path == href : path.hasPrefix(href))
            }
            items.append(item(.home, "nav_home"))
            items.append(item(.members(), "nav_members"))
            if staff.role.can(.importMembers) { items.append(item(.imports, "nav_import")) }
            if staff.role.can(.viewReports) { items.append(item(.reports, "nav_reports")) }
            if staff.role.can(.viewFeedback) { items.append(item(.complaints(), "nav_complaints")) }
            if staff.role.can(.forfeitDeposits) { items.append(item(.forfeitures, "nav_forfeitures")) }
            if staff.role.can(.runCampaigns) { items.append(item(.campaigns, "nav_campaigns")) }
            if staff.role.can(.manageOutbox) { items.append(item(.outbox(), "nav_outbox")) }
            if staff.role.can(.editTemplates) { items.append(item(.templates, "nav_templates")) }
            if staff.role.can(.manageStaff) { items.append(item(.staffAccounts, "nav_staff")) }
            if staff.role.can(.viewAuditLog) { items.append(item(.auditLog(), "nav_audit")) }
        }
        self.nav = items
        var components = URLComponents(string: request.url.string) ?? URLComponents()
        var query = (components.queryItems ?? []).filter { $0.name != "lang" }
        query.append(URLQueryItem(name: "lang", value: other.rawValue))
        components.queryItems = query
        self.switchLanguageHref = components.string ?? "?lang=\(other.rawValue)"
    }
}
