import Foundation
import Testing
@testable import PatronCore

@Suite struct MonthlyComplaintReportTests {
    typealias F = FeedbackFixture
    let april = ReportMonth(year: 2026, month: 4)!

    var records: [FeedbackRecord] {
        [
            F.record(1, "2026-04-02T10:00:00", track: .urgent, channel: .counter, summary: "เครื่องยืมคืนอัตโนมัติค้าง, ต้องรอนาน",
                     status: .closed, resolved: "2026-04-02T14:00:00", outcome: "รีสตาร์ตเครื่องแล้ว \"ใช้งานได้\""),
            F.record(2, "2026-04-03T09:00:00", track: .major, service: .eResources, summary: "ฐานข้อมูลออนไลน์เข้าไม่ได้",
                     status: .resolved, resolved: "2026-04-09T15:00:00", outcome: "ต่ออายุสมาชิกฐานข้อมูลแล้ว"),
            F.record(3, "2026-04-20T11:00:00", kind: .suggestion, service: .studySpaces, summary: "ขอขยายเวลาเปิดห้องอ่าน"),
            F.record(4, "2026-04-30T23:30:00", kind: .compliment, summary: "เจ้าหน้าที่บริการดีมาก"),
            F.record(5, "2026-05-01T00:30:00", track: .notUrgent, summary: "ของเดือนถัดไป"),
            F.record(6, "2026-03-31T23:59:00", track: .notUrgent, summary: "ของเดือนก่อน"),
        ]
    }

    var responses: [FollowUpResponse] {
        [
            FollowUpResponse(reference: F.ref(1), track: .urgent, score: 4, answeredAt: F.bangkok("2026-04-20T10:00:00")),
            FollowUpResponse(reference: F.ref(9), track: .major, score: 1, answeredAt: F.bangkok("2026-05-02T10:00:00")),
        ]
    }

    @Test func complaint01ListsTheMonthsItemsInOrder() {
        // Act
        let report = MonthlyComplaintReport.build(month: april, records: records.reversed(), responses: responses)
        // Check
        #expect(report.rows.map(\.reference.sequence) == [1, 2, 3, 4])
        #expect(report.rows[0].channel == .counter && report.rows[0].track == .urgent && report.rows[0].status == .closed)
        let text = report.listingText(.th)
        #expect(text.contains("Complaint_01") && text.contains("เมษายน 2569"))
        #expect(text.contains("เครื่องยืมคืนอัตโนมัติค้าง, ต้องรอนาน"))
        #expect(!text.contains("ของเดือนถัดไป") && !text.contains("ของเดือนก่อน"))
        #expect(report.noComplaintsStatement(.th) == nil)
        #expect(!report.summaryText(.th).contains("ไม่มีข้อร้องเรียนในเดือนนี้"))
    }

    @Test func complaint01CSVQuotesThaiWithCommasAndQuotes() throws {
        // Setup
        let report = MonthlyComplaintReport.build(month: april, records: records, responses: [])
        // Act
        let csv = report.listingCSV(.th, byteOrderMark: false)
        let parsed = try CSVParser.records(in: csv)
        // Check
        #expect(csv.hasPrefix("เลขที่อ้างอิง,วันที่รับเรื่อง,ช่องทาง,ประเภท,บริการ,เรื่อง,ระดับ,การดำเนินการ,ผลการดำเนินการ,สถานะ\r\n"))
        #expect(csv.contains(",\"เครื่องยืมคืนอัตโนมัติค้าง, ต้องรอนาน\","))
        #expect(csv.contains(",\"รีสตาร์ตเครื่องแล้ว \"\"ใช้งานได้\"\"\","))
        #expect(parsed.count == 5)
        // The day received as every CSV writes days (`CSVValue`: ISO), the page keeps the reader's calendar.
        #expect(report.listingFields(report.rows[0], .th)[1] == "2 เม.ย. 2569")
        #expect(parsed[1].fields == [F.ref(1).description, "2026-04-02", "เคาน์เตอร์บริการ", "ข้อร้องเรียน", "บริการยืม-คืน",
                                     "เครื่องยืมคืนอัตโนมัติค้าง, ต้องรอนาน", "ระดับ 1 เร่งด่วน", "",
                                     "รีสตาร์ตเครื่องแล้ว \"ใช้งานได้\"", "ปิดเรื่องแล้ว"])
        // A summary that Excel would run as a formula is defused on output only.
        let risky = MonthlyComplaintReport.build(month: april, records: [F.record(1, "2026-04-02T10:00:00", summary: "=HYPERLINK(\"x\")")],
                                                 responses: [])
        #expect(try CSVParser.records(in: risky.listingCSV(.en, byteOrderMark: false))[1].fields[5] == "'=HYPERLINK(\"x\")")
        #expect(risky.rows[0].summary == "=HYPERLINK(\"x\")")
        #expect(report.listingCSV(.en).hasPrefix("\u{FEFF}Reference,Date received,Channel,Kind,Service,Summary,Track,Action,Outcome,Status\r\n"))
    }

    @Test func complaint02CountsAveragesAndSatisfaction() {
        let report = MonthlyComplaintReport.build(month: april, records: records, responses: responses)
        let s = report.statistics
        #expect(s.byKind == [.complaint: 2, .suggestion: 1, .comment: 0, .compliment: 1])
        #expect(s.complaintsByTrack == [.urgent: 1, .major: 1, .notUrgent: 0, .needsBudget: 0])
        #expect(s.byService == [.circulation: 2, .eResources: 1, .studySpaces: 1])
        #expect(s.byStatus[.received] == 2 && s.byStatus[.resolved] == 1 && s.byStatus[.closed] == 1)
        // Track 1 fixed the same day (0 working days); track 2 from Fri 3 Apr to Thu 9 Apr over Chakri Day: 3 working, 6 calendar.
        #expect(s.averageHandlingWorkingDays == 1.5)
        #expect(s.averageHandlingCalendarDays == 3.0)
        #expect(s.resolvedLate == 0)
        #expect(report.satisfaction.count == 1 && report.satisfaction.mean == 4)
        let rows = report.summaryRows(.en)
        #expect(rows.contains(["Kind", "Complaint", "2"]))
        #expect(rows.contains(["Average handling time", "Working days", "1.50"]))
        #expect(rows.contains(["Satisfaction with handling", "Mean (1–5)", "4.00"]))
        #expect(report.summaryText(.en).contains("1.50 working days (3.00 calendar days) over 2 resolved complaints"))
        #expect(report.summaryText(.th).contains("Complaint_02") && report.summaryText(.th).contains("25 พฤษภาคม พ.ศ. 2569"))
    }

    @Test func aMonthWithNoComplaintsSaysSoInBothLanguages() throws {
        // Setup: June 2026 has one suggestion and no complaint; July has nothing at all.
        let june = ReportMonth(year: 2026, month: 6)!
        let withSuggestion = [F.record(10, "2026-06-15T10:00:00", kind: .suggestion, summary: "เพิ่มปลั๊กไฟ")]
        // Act
        let report = MonthlyComplaintReport.build(month: june, records: withSuggestion, responses: [])
        let empty = MonthlyComplaintReport.build(month: june.next, records: withSuggestion, responses: [])
        // Check
        for r in [report, empty] {
            #expect(r.hasNoComplaints)
            #expect(r.summaryText(.th).contains("ไม่มีข้อร้องเรียนในเดือนนี้"))
            #expect(r.summaryText(.en).contains("No complaints this month."))
            #expect(r.summaryCSV(.th).contains("ไม่มีข้อร้องเรียนในเดือนนี้"))
            #expect(r.summaryCSV(.en).contains("No complaints this month."))
            #expect(r.listingText(.th).contains("ไม่มีข้อร้องเรียนในเดือนนี้"))
            #expect(r.summaryRows(.en).contains(["Kind", "Complaint", "0"]))
        }
        #expect(report.rows.count == 1)
        #expect(empty.rows.isEmpty)
        #expect(empty.listingText(.en).contains("No items this month."))
        #expect(try CSVParser.records(in: empty.listingCSV(.en, byteOrderMark: false)).count == 1) // header only
        #expect(empty.statistics.averageHandlingWorkingDays == nil)
        #expect(empty.summaryText(.en).contains("no resolved complaints yet") && empty.summaryText(.en).contains("no responses"))
    }

    @Test func aMonthsReportMayBeMarkedSentOnlyOnceTheMonthHasEnded() throws {
        let november = ReportMonth(year: 2026, month: 11)!
        #expect(november.markableAsSentFrom == F.day("2026-12-01"))
        let refused = try #require(november.markSentProblem(on: F.day("2026-11-30")))
        #expect(refused == .monthNotEnded(november))
        #expect(november.markSentProblem(on: F.day("2026-10-15")) != nil, "a month still to come")
        #expect(november.markSentProblem(on: F.day("2026-12-01")) == nil)
        #expect(ReportMonth(year: 2026, month: 12)!.markableAsSentFrom == F.day("2027-01-01"))
        #expect(refused.message(.en) == "The report for November 2026 can be marked sent from 1 December 2026, once the month has ended. Nothing was recorded.")
        #expect(refused.message(.th) == "รายงานเดือนพฤศจิกายน 2569 บันทึกว่าส่งแล้วได้ตั้งแต่วันที่ 1 ธันวาคม พ.ศ. 2569 เมื่อสิ้นเดือนแล้ว ไม่ได้บันทึกรายการใด")
    }

    @Test func dueByThe25thOfTheFollowingMonthWithAReminderOnThe20th() {
        #expect(april.dueDay == F.day("2026-05-25"))
        #expect(april.reminderDay == F.day("2026-05-20"))
        #expect(ReportMonth(year: 2026, month: 12)!.dueDay == F.day("2027-01-25"))
        #expect(ReportMonth.reportable(on: F.day("2026-05-03")) == april)
        #expect(!april.needsReminder(on: F.day("2026-05-19"), markedSent: false))
        #expect(april.needsReminder(on: F.day("2026-05-20"), markedSent: false))
        #expect(!april.needsReminder(on: F.day("2026-05-21"), markedSent: true))
        #expect(april.isLate(on: F.day("2026-05-26"), markedSent: false) && !april.isLate(on: F.day("2026-05-25"), markedSent: false))
    }

    @Test func monthParsing() {
        #expect(ReportMonth(parsing: "2026-04") == april)
        #expect(ReportMonth(parsing: "04/2569") == april)
        #expect(ReportMonth(parsing: "2569-4") == april)
        #expect(ReportMonth(parsing: "2026-13") == nil)
        #expect(ReportMonth(parsing: "April") == nil)
        #expect(april.description == "2026-04" && april.name(.en) == "April 2026")
    }
}

@Suite struct QuarterlySummaryTests {
    typealias F = FeedbackFixture

    @Test func calendarAndFiscalQuartersParseAndCoverTheRightMonths() {
        let q2 = ReportQuarter(parsing: "2026-Q2")
        let fy = ReportQuarter(parsing: "FY2569-Q3")
        #expect(q2 == .calendar(year: 2026, quarter: 2))
        #expect(q2?.firstDay == F.day("2026-04-01") && q2?.lastDay == F.day("2026-06-30"))
        #expect(fy?.firstDay == F.day("2026-04-01") && fy?.lastDay == F.day("2026-06-30"))
        #expect(ReportQuarter(parsing: "2569/Q3") == fy)
        #expect(ReportQuarter(parsing: "fy2026-q3") == fy)
        #expect(ReportQuarter(parsing: "2569-Q2") == q2)
        #expect(ReportQuarter(parsing: "2026-Q5") == nil)
        #expect(ReportQuarter(parsing: "2026") == nil)
        // Fiscal Q1 is October–December of the previous Gregorian year.
        let fy70q1 = ReportQuarter(parsing: "FY2570-Q1")!
        #expect(fy70q1.firstDay == F.day("2026-10-01") && fy70q1.lastDay == F.day("2026-12-31"))
        #expect(fy70q1.previous.description == "FY2569-Q4")
        #expect(ReportQuarter.calendar(year: 2026, quarter: 1).previous == .calendar(year: 2025, quarter: 4))
        #expect(fy70q1.name(.th) == "ไตรมาส 1 ปีงบประมาณ 2570 (ต.ค.–ธ.ค. 2569)")
        #expect(ReportQuarter.calendar(year: 2026, quarter: 2).name(.en) == "Q2 2026 (Apr–Jun 2026)")
    }

    @Test func anEmptyQuarterIsStillSummarisedWithTrendsAndOpenTrack4Items() {
        // Setup: complaints in Q2 2026 (one track-4 still open), nothing in Q3.
        let records = [
            F.record(1, "2026-05-04T10:00:00", track: .urgent, status: .closed, resolved: "2026-05-05T10:00:00"),
            F.record(2, "2026-05-06T10:00:00", track: .needsBudget, service: .studySpaces, summary: "เก้าอี้ห้องอ่านชำรุดทั้งชั้น",
                     status: .inProgress),
            F.record(3, "2026-06-10T10:00:00", kind: .compliment),
        ]
        // Act
        let summary = QuarterlySummary.build(quarter: .calendar(year: 2026, quarter: 3), records: records, responses: [])
        // Check
        #expect(summary.hasNoComplaints && summary.statistics.total == 0)
        #expect(summary.trends.first { $0.kind == .complaint }.map { ($0.current, $0.previous, $0.change) }! == (0, 2, -2))
        #expect(summary.track4.map(\.reference) == [F.ref(2)])
        #expect(summary.text(.th).contains("ไม่มีข้อร้องเรียนในไตรมาสนี้"))
        #expect(summary.text(.en).contains("No complaints this quarter."))
        #expect(summary.text(.en).contains("No decision yet"))
        #expect(summary.csv(.th).contains("ไม่มีข้อร้องเรียนในไตรมาสนี้"))
        #expect(summary.csv(.en).contains("No complaints this quarter."))
        #expect(summary.text(.en).contains("Lessons learned (shared with staff)\n  none"))
    }

    @Test func aQuarterWithNoItemsEverStillRenders() {
        let summary = QuarterlySummary.build(quarter: ReportQuarter(parsing: "FY2570-Q1")!, records: [], responses: [])
        #expect(summary.hasNoComplaints && summary.track4.isEmpty && summary.lessons.isEmpty)
        #expect(summary.satisfaction.mean == nil)
        #expect(summary.text(.th).contains("ไม่มีข้อร้องเรียนในไตรมาสนี้"))
        #expect(summary.text(.th).contains("ไตรมาส 1 ปีงบประมาณ 2570"))
    }

    @Test func decisionsLessonsAndSatisfactionOfTheQuarter() throws {
        let records = [
            F.record(1, "2026-01-12T10:00:00", track: .needsBudget, summary: "ที่จอดรถไม่พอ", status: .resolved,
                     resolved: "2026-05-20T10:00:00", decision: "อนุมัติงบปรับปรุงลานจอด, ปีงบ 2570", decided: "2026-05-18T15:00:00"),
            F.record(2, "2026-04-07T10:00:00", track: .notUrgent, status: .closed, resolved: "2026-04-20T10:00:00",
                     lesson: "แจ้งเวลาปิดปรับปรุงล่วงหน้าทางเว็บไซต์และ LINE"),
            F.record(3, "2025-11-01T10:00:00", track: .needsBudget, summary: "ตัดสินแล้วไตรมาสก่อน", status: .closed,
                     resolved: "2026-01-10T10:00:00", decision: "ซ่อมแล้ว", decided: "2025-12-15T10:00:00"),
        ]
        let responses = [FollowUpResponse(reference: F.ref(2), track: .notUrgent, score: 5, answeredAt: F.bangkok("2026-04-27T10:00:00"))]
        // Act: fiscal Q3 of 2569 = April–June 2026.
        let summary = QuarterlySummary.build(quarter: ReportQuarter(parsing: "FY2569-Q3")!, records: records, responses: responses)
        // Check
        #expect(summary.track4.map(\.reference) == [F.ref(1)])
        #expect(summary.track4.first?.decisionDay == F.day("2026-05-18"))
        #expect(summary.lessons.map(\.text) == ["แจ้งเวลาปิดปรับปรุงล่วงหน้าทางเว็บไซต์และ LINE"])
        #expect(summary.satisfactionByTrack[.notUrgent]?.mean == 5)
        #expect(summary.statistics.complaints == 1 && summary.noComplaintsStatement(.en) == nil)
        let parsed = try CSVParser.records(in: summary.csv(.th, byteOrderMark: false))
        #expect(parsed.contains { $0.fields.last == "ที่จอดรถไม่พอ — มติ: อนุมัติงบปรับปรุงลานจอด, ปีงบ 2570" })
        #expect(parsed.allSatisfy { $0.fields.count == 6 })
        #expect(summary.text(.en).contains("Decision (18 May 2026): อนุมัติงบปรับปรุงลานจอด, ปีงบ 2570"))
    }
}
