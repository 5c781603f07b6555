import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The staff complaint pages in Thai and English from fixture models (no app, no database).
@Suite struct FeedbackStaffPageSnapshotTests {
    private static let today = CivilDate(year: 2026, month: 12, day: 1)!
    private static let head = FeedbackActor.staff(StaffRef(id: "head", name: "หัวหน้า"), .head)

    private static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    /// A feedback row as the store leaves it, every stored field set (Fluent refuses to read unset ones).
    private static func item(_ n: Int, kind: FeedbackKind = .complaint, summary: String, status: FeedbackStatus, track: ComplaintTrack? = nil,
                             received: String, due: String, contact: (name: String, email: String, phone: String)? = nil,
                             outcome: String? = nil) -> FeedbackItem {
        let item = FeedbackItem()
        item.id = id(n)
        item.referenceYear = 2569
        item.referenceSequence = n
        item.reference = ReferenceNumber(buddhistYear: 2569, sequence: n)!.description
        item.kind = kind
        item.channel = .counter
        item.service = .studySpaces
        item.segment = .u1
        item.language = .th
        item.summary = summary
        item.details = "แอร์ดังตลอดเวลา\nบรรทัดที่สอง <i>&</i>"
        item.contactName = contact?.name ?? ""
        item.contactEmail = contact?.email ?? ""
        item.contactPhone = contact?.phone ?? ""
        item.contactChannel = contact == nil ? "" : "email"
        item.consentToContact = contact != nil
        item.anonymous = contact == nil
        item.track = track?.rawValue
        item.status = status
        item.escalation = 0
        item.assigneeKind = ""
        item.assigneeID = ""
        item.assigneeName = ""
        item.receivedAt = FeedbackFixtures.bangkok(received)
        item.receivedDay = String(received.prefix(10))
        item.dueDay = due
        item.outcome = outcome
        item.outcomePublished = false
        item.shareWithStaff = false
        item.revision = 3
        return item
    }

    /// A complaint being handled: track 2, assigned, escalated once, contact given with consent.
    /// The list's row of a fixture item, as `FeedbackQuery.items` reads it.
    private static func listed(_ item: FeedbackItem) -> FeedbackQuery.Listed {
        FeedbackQuery.Listed(id: item.id!, reference: item.reference, kind: item.kind, service: item.service, summary: item.summary,
                             complaintTrack: item.complaintTrack, status: item.status, receivedAt: item.receivedAt, dueDay: item.dueDay,
                             assigneeName: item.assigneeName)
    }

    private static func openComplaint() -> FeedbackItem {
        let item = item(1, summary: "แอร์ไม่เย็น <b>ชั้น 2</b> & \"ร้อน\"", status: .escalated, track: .major, received: "2026-11-20T10:15",
                        due: "2026-11-25", contact: ("มาลี <รักเรียน>", "malee@example.org", ""))
        item.escalation = EscalationLevel.workGroupHead.rawValue
        item.assigneeKind = "person"
        item.assigneeID = "head"
        item.assigneeName = "หัวหน้า"
        item.decision = "ซื้อแอร์ใหม่ & ติดตั้ง"
        return item
    }

    /// A suggestion sent without contact, resolved and closed with an outcome, lesson recorded.
    private static func closedSuggestion() -> FeedbackItem {
        let item = item(2, kind: .suggestion, summary: "เปิดห้องถึงสี่ทุ่ม", status: .closed, received: "2026-11-03T09:00", due: "2026-11-17",
                        outcome: "ขยายเวลาเปิดช่วงสอบ <ทดลอง>")
        item.action = "ประชุมฝ่ายบริการ"
        item.lesson = "ถามผู้ใช้ก่อนสอบ"
        item.resolvedAt = FeedbackFixtures.bangkok("2026-11-10T14:00")
        item.closedAt = FeedbackFixtures.bangkok("2026-11-12T16:30")
        return item
    }

    private static func log(_ item: FeedbackItem, _ n: Int, action: String, from: FeedbackStatus?, to: FeedbackStatus, at: String,
                            note: String? = nil, isPublic: Bool = true) -> FeedbackLogRecord {
        let line = FeedbackLogRecord()
        line.$item.id = item.id!
        line.at = FeedbackFixtures.bangkok(at)
        line.actorKind = n == 0 ? "submitter" : "staff"
        line.actorID = n == 0 ? "" : "head"
        line.actorName = n == 0 ? "" : "หัวหน้า"
        line.action = action
        line.fromStatus = from
        line.toStatus = to
        line.note = note
        line.isPublic = isPublic
        line.seq = n
        return line
    }

    private static func staff() -> [StaffUser] {
        [StaffUser(username: "head", displayName: "หัวหน้า", role: .head, passwordHash: ""),
         StaffUser(username: "counter", displayName: "Counter \"A\" & co", role: .counter, passwordHash: "")]
    }

    // MARK: List

    @Test(arguments: Language.allCases)
    func complaintList(language: Language) {
        let open = Self.openComplaint()
        let received = Self.item(3, summary: "Wi-Fi หลุด", status: .received, received: "2026-11-30T08:00", due: "2026-12-04")
        let result = FeedbackQuery.Page(items: [(Self.listed(open), true), (Self.listed(received), false)],
                                        countsByStatus: [.received: 1, .escalated: 1, .closed: 7], overdueCount: 1)
        let filter = FeedbackFilter(status: "all", kind: "complaint", track: "2", overdue: nil, q: "<แอร์> & \"ร้อน\"")
        let page = FeedbackIndexPage(chrome: PageFixtures.chrome(language, title: "complaints_title", path: "/complaints"),
                                     filter: filter, result: result, canIntake: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// A middle page: the pager's links keep the filters and carry the keyset cursors.
    @Test(arguments: Language.allCases)
    func complaintListMiddlePage(language: Language) {
        let open = Self.openComplaint()
        var result = FeedbackQuery.Page(items: [(Self.listed(open), true)], countsByStatus: [.escalated: 1], overdueCount: 1, total: 120)
        result.previous = Keyset.Cursor(["2026-11-25", open.reference])
        result.next = Keyset.Cursor(["2026-11-25", open.reference])
        let filter = FeedbackFilter(status: "all", kind: "complaint", toPublish: "1")
        let page = FeedbackIndexPage(chrome: PageFixtures.chrome(language, title: "complaints_title", path: "/complaints"),
                                     filter: filter, result: result, canIntake: false)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func complaintListEmptyForTheCommittee(language: Language) {
        let result = FeedbackQuery.Page(items: [], countsByStatus: [:], overdueCount: 0)
        let filter = FeedbackFilter(status: nil, kind: nil, track: nil, overdue: "1", q: nil)
        let page = FeedbackIndexPage(chrome: PageFixtures.chrome(language, title: "complaints_title", role: .committee, path: "/complaints"),
                                     filter: filter, result: result, canIntake: false)
        assertPageSnapshot(page, named: language.rawValue)
    }

    // MARK: Item

    @Test(arguments: Language.allCases)
    func complaintBeingHandledByTheHead(language: Language) {
        let item = Self.openComplaint()
        let log = [
            Self.log(item, 0, action: "receive", from: nil, to: .received, at: "2026-11-20T10:15"),
            Self.log(item, 1, action: "triage", from: .received, to: .triaged, at: "2026-11-20T11:00"),
            Self.log(item, 2, action: "add-internal-note", from: .escalated, to: .escalated, at: "2026-11-24T09:30",
                     note: "คุยกับฝ่ายพัสดุ <ภายใน>", isPublic: false),
        ]
        let attachment = FeedbackAttachment(itemID: item.id!, storedName: "a1b2", fileKind: "png", originalName: "รูป <1>.png", byteCount: 70)
        attachment.id = Self.id(91)
        let page = FeedbackShowPage(chrome: PageFixtures.chrome(language, title: "complaints_title", role: .head, path: "/complaints/x"),
                                    item: item, log: log, attachments: [attachment], staff: Self.staff(), actor: Self.head,
                                    overdue: true, dueBasis: "5 วันทำการ", showsPersonalData: true, mayPublish: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// A note refused as out of date: the page again, the refusal above the forms, the typed note in its form.
    @Test(arguments: Language.allCases)
    func complaintStepRefusedAsOutOfDate(language: Language) {
        let item = Self.openComplaint()
        let typed = FeedbackShowPage.Typed(action: "add-internal-note", text: "โทรหาผู้ร้องเรียนแล้ว <รอซ่อม>", actionText: "", group: "")
        let page = FeedbackShowPage(chrome: PageFixtures.chrome(language, title: "complaints_title", role: .head, path: "/complaints/x/steps"),
                                    item: item, log: [], attachments: [], staff: Self.staff(), actor: Self.head,
                                    overdue: false, dueBasis: "", showsPersonalData: true, mayPublish: true, typed: typed,
                                    refusal: "Someone changed this item meanwhile; look at its current state and try again.")
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func closedSuggestionReadyToPublishAndShare(language: Language) {
        let item = Self.closedSuggestion()
        let log = [Self.log(item, 0, action: "receive", from: nil, to: .received, at: "2026-11-03T09:00"),
                   Self.log(item, 1, action: "share-with-staff", from: .closed, to: .closed, at: "2026-11-12T16:30")]
        let page = FeedbackShowPage(chrome: PageFixtures.chrome(language, title: "complaints_title", role: .committee, path: "/complaints/x"),
                                    item: item, log: log, attachments: [], staff: [],
                                    actor: .staff(StaffRef(id: "committee", name: "กรรมการ"), .committee),
                                    overdue: false, dueBasis: "", showsPersonalData: false, mayPublish: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// The step before publishing: the announcement exactly as the public will read it.
    @Test(arguments: Language.allCases)
    func publishConfirmation(language: Language) {
        let page = FeedbackPublishConfirmPage(chrome: PageFixtures.chrome(language, title: "feedback_publish_confirm_title", role: .customerTeam,
                                                                          path: "/complaints/x/publish"),
                                              item: Self.closedSuggestion(), today: Self.today)
        assertPageSnapshot(page, named: language.rawValue)
    }

    // MARK: Knowledge, notice board, meetings

    @Test(arguments: Language.allCases)
    func knowledge(language: Language) {
        let page = FeedbackKnowledgePage(chrome: PageFixtures.chrome(language, title: "complaints_knowledge_title", path: "/complaints/knowledge"),
                                         items: [Self.closedSuggestion()])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func knowledgeEmpty(language: Language) {
        let page = FeedbackKnowledgePage(chrome: PageFixtures.chrome(language, title: "complaints_knowledge_title", path: "/complaints/knowledge"),
                                         items: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func noticeBoard(language: Language) {
        let published = Self.closedSuggestion()
        published.outcomePublished = true
        let page = FeedbackNoticeBoardPage(chrome: PageFixtures.chrome(language, title: "complaints_notice_board_title",
                                                                       path: "/complaints/notice-board"),
                                           items: [published], today: Self.today, publicAddress: PageFixtures.publicAddress)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func noticeBoardEmpty(language: Language) {
        let page = FeedbackNoticeBoardPage(chrome: PageFixtures.chrome(language, title: "complaints_notice_board_title",
                                                                       path: "/complaints/notice-board"),
                                           items: [], today: Self.today, publicAddress: PageFixtures.loopbackAddress)
        assertPageSnapshot(page, named: language.rawValue)
    }

    private static func meeting(_ n: Int, _ day: String, note: String) -> CommitteeMeetingDay {
        let meeting = CommitteeMeetingDay()
        meeting.id = id(80 + n)
        meeting.day = day
        meeting.note = note
        meeting.recordedBy = "head"
        return meeting
    }

    @Test(arguments: Language.allCases)
    func meetingDaysForAScheduler(language: Language) {
        let days = [Self.meeting(1, "2026-11-15", note: "ครั้งที่ 1 <MT> & งบ"), Self.meeting(2, "2027-01-20", note: "")]
        let page = FeedbackMeetingsPage(chrome: PageFixtures.chrome(language, title: "complaints_meetings_title", path: "/complaints/meetings"),
                                        days: days, openTrack4: 2, today: Self.today, canEdit: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func meetingDaysEmptyReadOnly(language: Language) {
        let page = FeedbackMeetingsPage(chrome: PageFixtures.chrome(language, title: "complaints_meetings_title", role: .counter,
                                                                    path: "/complaints/meetings"),
                                        days: [], openTrack4: 0, today: Self.today, canEdit: false)
        assertPageSnapshot(page, named: language.rawValue)
    }

    // MARK: Reports

    private static let november = ReportMonth(year: 2026, month: 11)!

    @Test(arguments: Language.allCases)
    func monthlyReportMarkedSent(language: Language) {
        let records = [Self.openComplaint().record, Self.closedSuggestion().record]
        let report = MonthlyComplaintReport.build(month: Self.november, records: records, responses: [])
        let submission = ComplaintReportSubmission()
        submission.month = "2026-11"
        submission.sentAt = FeedbackFixtures.bangkok("2026-12-01T09:00")
        submission.sentByID = "head"
        submission.sentByName = "หัวหน้า <ฝ่าย>"
        let page = FeedbackMonthlyReportPage(chrome: PageFixtures.chrome(language, title: "complaints_monthly_title",
                                                                         path: "/complaints/reports/monthly"),
                                             report: report, submission: submission, today: Self.today, mayMarkSent: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func monthlyReportEmptyAndLate(language: Language) {
        let report = MonthlyComplaintReport.build(month: ReportMonth(year: 2026, month: 10)!, records: [], responses: [])
        let page = FeedbackMonthlyReportPage(chrome: PageFixtures.chrome(language, title: "complaints_monthly_title",
                                                                         path: "/complaints/reports/monthly"),
                                             report: report, submission: nil, today: Self.today, mayMarkSent: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// The month is not over: the button is shown disabled with the day it may be pressed; here
    /// after a refused attempt.
    @Test(arguments: Language.allCases)
    func monthlyReportNotYetMarkable(language: Language) {
        let report = MonthlyComplaintReport.build(month: ReportMonth(containing: Self.today), records: [], responses: [])
        let page = FeedbackMonthlyReportPage(chrome: PageFixtures.chrome(language, title: "complaints_monthly_title",
                                                                         path: "/complaints/reports/monthly"),
                                             report: report, submission: nil, today: Self.today, mayMarkSent: true,
                                             error: MonthlyReportProblem.monthNotEnded(report.month).message(language))
        #expect(!page.canMarkSent)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func quarterlySummary(language: Language) {
        let summary = QuarterlySummary.build(quarter: ReportQuarter(parsing: "2026-Q4")!,
                                             records: [Self.openComplaint().record, Self.closedSuggestion().record], responses: [])
        let page = FeedbackQuarterlyPage(chrome: PageFixtures.chrome(language, title: "complaints_quarterly_title",
                                                                     path: "/complaints/reports/quarterly"),
                                         summary: summary, today: Self.today)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func quarterlySummaryWithoutComplaints(language: Language) {
        let summary = QuarterlySummary.build(quarter: ReportQuarter(parsing: "FY2570-Q1")!, records: [], responses: [])
        let page = FeedbackQuarterlyPage(chrome: PageFixtures.chrome(language, title: "complaints_quarterly_title",
                                                                     path: "/complaints/reports/quarterly"),
                                         summary: summary, today: Self.today)
        assertPageSnapshot(page, named: language.rawValue)
    }
}
