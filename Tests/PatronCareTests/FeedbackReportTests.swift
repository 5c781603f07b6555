import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The monthly Complaint_01/Complaint_02 and the quarterly MT summary from the database.
@Suite struct FeedbackReportTests {
    @Test func aMonthWithItemsListsThemAndSummarisesWithoutTheNoComplaintsStatement() async throws {
        try await withTestApp { app in
            let complaint = try await FeedbackFixtures.complaint(app, track: .urgent, at: FeedbackFixtures.bangkok("2026-11-02T09:30"))
            try await FeedbackFixtures.store(app).apply(.resolve(outcome: try FeedbackFixtures.text("แก้ไขทันที")), to: complaint.requireID(),
                                                        by: FeedbackFixtures.head, at: FeedbackFixtures.bangkok("2026-11-02T11:00"))
            try await FeedbackFixtures.receive(app, kind: .compliment, summary: "=HYPERLINK(\"x\") เจ้าหน้าที่บริการดีมาก", at: FeedbackFixtures.bangkok("2026-11-05T14:00"))
            try await FeedbackFixtures.receive(app, kind: .suggestion, summary: "เดือนถัดไป", at: FeedbackFixtures.bangkok("2026-12-01T09:00"))
            let browser = try await TestStaff.browser(.head, on: app)
            let page = try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2026-11&lang=th")
            #expect(page.status == .ok)
            let body = page.body.string
            #expect(body.contains(complaint.reference))
            #expect(body.contains("เจ้าหน้าที่บริการดีมาก"))
            #expect(!body.contains("เดือนถัดไป"), "December's item is not in November's report")
            #expect(!body.contains("ไม่มีข้อร้องเรียนในเดือนนี้"))
            #expect(body.contains("แก้ไขทันที"))
            let csv01 = try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2026-11&format=csv&part=01&lang=en")
            #expect(csv01.headers.first(name: .contentDisposition)?.contains("Complaint_01-2026-11.csv") == true)
            let lines = csv01.body.string.split(separator: "\r\n")
            #expect(lines.count == 3, "header and two items")
            #expect(csv01.body.string.contains("'=HYPERLINK"), "a formula is neutralised in the CSV")
            let csv02 = try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2026-11&format=csv&part=02&lang=en")
            #expect(csv02.body.string.contains("Complaint,1"))
            #expect(csv02.body.string.contains("Compliment,1"))
            #expect(!csv02.body.string.contains("No complaints this month."))
        }
    }

    @Test func aMonthWithNoComplaintsStillHasBothFormsAndSaysSoInWords() async throws {
        try await withTestApp { app in
            try await FeedbackFixtures.receive(app, kind: .compliment, summary: "ขอบคุณค่ะ", at: FeedbackFixtures.bangkok("2026-10-15T10:00"))
            let browser = try await TestStaff.browser(.customerTeam, on: app)
            let thai = try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2569-10&lang=th")
            #expect(thai.body.string.contains("ไม่มีข้อร้องเรียนในเดือนนี้"))
            #expect(thai.body.string.contains("ขอบคุณค่ะ"), "the compliment is still listed")
            let empty = try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2026-09&lang=en")
            #expect(empty.body.string.contains("No complaints this month."))
            #expect(empty.body.string.contains("No items this month."))
            let csv02 = try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2026-09&format=csv&part=02&lang=en")
            #expect(csv02.body.string.contains("No complaints this month."))
            let store = FeedbackFixtures.store(app)
            let report = try await store.monthlyReport(ReportMonth(year: 2026, month: 9)!)
            #expect(report.text(.en).contains("No complaints this month."))
        }
    }

    @Test func theReportIsMarkedSentOnceAndTheReminderStops() async throws {
        try await withTestApp(now: FeedbackFixtures.bangkok("2026-12-21T09:00")) { app in
            FeedbackFixtures.withAddresses(app)
            #expect(try await ComplaintJobs.runDaily(app: app).reportReminder)
            let browser = try await TestStaff.browser(.customerTeam, on: app)
            try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2026-11")
            #expect(try await browser.post(SiteRoute.complaintsMonthlySent.href, form: [("month", "2026-11")]).status == .seeOther)
            #expect(try await browser.post(SiteRoute.complaintsMonthlySent.href, form: [("month", "2026-11")]).status == .seeOther)
            let sent = try await ComplaintReportSubmission.query(on: app.db).all()
            #expect(sent.count == 1)
            #expect(sent.first?.sentByID == "customer-team")
            #expect(try await browser.get(SiteRoute.complaintsMonthly().href + "?month=2026-11&lang=en").body.string.contains("id=\"sent-info\""))
            app.clock = .pinned(FeedbackFixtures.bangkok("2026-12-22T09:00"))
            #expect(try await ComplaintJobs.runDaily(app: app).reportReminder == false)
            #expect(try await FeedbackFixtures.outbox(app, purpose: "complaint-report-due").count == 1)
        }
    }

    @Test func theMonthlyReportIsNotRemindedBeforeThe20th() async throws {
        try await withTestApp(now: FeedbackFixtures.bangkok("2026-12-19T09:00")) { app in
            FeedbackFixtures.withAddresses(app)
            let summary = try await ComplaintJobs.runDaily(app: app)
            #expect(summary.reportReminder == false)
            #expect(try await FeedbackFixtures.outbox(app, purpose: "complaint-report-due").isEmpty)
        }
    }

    @Test func anEmptyQuarterStillProducesTheSummaryWithTheStatement() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.committee, on: app)
            let page = try await browser.get(SiteRoute.complaintsQuarterly().href + "?quarter=2026-Q3&lang=en")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("No complaints this quarter."))
            #expect(page.body.string.contains("Q3 2026"))
            let fiscal = try await browser.get(SiteRoute.complaintsQuarterly().href + "?quarter=FY2570-Q1&lang=th")
            #expect(fiscal.body.string.contains("ไม่มีข้อร้องเรียนในไตรมาสนี้"))
            let csv = try await browser.get(SiteRoute.complaintsQuarterly().href + "?quarter=2026-Q3&format=csv&lang=en")
            #expect(csv.body.string.contains("No complaints this quarter."))
            #expect(try await browser.get(SiteRoute.complaintsQuarterly().href + "?quarter=2026-Q5").status == .badRequest)
        }
    }

    @Test func aQuarterWithAnOpenTrackFourItemListsItForTheCommittee() async throws {
        try await withTestApp { app in
            let item = try await FeedbackFixtures.complaint(app, track: .needsBudget, at: FeedbackFixtures.bangkok("2026-10-05T10:00"))
            let summary = try await FeedbackFixtures.store(app).quarterlySummary(ReportQuarter(parsing: "FY2570-Q1")!)
            #expect(summary.track4.map(\.reference.description) == [item.reference])
            #expect(summary.noComplaintsStatement(.en) == nil)
            #expect(summary.text(.en).contains("No decision yet"))
        }
    }
}
