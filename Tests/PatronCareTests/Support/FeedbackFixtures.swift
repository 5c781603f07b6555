import MailTestSupport
import Fluent
import Foundation
import PatronCore
import Vapor
@testable import PatronCare

/// Feedback items for the app tests, made through the same store the pages use.
enum FeedbackFixtures {
    static let head = FeedbackActor.staff(StaffRef(id: "head", name: "Test head"), .head)
    static let counter = FeedbackActor.staff(StaffRef(id: "counter", name: "Test counter"), .counter)
    static let committee = FeedbackActor.staff(StaffRef(id: "committee", name: "Test committee"), .committee)

    /// An instant given as Bangkok wall-clock text `YYYY-MM-DDTHH:MM`, parsed independently of `BangkokTime`.
    static func bangkok(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        guard let date = formatter.date(from: text + ":00+07:00") else { fatalError("bad test instant \(text)") }
        return date
    }

    static func store(_ app: Application) -> FeedbackStore {
        FeedbackStore(db: app.db, settings: app.config.complaints, holidays: app.config.builtInHolidays, staffLanguage: .en)
    }

    /// Settings with every notification address set, so the jobs have somewhere to send.
    static func withAddresses(_ app: Application) {
        var settings = app.config.complaints
        settings.complaintsEmail = "desk@example.org"
        settings.workGroupHeadEmail = "workgroup-head@example.org"
        settings.departmentHeadEmail = "department-head@example.org"
        settings.announcementsEmail = "announce@example.org"
        app.config.complaints = settings
    }

    @discardableResult
    static func receive(_ app: Application, kind: FeedbackKind = .complaint, summary: String = "แอร์ห้องอ่านหนังสือชั้น 2 ไม่เย็น",
                        email: String = "", consent: Bool = false, language: Language = .th, channel: IntakeChannel = .webForm,
                        at instant: Date) async throws -> FeedbackItem {
        let fields = FeedbackFields(kind: kind.rawValue, service: "study-spaces", segment: "U1", summary: summary, details: nil,
                                    contactName: email.isEmpty ? nil : "มาลี", contactEmail: email, contactPhone: nil, contactChannel: "email")
        let submission = FeedbackSubmission(fields: fields, consent: consent, anonymous: false)
        guard case .success(let intake) = FeedbackIntake.validate(submission, channel: channel, language: language) else {
            throw TestFailure("fixture intake refused")
        }
        return try await store(app).receive(intake, attachment: nil, uploadsDirectory: app.config.uploadsDirectory + "/feedback",
                                            by: .submitter, at: instant)
    }

    /// Received, triaged to `track` and started, all at `instant`.
    static func complaint(_ app: Application, track: ComplaintTrack, email: String = "", consent: Bool = false,
                          at instant: Date) async throws -> FeedbackItem {
        let item = try await receive(app, email: email, consent: consent, at: instant)
        try await store(app).apply(.triage(track), to: item.requireID(), by: head, at: instant)
        return try await store(app).apply(.start, to: item.requireID(), by: head, at: instant)
    }

    static func reload(_ item: FeedbackItem, _ app: Application) async throws -> FeedbackItem {
        guard let fresh = try await FeedbackItem.find(item.requireID(), on: app.db) else { throw TestFailure("item vanished") }
        return fresh
    }

    static func outbox(_ app: Application, purpose: String) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$purpose == purpose).sort(\.$dedupeKey).all()
    }

    static func text(_ value: String, _ field: FeedbackText.Field = .outcome) throws -> FeedbackText {
        try FeedbackText(value, field: field)
    }
}
