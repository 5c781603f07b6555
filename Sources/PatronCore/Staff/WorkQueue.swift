/// What waits for a staff member when they open the start page: per role, the things their work
/// needs next, each a count and a link (the app counts and links; this decides what each role sees
/// and how a count reads).
public enum WorkQueueItem: String, CaseIterable, Sendable {
    // The counter
    case refundRequests = "refund-requests"
    case expiringThisWeek = "expiring-this-week"
    case returnedPostcards = "returned-postcards"
    // The customer team
    case complaintsToTriage = "complaints-to-triage"
    case overdueComplaints = "overdue-complaints"
    case outcomesToPublish = "outcomes-to-publish"
    // Heads
    case forfeituresToApprove = "forfeitures-to-approve"
    case escalations
    case monthlyReport = "monthly-report"
    // The committee
    case meetingAgenda = "meeting-agenda"
    case quarterlySummary = "quarterly-summary"
    case indicators
    // Administrators
    case failedMessages = "failed-messages"
    case channelsNotConfigured = "channels-not-configured"
    case publicAddressNotConfigured = "public-address-not-configured"
    case holidaysMissing = "holidays-missing"

    /// The queue of a role, in the order it is shown. An administrator sees the system's state; the
    /// others what their permissions let them act on.
    public static func queue(for role: StaffRole) -> [WorkQueueItem] {
        switch role {
        case .counter: [.refundRequests, .expiringThisWeek, .returnedPostcards]
        case .customerTeam: [.complaintsToTriage, .overdueComplaints, .outcomesToPublish]
        case .head: [.forfeituresToApprove, .escalations, .overdueComplaints, .monthlyReport, .refundRequests]
        case .committee: [.meetingAgenda, .quarterlySummary, .indicators]
        case .admin: [.failedMessages, .channelsNotConfigured, .publicAddressNotConfigured, .holidaysMissing]
        }
    }

    /// A link without a count (a report to open): always shown, never "quiet".
    public var isLinkOnly: Bool { self == .quarterlySummary || self == .indicators }
}

/// The monthly complaint report's state on the start page, by the rule the daily reminder follows
/// (seed: due by the 25th of the next month; staff are reminded from the 20th until it is marked sent).
public enum MonthlyReportState: Equatable, Sendable {
    case due(ReportMonth, by: CivilDate)
    case late(ReportMonth, since: CivilDate)
    case sent(ReportMonth)
    /// Before the 20th, with last month's report not sent yet: nothing to do today.
    case notYet(ReportMonth, remindFrom: CivilDate)

    public static func on(_ today: CivilDate, sentMonths: Set<ReportMonth>) -> MonthlyReportState {
        let month = ReportMonth.reportable(on: today)
        let sent = sentMonths.contains(month)
        if month.needsReminder(on: today, markedSent: sent) {
            return month.isLate(on: today, markedSent: sent) ? .late(month, since: month.dueDay.adding(days: 1)) : .due(month, by: month.dueDay)
        }
        return sent ? .sent(month) : .notYet(month, remindFrom: month.reminderDay)
    }

    /// Whether it asks for work now (shown as a count of one).
    public var needsAction: Bool {
        switch self {
        case .due, .late: true
        case .sent, .notYet: false
        }
    }

    public func text(_ language: Language) -> String {
        let th = language == .th
        switch self {
        case .due(let month, let day):
            return th ? "รายงานเดือน\(month.name(.th)) ส่งภายใน \(DateDisplay.long(day, .th))" : "\(month.name(.en)) report due by \(DateDisplay.long(day, .en))"
        case .late(let month, let day):
            return th ? "รายงานเดือน\(month.name(.th)) เลยกำหนดส่งตั้งแต่ \(DateDisplay.long(day, .th))" : "\(month.name(.en)) report late since \(DateDisplay.long(day, .en))"
        case .sent(let month):
            return th ? "รายงานเดือน\(month.name(.th)) ส่งแล้ว" : "\(month.name(.en)) report sent"
        case .notYet(let month, let day):
            return th ? "รายงานเดือน\(month.name(.th)) เตือนตั้งแต่ \(DateDisplay.long(day, .th))" : "\(month.name(.en)) report: reminders from \(DateDisplay.long(day, .en))"
        }
    }
}
