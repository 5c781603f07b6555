import PatronCore
import Vapor

/// A row of the staff list.
struct FeedbackRow: Encodable {
    let id: String
    let href: String
    let reference: String
    let kind: String
    let channel: String
    let service: String
    let summary: String
    let track: String
    let status: String
    let statusCode: String
    let received: String
    let due: String
    let overdue: Bool
    let assignee: String

    init(_ item: FeedbackItem, overdue: Bool, language: Language) {
        id = item.id?.uuidString ?? ""
        href = SiteRoute.href(item.id) { .complaint($0) }
        reference = item.reference
        kind = item.kind.name(language)
        channel = item.channel.name(language)
        service = item.service.name(language)
        summary = item.summary
        track = item.complaintTrack.map { String($0.rawValue) } ?? ""
        status = item.status.name(language)
        statusCode = item.status.rawValue
        received = DateDisplay.short(BangkokTime.day(of: item.receivedAt), language)
        due = CivilDate(iso: item.dueDay).map { DateDisplay.short($0, language) } ?? item.dueDay
        self.overdue = overdue
        assignee = item.assigneeName
    }
}

/// The staff list: filters, counts and the items, overdue ones highlighted.
struct FeedbackIndexContext: Encodable {
    struct Count: Encodable {
        let label: String
        let count: Int
        let href: String
    }

    let layout: LayoutContext
    let overdueHref: String
    let filter: FeedbackFilter
    let statuses: [SelectOption]
    let kinds: [SelectOption]
    let tracks: [SelectOption]
    let counts: [Count]
    let overdueCount: Int
    let rows: [FeedbackRow]
    let canIntake: Bool
    let overdueOnly: Bool

    init(_ request: Request, filter: FeedbackFilter, rows: [FeedbackRow], countsByStatus: [FeedbackStatus: Int], overdueCount: Int) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("complaints_title"))
        overdueHref = SiteRoute.complaints(.init(["overdue": "1"])).href
        self.filter = filter
        let selectedStatus = filter.status ?? "open"
        statuses = [SelectOption(value: "open", label: request.t("complaints_open"), selected: selectedStatus == "open"),
                    SelectOption(value: "all", label: request.t("filter_all"), selected: selectedStatus == "all")]
            + FeedbackStatus.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selectedStatus) }
        kinds = FeedbackOptions.kinds(language, selected: filter.kind)
        tracks = ComplaintTrack.allCases.map { SelectOption(value: String($0.rawValue), label: $0.name(language), selected: String($0.rawValue) == filter.track) }
        counts = FeedbackStatus.allCases.map { Count(label: $0.name(language), count: countsByStatus[$0] ?? 0, href: SiteRoute.complaints(.init(["status": $0.rawValue])).href) }
        self.overdueCount = overdueCount
        self.rows = rows
        canIntake = request.can(.handleFeedback)
        overdueOnly = filter.overdue == "1"
    }
}

/// One item for staff: facts, contact (only with the personal-data permission), the history
/// with internal notes, and the forms of the steps the signed-in role may take now.
struct FeedbackShowContext: Encodable {
    struct Fact: Encodable {
        let label: String
        let value: String
    }

    struct LogLine: Encodable {
        let at: String
        let who: String
        let action: String
        let change: String
        let note: String
        let isPublic: Bool
    }

    struct ActionForm: Encodable {
        let code: String
        let label: String
        let trackOptions: [SelectOption]?
        let levelOptions: [SelectOption]?
        let staffOptions: [SelectOption]?
        let textLabel: String?
        let textValue: String
        let textRequired: Bool
        let actionText: Bool
    }

    struct Attachment: Encodable {
        let href: String
        let name: String
    }

    let layout: LayoutContext
    let id: String
    let publishAction: String
    let shareAction: String
    let stepsAction: String
    let revision: Int
    let reference: String
    let facts: [Fact]
    let summary: String
    let details: String
    let showContact: Bool
    let contact: [Fact]
    let anonymous: Bool
    let overdue: Bool
    let trackDescription: String?
    let outcome: String?
    let decision: String?
    let lesson: String?
    let published: Bool
    let shared: Bool
    let attachments: [Attachment]
    let log: [LogLine]
    let actions: [ActionForm]
    let canPublish: Bool
    let canShare: Bool
    let deliveryNote: String

    init(_ request: Request, item: FeedbackItem, log: [FeedbackLogRecord], attachments: [FeedbackAttachment], staff: [StaffUser],
         actor: FeedbackActor, overdue: Bool, dueBasis: String) {
        let language = request.language
        let t = { (key: String) in request.t(key) }
        layout = LayoutContext(request, title: "\(item.reference) · \(t("complaints_title"))")
        id = item.id?.uuidString ?? ""
        publishAction = SiteRoute.href(item.id) { .complaintPublish($0) }
        shareAction = SiteRoute.href(item.id) { .complaintShare($0) }
        stepsAction = SiteRoute.href(item.id) { .complaintSteps($0) }
        revision = item.revision
        reference = item.reference
        let dueText = (CivilDate(iso: item.dueDay).map { DateDisplay.long($0, language) } ?? item.dueDay) + (dueBasis.isEmpty ? "" : " (\(dueBasis))")
        var facts = [
            Fact(label: t("feedback_kind"), value: item.kind.name(language)),
            Fact(label: t("feedback_channel"), value: item.channel.name(language)),
            Fact(label: t("feedback_service"), value: item.service.name(language)),
            Fact(label: t("feedback_segment"), value: item.segment.map { "\($0.rawValue) — \($0.name(language))" } ?? "–"),
            Fact(label: t("feedback_received"), value: WeekdayName.dayAndTime(BangkokTime(item.receivedAt), language)),
            Fact(label: t("feedback_status"), value: item.status.name(language)),
            Fact(label: t("feedback_track"), value: item.complaintTrack?.name(language) ?? "–"),
            Fact(label: t("feedback_due"), value: dueText),
            Fact(label: t("feedback_escalation"), value: item.escalationLevel.name(language)),
            Fact(label: t("feedback_assignee"), value: item.assigneeName.isEmpty ? "–" : item.assigneeName),
        ]
        if let action = item.action { facts.append(Fact(label: t("feedback_action_taken"), value: action)) }
        self.facts = facts
        summary = item.summary
        details = item.details
        showContact = request.personalDataMask.showsPersonalData
        anonymous = item.anonymous
        contact = showContact && !item.anonymous ? [
            Fact(label: t("feedback_contact_name"), value: item.contactName.isEmpty ? "–" : item.contactName),
            Fact(label: t("feedback_contact_email"), value: item.contactEmail.isEmpty ? "–" : item.contactEmail),
            Fact(label: t("feedback_contact_phone"), value: item.contactPhone.isEmpty ? "–" : item.contactPhone),
            Fact(label: t("feedback_consent"), value: t(item.consentToContact ? "feedback_yes" : "feedback_no")),
        ] : []
        self.overdue = overdue
        trackDescription = item.complaintTrack?.description(language)
        outcome = item.outcome
        decision = item.decision
        lesson = item.lesson
        published = item.outcomePublished
        shared = item.shareWithStaff
        self.attachments = attachments.map { Attachment(href: SiteRoute.complaintAttachment(item.id ?? UUID(), attachment: $0.id ?? UUID()).href,
                                                       name: $0.originalName.isEmpty ? $0.fileKind : $0.originalName) }
        self.log = log.map { entry in
            let action = FeedbackAction(rawValue: entry.action)?.name(language) ?? t("feedback_log_\(entry.action.replacingOccurrences(of: "-", with: "_"))")
            let change = entry.fromStatus.map { $0 == entry.toStatus ? "" : "\($0.name(language)) → \(entry.toStatus.name(language))" } ?? entry.toStatus.name(language)
            return LogLine(at: WeekdayName.dayAndTime(BangkokTime(entry.at), language), who: entry.actorName(language), action: action,
                           change: change, note: entry.note ?? "", isPublic: entry.isPublic)
        }
        let state = item.state
        let staffOptions = staff.map { SelectOption(value: "person:\($0.username)", label: "\($0.displayName) (\($0.role.name(language)))", selected: $0.username == item.assigneeID) }
        actions = FeedbackWorkflow.availableActions(for: state, by: actor).map { action in
            let label = action.name(language)
            switch action {
            case .triage:
                return ActionForm(code: action.rawValue, label: label, trackOptions: item.kind == .complaint ? FeedbackOptions.tracks(language, selected: nil) : nil,
                                  levelOptions: nil, staffOptions: nil, textLabel: nil, textValue: "", textRequired: false, actionText: false)
            case .changeTrack:
                return ActionForm(code: action.rawValue, label: label, trackOptions: FeedbackOptions.tracks(language, selected: item.track),
                                  levelOptions: nil, staffOptions: nil, textLabel: nil, textValue: "", textRequired: false, actionText: false)
            case .assign:
                return ActionForm(code: action.rawValue, label: label, trackOptions: nil, levelOptions: nil, staffOptions: staffOptions,
                                  textLabel: t("feedback_assign_group"), textValue: "", textRequired: false, actionText: false)
            case .escalate:
                let levels = EscalationLevel.allCases.filter { $0 > item.escalationLevel }
                    .map { SelectOption(value: String($0.rawValue), label: $0.name(language), selected: false) }
                return ActionForm(code: action.rawValue, label: label, trackOptions: nil, levelOptions: levels, staffOptions: nil,
                                  textLabel: nil, textValue: "", textRequired: false, actionText: false)
            case .recordDecision, .addInternalNote, .recordLesson, .reopen:
                let field: FeedbackText.Field = action == .recordDecision ? .decision : action == .recordLesson ? .lesson : .internalNote
                return ActionForm(code: action.rawValue, label: label, trackOptions: nil, levelOptions: nil, staffOptions: nil,
                                  textLabel: action == .reopen ? t("feedback_reopen_reason") : field.name(language),
                                  textValue: action == .recordLesson ? (item.lesson ?? "") : "", textRequired: true, actionText: false)
            case .resolve:
                return ActionForm(code: action.rawValue, label: label, trackOptions: nil, levelOptions: nil, staffOptions: nil,
                                  textLabel: FeedbackText.Field.outcome.name(language), textValue: item.outcome ?? "", textRequired: false, actionText: true)
            case .close:
                return ActionForm(code: action.rawValue, label: label, trackOptions: nil, levelOptions: nil, staffOptions: nil,
                                  textLabel: FeedbackText.Field.outcome.name(language), textValue: item.outcome ?? "",
                                  textRequired: item.outcome == nil, actionText: false)
            case .start, .receive:
                return ActionForm(code: action.rawValue, label: label, trackOptions: nil, levelOptions: nil, staffOptions: nil,
                                  textLabel: nil, textValue: "", textRequired: false, actionText: false)
            }
        }
        let delivery = OutcomeDelivery.decide(contactKnown: item.contactKnown, consentToContact: item.consentToContact)
        deliveryNote = delivery.name(language)
        canPublish = request.can(.publishFeedback) && delivery == .publish && item.status.isFinished && item.outcome != nil && !item.outcomePublished
        canShare = request.can(.publishFeedback) && item.status == .closed && !item.shareWithStaff
    }
}

/// The staff knowledge page: closed items shared with staff and their lessons.
struct FeedbackKnowledgeContext: Encodable {
    struct Row: Encodable {
        let href: String
        let reference: String
        let service: String
        let kind: String
        let summary: String
        let outcome: String
        let lesson: String
        let closed: String
    }

    let layout: LayoutContext
    let rows: [Row]

    init(_ request: Request, items: [FeedbackItem]) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("complaints_knowledge_title"))
        rows = items.map {
            Row(href: SiteRoute.href($0.id) { .complaint($0) }, reference: $0.reference, service: $0.service.name(language), kind: $0.kind.name(language),
                summary: $0.summary, outcome: $0.outcome ?? "", lesson: $0.lesson ?? "",
                closed: $0.closedAt.map { DateDisplay.short(BangkokTime.day(of: $0), language) } ?? "")
        }
    }
}

/// Complaint_01 and Complaint_02 for a month, with the "marked sent" state.
struct MonthlyReportContext: Encodable {
    let layout: LayoutContext
    let month: String
    let monthName: String
    let dueDay: String
    let listingHeader: [String]
    let listing: [[String]]
    let summaryHeader: [String]
    let summary: [[String]]
    let noComplaints: String?
    let handling: String
    let satisfaction: String
    let sentInfo: String?
    let late: Bool
    let canMarkSent: Bool
    let csv01Href: String
    let csv02Href: String
    let previousHref: String
    let nextHref: String

    init(_ request: Request, report: MonthlyComplaintReport, submission: ComplaintReportSubmission?) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("complaints_monthly_title"))
        month = report.month.description
        monthName = report.month.name(language)
        dueDay = DateDisplay.long(report.dueDay, language)
        listingHeader = MonthlyComplaintReport.listingHeader(language)
        listing = report.rows.map { report.listingFields($0, language) }
        summaryHeader = MonthlyComplaintReport.summaryHeader(language)
        summary = report.summaryRows(language)
        noComplaints = report.noComplaintsStatement(language)
        handling = report.statistics.handlingText(language)
        satisfaction = report.satisfaction.text(language)
        sentInfo = submission.map { "\(request.t("complaints_report_sent_on")) \(DateDisplay.long(BangkokTime.day(of: $0.sentAt), language)) — \($0.sentByName)" }
        late = report.month.isLate(on: request.clock.today, markedSent: submission != nil)
        canMarkSent = submission == nil && request.can(.publishFeedback)
        csv01Href = SiteRoute.complaintsMonthly(.init(["month": "\(report.month)", "format": "csv", "part": "01"])).href
        csv02Href = SiteRoute.complaintsMonthly(.init(["month": "\(report.month)", "format": "csv", "part": "02"])).href
        previousHref = SiteRoute.complaintsMonthly(.init(["month": "\(report.month.previous)"])).href
        nextHref = SiteRoute.complaintsMonthly(.init(["month": "\(report.month.next)"])).href
    }
}

/// The quarterly summary for the MT committee.
struct QuarterlySummaryContext: Encodable {
    let layout: LayoutContext
    let quarter: String
    let quarterName: String
    let header: [String]
    let rows: [[String]]
    let noComplaints: String?
    let text: String
    let csvHref: String
    let previousHref: String
    let fiscalHref: String

    init(_ request: Request, summary: QuarterlySummary) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("complaints_quarterly_title"))
        quarter = summary.quarter.description
        quarterName = summary.quarter.name(language)
        header = QuarterlySummary.csvHeader(language)
        rows = summary.csvRows(language)
        noComplaints = summary.noComplaintsStatement(language)
        text = summary.text(language)
        csvHref = SiteRoute.complaintsQuarterly(.init(["quarter": "\(summary.quarter)", "format": "csv"])).href
        previousHref = SiteRoute.complaintsQuarterly(.init(["quarter": "\(summary.quarter.previous)"])).href
        fiscalHref = SiteRoute.complaintsQuarterly(.init(["quarter": "\(ReportQuarter.fiscal(containing: summary.quarter.firstDay))"])).href
    }
}

/// The MT committee's meeting days.
struct MeetingDaysContext: Encodable {
    struct Row: Encodable {
        let deleteAction: String
        let day: String
        let iso: String
        let note: String
        let past: Bool
    }

    let layout: LayoutContext
    let rows: [Row]
    let canEdit: Bool
    let openTrack4: Int

    init(_ request: Request, days: [CommitteeMeetingDay], openTrack4: Int) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("complaints_meetings_title"))
        let today = request.clock.today
        rows = days.compactMap { d in
            CivilDate(iso: d.day).map { Row(deleteAction: SiteRoute.href(d.id) { .complaintMeetingDelete($0) }, day: DateDisplay.long($0, language), iso: d.day, note: d.note, past: $0 < today) }
        }
        canEdit = request.can(.scheduleMeetings)
        self.openTrack4 = openTrack4
    }
}
