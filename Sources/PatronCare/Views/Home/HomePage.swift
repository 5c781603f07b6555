import PatronCore

/// The staff start page: the registry at a glance, and for administrators the last integrity check.
struct HomePage: Page {
    struct SegmentCount: Equatable {
        let code: String
        let name: String
        let count: Int
        let href: String
    }

    let chrome: PageChrome
    let stats: HomeStats
    let segments: [SegmentCount]
    /// Administrators only: the integrity section is shown.
    let isAdmin: Bool
    /// The last run of `patroncare check` / the daily job; nil when it has never run.
    let integrity: IntegrityCheckSummary?

    init(chrome: PageChrome, stats: HomeStats, isAdmin: Bool, lastIntegrityCheck: IntegrityCheckRun?) {
        let language = chrome.language
        self.chrome = chrome
        self.stats = stats
        segments = Segment.allCases.map {
            SegmentCount(code: $0.rawValue, name: $0.name(language), count: stats.bySegment[$0] ?? 0,
                         href: SiteRoute.members(.init(["segment": $0.rawValue])).href)
        }
        self.isAdmin = isAdmin
        integrity = isAdmin ? lastIntegrityCheck.map { IntegrityCheckSummary($0, language: language) } : nil
    }

    var content: HTML {
        let t = chrome.words
        let activeHref = SiteRoute.members(.init(["status": "active"])).href
        let expiringHref = SiteRoute.members(.init(["expiringWithin": String(HomeStats.expiringWindowDays)])).href
        let expiredHref = SiteRoute.members(.init(["status": "expired"])).href
        return """
        <h1>\(t("home_title"))</h1>
        <section class="stats">
          <a class="stat" href="\(SiteRoute.members().href)"><span class="n">\(stats.total)</span>\(t("home_total"))</a>
          <a class="stat" href="\(activeHref)"><span class="n">\(stats.active)</span>\(t("home_active"))</a>
          <a class="stat" href="\(expiringHref)"><span class="n">\(stats.expiringSoon)</span>\(t("home_expiring"))</a>
          <a class="stat" href="\(expiredHref)"><span class="n">\(stats.expired)</span>\(t("home_expired"))</a>
        </section>
        <section class="card">
          <h2>\(t("home_by_segment"))</h2>
          <table class="list">
            <thead><tr><th>\(t("member_segment"))</th><th></th><th class="num">\(t("home_count"))</th></tr></thead>
            <tbody>
            \(segments.map { segment -> HTML in
                "<tr><td><a href=\"\(segment.href)\">\(segment.code)</a></td><td>\(segment.name)</td><td class=\"num\">\(segment.count)</td></tr>"
            })
            </tbody>
          </table>
        </section>
        \(isAdmin ? integritySection : nil)
        """
    }

    private var integritySection: HTML {
        let t = chrome.words
        let finding: HTML
        if let integrity {
            if integrity.passed {
                finding = "<p class=\"notice\">\(t("integrity_passed")) \(integrity.checkedAt)</p>"
            } else {
                finding = """
                <p class="error">\(t("integrity_failed")) \(integrity.checkedAt): \(integrity.problemCount)</p>
                  <ul>\(integrity.problems.map { problem -> HTML in "<li>\(problem)</li>" })</ul>
                """
            }
        } else {
            finding = "<p>\(t("integrity_never"))</p>"
        }
        return """
        <section class="card" id="integrity">
          <h2>\(t("integrity_title"))</h2>
          \(finding)
        </section>
        """
    }
}
