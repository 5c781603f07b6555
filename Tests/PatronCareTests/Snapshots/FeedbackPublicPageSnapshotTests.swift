import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The public feedback pages (form, thanks, status, survey, announcements) and the staff intake
/// form that shares their fields, in Thai and English from fixture models (no app, no database).
@Suite struct FeedbackPublicPageSnapshotTests {
    private static let hostile = "<b>แอร์</b> & \"ห้อง\" ชั้น 2"
    private static let maxAttachmentBytes = 5 * 1024 * 1024

    /// Bangkok wall-clock text `YYYY-MM-DDTHH:MM` as an instant.
    private static func bangkok(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text + ":00+07:00")!
    }

    private static let reference = ReferenceNumber(buddhistYear: 2569, sequence: 123)!

    /// An item as the status page and the announcements read it; published when `outcome` is given.
    private static func item(_ sequence: Int, status: FeedbackStatus, outcome: String? = nil) -> FeedbackItem {
        let item = FeedbackItem()
        item.reference = ReferenceNumber(buddhistYear: 2569, sequence: sequence)!.description
        item.kind = .complaint
        item.service = .studySpaces
        item.summary = hostile
        item.receivedAt = bangkok("2026-11-02T09:30")
        item.status = status
        item.outcome = outcome
        item.outcomePublished = outcome != nil
        item.publishedAt = outcome == nil ? nil : bangkok("2026-11-20T14:00")
        return item
    }

    private static func step(_ at: String, _ action: String, _ status: FeedbackStatus, isPublic: Bool) -> FeedbackLogRecord {
        let record = FeedbackLogRecord()
        record.at = bangkok(at)
        record.action = action
        record.toStatus = status
        record.isPublic = isPublic
        record.note = "internal note, never shown"
        return record
    }

    private static let filledForm = FeedbackFormValues(
        fields: FeedbackFields(kind: "suggestion", service: "circulation", segment: "U5", summary: hostile, details: "ตั้งแต่วันจันทร์ & <i>ทุกวัน</i>",
                               contactName: "มาลี \"รักเรียน\"", contactEmail: "malee@example.org", contactPhone: "0812345678", contactChannel: "sms"),
        consent: "on", anonymous: nil, channel: "phone")

    @Test(arguments: Language.allCases)
    func emptyForm(language: Language) {
        let page = FeedbackFormPage(chrome: PageFixtures.chrome(language, title: "feedback_form_title", role: nil, path: "/feedback"),
                                    form: FeedbackFormValues(), maxAttachmentBytes: Self.maxAttachmentBytes)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func formShownAgainWithItsProblems(language: Language) {
        var form = Self.filledForm
        form.anonymous = "on"
        let page = FeedbackFormPage(chrome: PageFixtures.chrome(language, title: "feedback_form_title", role: nil, path: "/feedback"),
                                    form: form, errors: ["<script>x</script> & too long"], maxAttachmentBytes: Self.maxAttachmentBytes)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func staffIntake(language: Language) {
        let page = FeedbackIntakePage(chrome: PageFixtures.chrome(language, title: "feedback_intake_title", role: .counter, path: "/complaints/new"),
                                      form: FeedbackFormValues(channel: "counter"), maxAttachmentBytes: Self.maxAttachmentBytes)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func staffIntakeShownAgainWithItsProblems(language: Language) {
        let page = FeedbackIntakePage(chrome: PageFixtures.chrome(language, title: "feedback_intake_title", role: .head, path: "/complaints"),
                                      form: Self.filledForm, errors: ["ช่องทาง <ไม่ถูกต้อง>", "second & last"],
                                      maxAttachmentBytes: Self.maxAttachmentBytes)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func thanks(language: Language) {
        let page = FeedbackThanksPage(chrome: PageFixtures.chrome(language, title: "feedback_thanks_title", role: nil, path: "/feedback/thanks"),
                                      reference: Self.reference)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// Sent anonymously, not triaged: the latest day tracks 1–3 allow, and where the answer will be.
    @Test(arguments: Language.allCases)
    func thanksWithTheDayToExpectAnAnswer(language: Language) {
        let expected = ReplyExpectation(day: CivilDate(year: 2026, month: 12, day: 8)!, basis: .untriaged(workingDays: 10))
        let page = FeedbackThanksPage(chrome: PageFixtures.chrome(language, title: "feedback_thanks_title", role: nil, path: "/feedback/thanks"),
                                      reference: Self.reference, expected: expected, anonymous: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// Track 4 on the MT meeting's day.
    @Test(arguments: Language.allCases)
    func statusOfATrack4ItemWaitingForTheMeeting(language: Language) {
        let item = Self.item(125, status: .triaged)
        item.anonymous = false
        let log = [Self.step("2026-11-02T09:30", "receive", .received, isPublic: true)]
        let page = FeedbackStatusPage(chrome: PageFixtures.chrome(language, title: "feedback_status_title", role: nil, path: "/feedback/status"),
                                      query: item.reference, item: item, log: log,
                                      expected: ReplyExpectation(day: CivilDate(year: 2026, month: 12, day: 16)!, basis: .mtMeeting))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func statusBeforeALookUp(language: Language) {
        let page = FeedbackStatusPage(chrome: PageFixtures.chrome(language, title: "feedback_status_title", role: nil, path: "/feedback/status"),
                                      query: "")
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func statusOfAnUnknownReference(language: Language) {
        let page = FeedbackStatusPage(chrome: PageFixtures.chrome(language, title: "feedback_status_title", role: nil, path: "/feedback/status"),
                                      query: "FB-<2569>&\"x\"", error: "ไม่พบ <เลขที่> & \"นี้\"")
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func statusOfAnItemInProgress(language: Language) {
        let item = Self.item(123, status: .inProgress)
        let log = [Self.step("2026-11-02T09:30", "receive", .received, isPublic: true),
                   Self.step("2026-11-03T10:00", "add-internal-note", .triaged, isPublic: false),
                   Self.step("2026-11-04T11:15", "start", .inProgress, isPublic: true)]
        let page = FeedbackStatusPage(chrome: PageFixtures.chrome(language, title: "feedback_status_title", role: nil, path: "/feedback/status"),
                                      query: item.reference, item: item, log: log)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func statusWithAPublishedOutcome(language: Language) {
        let item = Self.item(124, status: .closed, outcome: "ซ่อมแอร์แล้ว <ok> & \"เย็น\"")
        let log = [Self.step("2026-11-02T09:30", "receive", .received, isPublic: true),
                   Self.step("2026-11-19T16:00", "close", .closed, isPublic: true),
                   Self.step("2026-11-20T14:00", "publish", .closed, isPublic: true)]
        let page = FeedbackStatusPage(chrome: PageFixtures.chrome(language, title: "feedback_status_title", role: nil, path: "/feedback/status"),
                                      query: item.reference, item: item, log: log)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func surveyOpen(language: Language) {
        let page = FeedbackSurveyPage(chrome: PageFixtures.chrome(language, title: "feedback_survey_title", role: nil, path: "/feedback/survey/t"),
                                      token: "tok<en>&1", reference: Self.reference.description)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func surveyShownAgainWithItsProblem(language: Language) {
        let page = FeedbackSurveyPage(chrome: PageFixtures.chrome(language, title: "feedback_survey_title", role: nil, path: "/feedback/survey/t"),
                                      token: "token-1", error: "ความเห็นยาวเกิน <1000>", score: 4, comment: Self.hostile)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func surveyMessageInsteadOfTheForm(language: Language) {
        let page = FeedbackSurveyPage(chrome: PageFixtures.chrome(language, title: "feedback_survey_title", role: nil, path: "/feedback/survey/t"),
                                      token: "token-1", reference: Self.reference.description, message: "ตอบแล้ว & \"ขอบคุณ\" <b>")
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func announcements(language: Language) {
        let items = [Self.item(124, status: .closed, outcome: "ซ่อมแอร์แล้ว <ok> & \"เย็น\""),
                     Self.item(125, status: .resolved, outcome: "เพิ่มที่นั่ง")]
        let page = FeedbackAnnouncementsPage(chrome: PageFixtures.chrome(language, title: "feedback_announcements_title", role: nil,
                                                                         path: "/feedback/announcements"), items: items)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func announcementsNoneYet(language: Language) {
        let page = FeedbackAnnouncementsPage(chrome: PageFixtures.chrome(language, title: "feedback_announcements_title", role: nil,
                                                                         path: "/feedback/announcements"), items: [])
        assertPageSnapshot(page, named: language.rawValue)
    }
}
