import Foundation
import Vapor

/// Every address of the app, typed. A path is spelled once, in `Pattern`; controllers register
/// their routes from it (`routes.get(.member, use: show)`), and links, redirects and page contexts
/// build their `href`s from a case (`SiteRoute.member(id).href`), so a renamed route cannot leave a
/// stale link behind. `SiteRouteTests` checks that every pattern × method is registered and that
/// every registered route has a pattern. (Not called `Route`: Vapor has one.)
enum SiteRoute: Hashable, Sendable {
    /// Query parameters of a page that takes them; `nil` values are left out.
    struct Query: Hashable, Sendable {
        var items: [URLQueryItem]

        init(_ items: [URLQueryItem] = []) { self.items = items.filter { $0.value != nil } }
        init(_ pairs: KeyValuePairs<String, String?>) {
            self.init(pairs.map { URLQueryItem(name: $0.key, value: $0.value) })
        }

        static let none = Query()
    }

    // Public pages.
    case healthz
    case login
    case logout
    case accountPassword
    case refundSteps
    /// The library's logo (`PATRONCARE_LOGO_FILE`), public and cacheable.
    case libraryLogo
    case feedbackForm
    case feedbackThanks(reference: String)
    case feedbackStatus(ref: String? = nil)
    case feedbackAnnouncements
    case feedbackSurvey(token: String)
    // The JSON API.
    case apiFeedback
    case apiFeedbackFormToken
    case apiFeedbackStatus(reference: String)
    case apiIndicatorsUnclaimed(Query = .none)
    // Staff pages.
    case home
    case members(Query = .none)
    case memberNew
    case member(UUID)
    case memberEdit(UUID)
    case memberDocuments(UUID)
    case memberDocumentScan(UUID, document: UUID)
    case memberReminders(UUID)
    case memberConsent(UUID)
    case memberDeposits(UUID)
    case imports
    case deposit(UUID)
    case depositReceipt(UUID, paper: String? = nil)
    case depositRefund(UUID)
    /// The printable slip of one refund entry (A5, or `paper: "thermal"` for 80 mm).
    case refundSlip(UUID, entry: UUID, paper: String? = nil)
    case depositRefundRequests(UUID)
    case depositCorrections(UUID)
    case forfeitures
    case forfeiture(UUID)
    case forfeitureApprove(UUID)
    case forfeitureCancel(UUID)
    case campaigns
    case campaignPreview
    case campaign(UUID, Query = .none)
    case remindersReport(Query = .none)
    case reports
    case unclaimedReport(Query = .none)
    case depositsReport(Query = .none)
    case indicators(Query = .none)
    case outbox(Query = .none)
    case outboxMessage(UUID)
    case outboxResend(UUID)
    case postcards
    case postcardBatch(UUID)
    case postcardBatchPrinted(UUID)
    case returnedPostcards
    case templates
    case template(kind: String, channel: String, language: String)
    case templateReset(kind: String, channel: String, language: String)
    case complaints(Query = .none)
    case complaintNew
    case complaintsKnowledge
    case complaintsNoticeBoard
    case complaintsMeetings
    case complaintMeetingDelete(UUID)
    case complaint(UUID)
    case complaintAttachment(UUID, attachment: UUID)
    case complaintSteps(UUID)
    case complaintPublish(UUID)
    case complaintShare(UUID)
    case complaintsMonthly(Query = .none)
    case complaintsMonthlySent
    case complaintsQuarterly(Query = .none)
    case staffAccounts
    case staffAccount(UUID)
    case auditLog(Query = .none)
    case holidays(Query = .none)
    case holidaysImport
    case holidayDelete(UUID)

    /// A path with its parameters named (`members/:memberID`), and the methods it answers.
    enum Pattern: String, CaseIterable, Sendable {
        case healthz = "healthz"
        case login = "login"
        case logout = "logout"
        case accountPassword = "account/password"
        case refundSteps = "refund-steps"
        case libraryLogo = "library-logo"
        case feedbackForm = "feedback"
        case feedbackThanks = "feedback/thanks/:reference"
        case feedbackStatus = "feedback/status"
        case feedbackAnnouncements = "feedback/announcements"
        case feedbackSurvey = "feedback/survey/:token"
        case apiFeedback = "api/v1/feedback"
        case apiFeedbackFormToken = "api/v1/feedback/form-token"
        case apiFeedbackStatus = "api/v1/feedback/:reference"
        case apiIndicatorsUnclaimed = "api/v1/indicators/unclaimed"
        case home = ""
        case members = "members"
        case memberNew = "members/new"
        case member = "members/:memberID"
        case memberEdit = "members/:memberID/edit"
        case memberDocuments = "members/:memberID/documents"
        case memberDocumentScan = "members/:memberID/documents/:documentID/scan"
        case memberReminders = "members/:memberID/reminders"
        case memberConsent = "members/:memberID/consent"
        case memberDeposits = "members/:memberID/deposits"
        case imports = "imports"
        case deposit = "deposits/:depositID"
        case depositReceipt = "deposits/:depositID/receipt"
        case depositRefund = "deposits/:depositID/refund"
        case refundSlip = "deposits/:depositID/refunds/:entryID/slip"
        case depositRefundRequests = "deposits/:depositID/refund-requests"
        case depositCorrections = "deposits/:depositID/corrections"
        case forfeitures = "forfeitures"
        case forfeiture = "forfeitures/:batchID"
        case forfeitureApprove = "forfeitures/:batchID/approve"
        case forfeitureCancel = "forfeitures/:batchID/cancel"
        case campaigns = "campaigns"
        case campaignPreview = "campaigns/preview"
        case campaign = "campaigns/:campaignID"
        case remindersReport = "reports/reminders"
        case reports = "reports"
        case unclaimedReport = "reports/unclaimed"
        case depositsReport = "reports/deposits"
        case indicators = "indicators"
        case outbox = "outbox"
        case outboxMessage = "outbox/:messageID"
        case outboxResend = "outbox/:messageID/resend"
        case postcards = "outbox/postcards"
        case postcardBatch = "outbox/postcards/:batchID"
        case postcardBatchPrinted = "outbox/postcards/:batchID/printed"
        case returnedPostcards = "outbox/returned"
        case templates = "admin/templates"
        case template = "admin/templates/:kind/:channel/:language"
        case templateReset = "admin/templates/:kind/:channel/:language/reset"
        case complaints = "complaints"
        case complaintNew = "complaints/new"
        case complaintsKnowledge = "complaints/knowledge"
        case complaintsNoticeBoard = "complaints/notice-board"
        case complaintsMeetings = "complaints/meetings"
        case complaintMeetingDelete = "complaints/meetings/:meetingID/delete"
        case complaint = "complaints/:itemID"
        case complaintAttachment = "complaints/:itemID/attachments/:attachmentID"
        case complaintSteps = "complaints/:itemID/steps"
        case complaintPublish = "complaints/:itemID/publish"
        case complaintShare = "complaints/:itemID/share"
        case complaintsMonthly = "complaints/reports/monthly"
        case complaintsMonthlySent = "complaints/reports/monthly/sent"
        case complaintsQuarterly = "complaints/reports/quarterly"
        case staffAccounts = "admin/staff"
        case staffAccount = "admin/staff/:staffID"
        case auditLog = "admin/audit"
        case holidays = "admin/holidays"
        case holidaysImport = "admin/holidays/import"
        case holidayDelete = "admin/holidays/:holidayID/delete"

        /// The path components Vapor registers (`:name` for a parameter).
        var components: [PathComponent] { rawValue.pathComponents }

        /// The parameter names in order (`memberID`, `documentID`).
        var parameterNames: [String] {
            rawValue.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
        }

        /// The methods the app answers at this path.
        var methods: [HTTPMethod] {
            switch self {
            case .login, .accountPassword, .feedbackForm, .feedbackSurvey, .members, .member, .imports, .depositRefund,
                 .forfeitures, .campaigns, .returnedPostcards, .template, .complaints, .complaintsMeetings, .staffAccounts, .holidays:
                [.GET, .POST]
            case .logout, .apiFeedback, .memberDocuments, .memberReminders, .memberConsent, .memberDeposits, .depositRefundRequests,
                 .depositCorrections, .forfeitureApprove, .forfeitureCancel, .campaignPreview, .outboxResend, .postcards,
                 .postcardBatchPrinted, .templateReset, .complaintMeetingDelete, .complaintSteps, .complaintPublish, .complaintShare,
                 .complaintsMonthlySent, .staffAccount, .holidaysImport, .holidayDelete:
                [.POST]
            default:
                [.GET]
            }
        }
    }

    var pattern: Pattern {
        switch self {
        case .healthz: .healthz
        case .login: .login
        case .logout: .logout
        case .accountPassword: .accountPassword
        case .refundSteps: .refundSteps
        case .libraryLogo: .libraryLogo
        case .feedbackForm: .feedbackForm
        case .feedbackThanks: .feedbackThanks
        case .feedbackStatus: .feedbackStatus
        case .feedbackAnnouncements: .feedbackAnnouncements
        case .feedbackSurvey: .feedbackSurvey
        case .apiFeedback: .apiFeedback
        case .apiFeedbackFormToken: .apiFeedbackFormToken
        case .apiFeedbackStatus: .apiFeedbackStatus
        case .apiIndicatorsUnclaimed: .apiIndicatorsUnclaimed
        case .home: .home
        case .members: .members
        case .memberNew: .memberNew
        case .member: .member
        case .memberEdit: .memberEdit
        case .memberDocuments: .memberDocuments
        case .memberDocumentScan: .memberDocumentScan
        case .memberReminders: .memberReminders
        case .memberConsent: .memberConsent
        case .memberDeposits: .memberDeposits
        case .imports: .imports
        case .deposit: .deposit
        case .depositReceipt: .depositReceipt
        case .depositRefund: .depositRefund
        case .refundSlip: .refundSlip
        case .depositRefundRequests: .depositRefundRequests
        case .depositCorrections: .depositCorrections
        case .forfeitures: .forfeitures
        case .forfeiture: .forfeiture
        case .forfeitureApprove: .forfeitureApprove
        case .forfeitureCancel: .forfeitureCancel
        case .campaigns: .campaigns
        case .campaignPreview: .campaignPreview
        case .campaign: .campaign
        case .remindersReport: .remindersReport
        case .reports: .reports
        case .unclaimedReport: .unclaimedReport
        case .depositsReport: .depositsReport
        case .indicators: .indicators
        case .outbox: .outbox
        case .outboxMessage: .outboxMessage
        case .outboxResend: .outboxResend
        case .postcards: .postcards
        case .postcardBatch: .postcardBatch
        case .postcardBatchPrinted: .postcardBatchPrinted
        case .returnedPostcards: .returnedPostcards
        case .templates: .templates
        case .template: .template
        case .templateReset: .templateReset
        case .complaints: .complaints
        case .complaintNew: .complaintNew
        case .complaintsKnowledge: .complaintsKnowledge
        case .complaintsNoticeBoard: .complaintsNoticeBoard
        case .complaintsMeetings: .complaintsMeetings
        case .complaintMeetingDelete: .complaintMeetingDelete
        case .complaint: .complaint
        case .complaintAttachment: .complaintAttachment
        case .complaintSteps: .complaintSteps
        case .complaintPublish: .complaintPublish
        case .complaintShare: .complaintShare
        case .complaintsMonthly: .complaintsMonthly
        case .complaintsMonthlySent: .complaintsMonthlySent
        case .complaintsQuarterly: .complaintsQuarterly
        case .staffAccounts: .staffAccounts
        case .staffAccount: .staffAccount
        case .auditLog: .auditLog
        case .holidays: .holidays
        case .holidaysImport: .holidaysImport
        case .holidayDelete: .holidayDelete
        }
    }

    /// The values of the pattern's parameters, in order.
    var parameters: [String] {
        switch self {
        case .feedbackThanks(let reference), .apiFeedbackStatus(let reference): [reference]
        case .feedbackSurvey(let token): [token]
        case .member(let id), .memberEdit(let id), .memberDocuments(let id), .memberReminders(let id), .memberConsent(let id),
             .memberDeposits(let id), .deposit(let id), .depositReceipt(let id, _), .depositRefund(let id),
             .depositRefundRequests(let id), .depositCorrections(let id), .forfeiture(let id), .forfeitureApprove(let id),
             .forfeitureCancel(let id), .campaign(let id, _), .outboxMessage(let id), .outboxResend(let id), .postcardBatch(let id),
             .postcardBatchPrinted(let id), .complaintMeetingDelete(let id), .complaint(let id), .complaintSteps(let id),
             .complaintPublish(let id), .complaintShare(let id), .staffAccount(let id), .holidayDelete(let id):
            [id.uuidString]
        case .memberDocumentScan(let member, let document): [member.uuidString, document.uuidString]
        case .refundSlip(let deposit, let entry, _): [deposit.uuidString, entry.uuidString]
        case .complaintAttachment(let item, let attachment): [item.uuidString, attachment.uuidString]
        case .template(let kind, let channel, let language), .templateReset(let kind, let channel, let language):
            [kind, channel, language]
        default: []
        }
    }

    var query: Query {
        switch self {
        case .feedbackStatus(let ref): Query(["ref": ref])
        case .depositReceipt(_, let paper), .refundSlip(_, _, let paper): Query(["paper": paper])
        case .apiIndicatorsUnclaimed(let query), .members(let query), .remindersReport(let query), .unclaimedReport(let query),
             .depositsReport(let query), .indicators(let query), .campaign(_, let query), .outbox(let query), .complaints(let query),
             .complaintsMonthly(let query), .complaintsQuarterly(let query), .auditLog(let query), .holidays(let query):
            query
        default: .none
        }
    }

    /// The link to a row's page from the row's stored id (`""` for a row not yet saved, which has no page).
    static func href(_ id: UUID?, _ route: (UUID) -> SiteRoute) -> String { id.map { route($0).href } ?? "" }

    /// Where the JSON API's paths begin (its errors are JSON, not pages).
    static let apiPathPrefix = "/api/"

    /// The root-relative path, parameters filled in and escaped, without the query.
    /// Built in one string: a list page makes one per row (50 on the member list), and splitting,
    /// mapping and joining was 5 % of that page's time.
    var path: String {
        var values = parameters.makeIterator()
        var path = ""
        for part in pattern.rawValue.split(separator: "/") {
            path += "/"
            if part.hasPrefix(":") { path += Self.pathSegment(values.next() ?? "") } else { path += part }
        }
        return path.isEmpty ? "/" : path
    }

    private static let segmentAllowed = CharacterSet.urlPathAllowed.subtracting(["/"])

    /// A parameter as one path segment: identifiers and card numbers need no escaping and are used as
    /// they are; anything else is percent-encoded.
    private static func pathSegment(_ value: String) -> String {
        let plain = value.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ".")
        }
        return plain ? value : value.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? ""
    }

    /// The link: path and query string.
    var href: String {
        guard !query.items.isEmpty else { return path }
        var components = URLComponents()
        components.path = path
        components.queryItems = query.items
        return components.string ?? path
    }
}

/// Static files under `Public/`, served by the file middleware (not routes).
enum Asset: String, CaseIterable, Sendable {
    case appCSS = "css/app.css"
    case feedbackCSS = "css/feedback.css"
    case receiptCSS = "css/receipt.css"
    case postcardsCSS = "css/postcards.css"
    case printJS = "js/print.js"
    case datePickerJS = "js/datepicker.js"
    /// The refund form: shows the proxy's fields only when a proxy collects (the form works without it).
    case refundJS = "js/refund.js"

    var href: String { "/" + rawValue }
}

extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(_ pattern: SiteRoute.Pattern,
                                               use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        on(.GET, pattern.components, use: handler)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(_ pattern: SiteRoute.Pattern,
                                                use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        on(.POST, pattern.components, use: handler)
    }
}

extension Request {
    /// A 303 to a page of the app.
    func redirect(to route: SiteRoute) -> Response { redirect(to: route.href) }
}
