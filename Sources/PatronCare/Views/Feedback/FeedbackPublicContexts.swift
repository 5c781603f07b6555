import PatronCore
import Vapor

/// Options shared by the feedback forms.
enum FeedbackOptions {
    static func kinds(_ language: Language, selected: String?) -> [SelectOption] {
        FeedbackKind.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected) }
    }

    static func services(_ language: Language, selected: String?) -> [SelectOption] {
        ServiceArea.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected) }
    }

    static func tracks(_ language: Language, selected: Int?) -> [SelectOption] {
        ComplaintTrack.allCases.map {
            SelectOption(value: String($0.rawValue), label: "\($0.name(language)) — \($0.description(language))", selected: $0.rawValue == selected)
        }
    }

    static func staffChannels(_ language: Language, selected: String?) -> [SelectOption] {
        IntakeChannel.allCases.filter(\.isStaffEntry).map {
            SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected)
        }
    }
}

/// The public feedback form (and, with `staffChannels`, the staff intake form).
struct FeedbackFormContext: Encodable {
    let layout: LayoutContext
    let form: FeedbackFormValues
    let errors: [String]
    let kinds: [SelectOption]
    let services: [SelectOption]
    let segments: [SelectOption]
    let channels: [SelectOption]
    let honeypot: String
    let maxAttachmentMB: Int
    let smsChosen: Bool
    let consentTicked: Bool
    let anonymousTicked: Bool

    init(_ request: Request, form: FeedbackFormValues, errors: [String] = [], staff: Bool = false) {
        let language = request.language
        layout = LayoutContext(request, title: request.t(staff ? "feedback_intake_title" : "feedback_form_title"))
        self.form = form
        self.errors = errors
        kinds = FeedbackOptions.kinds(language, selected: form.kind ?? "complaint")
        services = FeedbackOptions.services(language, selected: form.service)
        segments = SelectOption.segments(language, selected: form.segment)
        channels = staff ? FeedbackOptions.staffChannels(language, selected: form.channel) : []
        honeypot = Honeypot.fieldName
        maxAttachmentMB = request.config.complaints.maxAttachmentBytes / 1024 / 1024
        smsChosen = form.contactChannel == "sms"
        consentTicked = form.consent == "on"
        anonymousTicked = form.anonymous == "on"
    }
}

/// After sending: the reference number to follow the item with.
struct FeedbackThanksContext: Encodable {
    let layout: LayoutContext
    let reference: String
    let statusHref: String

    init(_ request: Request, reference: ReferenceNumber) {
        layout = LayoutContext(request, title: request.t("feedback_thanks_title"))
        self.reference = reference.description
        statusHref = SiteRoute.feedbackStatus(ref: "\(reference)").href
    }
}

/// The public status page: only the status, the public steps' days and a published outcome —
/// never names, contacts, internal notes or staff.
struct FeedbackStatusContext: Encodable {
    struct Step: Encodable {
        let day: String
        let label: String
    }

    struct Found: Encodable {
        let reference: String
        let kind: String
        let service: String
        let received: String
        let status: String
        let statusCode: String
        let steps: [Step]
        let outcome: String?
        let published: String?
    }

    let layout: LayoutContext
    let query: String
    let error: String?
    let found: Found?

    init(_ request: Request, query: String, error: String?, item: FeedbackItem?, log: [FeedbackLogRecord]) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("feedback_status_title"))
        self.query = query
        self.error = error
        found = item.map { item in
            let steps = log.filter { $0.isPublic }.map { entry in
                Step(day: DateDisplay.short(BangkokTime.day(of: entry.at), language),
                     label: entry.action == "publish" ? request.t("feedback_step_published") : entry.toStatus.name(language))
            }
            return Found(reference: item.reference, kind: item.kind.name(language), service: item.service.name(language),
                         received: DateDisplay.long(BangkokTime.day(of: item.receivedAt), language),
                         status: item.status.name(language), statusCode: item.status.rawValue, steps: steps,
                         outcome: item.outcomePublished ? item.outcome : nil,
                         published: item.publishedAt.map { DateDisplay.long(BangkokTime.day(of: $0), language) })
        }
    }
}

/// Published outcomes: the public announcements page and the printable notice-board sheet.
struct FeedbackAnnouncementsContext: Encodable {
    struct Row: Encodable {
        let reference: String
        let kind: String
        let service: String
        let received: String
        let summary: String
        let outcome: String
        let published: String
    }

    let layout: LayoutContext
    let rows: [Row]
    let printedOn: String

    init(_ request: Request, items: [FeedbackItem], title: String) {
        let language = request.language
        layout = LayoutContext(request, title: title)
        rows = items.map {
            Row(reference: $0.reference, kind: $0.kind.name(language), service: $0.service.name(language),
                received: DateDisplay.short(BangkokTime.day(of: $0.receivedAt), language), summary: $0.summary, outcome: $0.outcome ?? "",
                published: $0.publishedAt.map { DateDisplay.short(BangkokTime.day(of: $0), language) } ?? "")
        }
        printedOn = DateDisplay.long(request.clock.today, language)
    }
}

/// The follow-up survey page (token link, no sign-in).
struct FeedbackSurveyContext: Encodable {
    struct Score: Encodable {
        let value: Int
        let label: String
        let checked: Bool
    }

    let layout: LayoutContext
    let action: String
    let reference: String
    /// Shown instead of the form: answered, expired, not valid, or thanks.
    let message: String?
    let error: String?
    let done: Bool
    let scores: [Score]
    let comment: String

    init(_ request: Request, token: String, reference: String, message: String? = nil, error: String? = nil, done: Bool = false,
         score: Int? = nil, comment: String = "") {
        let language = request.language
        layout = LayoutContext(request, title: request.t("feedback_survey_title"))
        action = SiteRoute.feedbackSurvey(token: token).href
        self.reference = reference
        self.message = message
        self.error = error
        self.done = done
        scores = FollowUpAnswer.scale.reversed().map { Score(value: $0, label: "\($0) — \(FollowUpAnswer.label($0, language))", checked: $0 == score) }
        self.comment = comment
    }
}
