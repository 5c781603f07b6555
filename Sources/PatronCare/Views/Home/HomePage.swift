import PatronCore

/// The staff start page: the signed-in role's work queue (`WorkQueueItem.queue(for:)`, a count and a
/// link each, zero counts quiet), the registry at a glance, and for administrators the last integrity check.
struct HomePage: Page {
    struct QueueEntry: Equatable {
        let item: WorkQueueItem
        let label: String
        /// Nil for a link without a count (a report to open).
        let count: Int?
        let href: String
        /// A second line: overdue per track, the monthly report's state, the next meeting, the channels.
        let detail: String?

        var isQuiet: Bool { count == 0 }
    }

    struct SegmentCount: Equatable {
        let code: String
        let name: String
        let count: Int
        let href: String
    }

    let chrome: PageChrome
    let queue: [QueueEntry]
    let stats: HomeStats
    let segments: [SegmentCount]
    /// Administrators only: the integrity section is shown.
    let isAdmin: Bool
    /// The last run of `patroncare check` / the daily job; nil when it has never run.
    let integrity: IntegrityCheckSummary?

    init(chrome: PageChrome, role: StaffRole, work: WorkQueueCounts, stats: HomeStats, isAdmin: Bool, lastIntegrityCheck: IntegrityCheckRun?) {
        let language = chrome.language
        self.chrome = chrome
        queue = WorkQueueItem.queue(for: role).map { Self.entry($0, work: work, words: chrome.words, language: language) }
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
        <section class="card work-queue">
          <h2>\(t("home_queue_title"))</h2>
          \(queue.allSatisfy(\.isQuiet) ? "<p class=\"quiet\">\(t("home_queue_empty"))</p>" as HTML : nil)
          <ul class="queue">
          \(queue.map { entry -> HTML in
              """
              <li class="\(entry.isQuiet ? "quiet" : "waiting")" data-item="\(entry.item.rawValue)"><a href="\(entry.href)">\(entry.count.map { "<span class=\"n\">\($0)</span>" as HTML })\(entry.label)</a>\(entry.detail.map { "<span class=\"detail\">\($0)</span>" as HTML })</li>
              """
          })
          </ul>
        </section>
        <h2>\(t("home_registry"))</h2>
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

    /// The label's word key (`wq_refund-requests`, in `home.json`).
    static func wordKey(_ item: WorkQueueItem) -> String { "wq_" + item.rawValue }

    private static func entry(_ item: WorkQueueItem, work: WorkQueueCounts, words t: Words, language: Language) -> QueueEntry {
        let count = item.isLinkOnly ? nil : work.counts[item] ?? 0
        var detail: String?
        let href: String
        switch item {
        case .refundRequests: href = SiteRoute.members(.init(["refundRequest": "open"])).href
        case .expiringThisWeek: href = SiteRoute.members(.init(["status": "active", "expiringWithin": "7"])).href
        case .returnedPostcards: href = SiteRoute.returnedPostcards.href
        case .complaintsToTriage: href = SiteRoute.complaints(.init(["status": FeedbackStatus.received.rawValue])).href
        case .overdueComplaints:
            href = SiteRoute.complaints(.init(["overdue": "1"])).href
            let tracks = ComplaintTrack.allCases.compactMap { track in work.overdueByTrack[track].map { "\(t("wq_track")) \(track.rawValue): \($0)" } }
            detail = tracks.isEmpty ? nil : tracks.joined(separator: " · ")
        case .outcomesToPublish: href = SiteRoute.complaints(.init(FeedbackQuery.outcomesToPublishFilter.queryItems)).href
        case .forfeituresToApprove: href = SiteRoute.forfeitures.href
        case .escalations: href = SiteRoute.complaints(.init(["status": FeedbackStatus.escalated.rawValue])).href
        case .monthlyReport:
            href = SiteRoute.complaintsMonthly().href
            detail = work.monthlyReport?.text(language)
        case .meetingAgenda:
            href = SiteRoute.complaintsMeetings.href
            detail = work.nextMeeting.map { "\(t("wq_next_meeting")) \(DateDisplay.long($0, language))" } ?? t("wq_no_meeting")
        case .quarterlySummary: href = SiteRoute.complaintsQuarterly().href
        case .indicators: href = SiteRoute.indicators().href
        case .failedMessages: href = SiteRoute.outbox(.init(["status": OutboxMessage.Status.failed.rawValue])).href
        case .channelsNotConfigured:
            href = SiteRoute.outbox().href
            detail = work.unconfiguredChannels.isEmpty ? nil : work.unconfiguredChannels.map { $0.name(language) }.joined(separator: ", ")
        case .publicAddressNotConfigured: href = SiteRoute.refundSteps.href
        case .holidaysMissing:
            href = SiteRoute.holidays(work.holidaysMissingYear.map { .init(["year": String($0)]) } ?? .none).href
            detail = work.holidaysMissingYear.map { HolidayCoverage.warning(year: $0, language) }
        }
        return QueueEntry(item: item, label: t(wordKey(item)), count: count, href: href, detail: detail)
    }
}
