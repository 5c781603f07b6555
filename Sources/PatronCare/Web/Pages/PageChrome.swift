import PatronCore

/// The UI words of one language, looked up by key as a page renders — a page reads only the words
/// it uses, nothing is copied per request. The lookup (and its rule for a missing key) is `Strings`'.
struct Words: Sendable {
    let strings: Strings
    let language: Language

    func callAsFunction(_ key: String) -> String { strings(key, language) }
}

/// What the frame around every page needs — title, language, words, who is signed in, the
/// navigation they may use, the form token and a one-time notice — as plain data, so that any page
/// renders in a unit test from fixtures. `Request.pageChrome(title:)` makes it for a live request.
struct PageChrome: Sendable {
    struct NavItem: Sendable, Equatable {
        let href: String
        let label: String
        let current: Bool
    }

    struct SignedIn: Sendable, Equatable {
        let name: String
        let roleName: String
    }

    let title: String
    let words: Words
    /// The staff member signed in; nil on public pages and the sign-in page.
    let signedIn: SignedIn?
    let nav: [NavItem]
    /// The CSRF token every form posts back.
    let csrf: String
    let notice: String?
    let demoMode: Bool
    /// The current address with `lang` switched, so the language link keeps the page and its filters.
    let switchLanguageHref: String
    /// The library's name (`PATRONCARE_LIBRARY_NAME`) at the top of the page and in its title.
    var libraryName: String = "ห้องสมุด (Library)"
    /// The logo's address (`PATRONCARE_LOGO_FILE`, `LibraryLogo.href`), shown beside the name on public pages; nil = none.
    var logoHref: String?

    var language: Language { words.language }

    /// The staff navigation: the pages `role` may open, the one under `path` marked current.
    static func navigation(for role: StaffRole, path: String, words: Words) -> [NavItem] {
        var entries: [(SiteRoute, String)] = [(.home, "nav_home"), (.members(), "nav_members")]
        if role.can(.importMembers) { entries.append((.imports, "nav_import")) }
        if role.can(.viewReports) { entries.append((.reports, "nav_reports")) }
        if role.can(.viewFeedback) { entries.append((.complaints(), "nav_complaints")) }
        if role.can(.forfeitDeposits) { entries.append((.forfeitures, "nav_forfeitures")) }
        if role.can(.runCampaigns) { entries.append((.campaigns, "nav_campaigns")) }
        if role.can(.manageOutbox) { entries.append((.outbox(), "nav_outbox")) }
        if role.can(.editTemplates) { entries.append((.templates, "nav_templates")) }
        if role.can(.manageStaff) { entries.append((.staffAccounts, "nav_staff")) }
        if role.can(.viewAuditLog) { entries.append((.auditLog(), "nav_audit")) }
        if role.can(.manageHolidays) { entries.append((.holidays(), "nav_holidays")) }
        return entries.map { route, key in
            let href = route.href
            return NavItem(href: href, label: words(key), current: route == .home ? path == href : path.hasPrefix(href))
        }
    }
}
