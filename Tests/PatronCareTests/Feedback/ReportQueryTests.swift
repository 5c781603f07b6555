import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The monthly report and the quarterly summary read only their period's rows; on years of
/// synthetic history (every kind, track and status, surveys answered over the years) they must give
/// exactly what the core builds from every record and every answer, for every month and quarter.
@Suite struct ReportQueryTests {
    @Test func periodQueriesGiveTheSameReportsAsEveryRecord() async throws {
        try await withTestApp { app in
            try await DemoCommand.generate(app, scale: 200, feedback: 6_000, seed: 11, console: app.console)
            let store = try await ComplaintCommandsSupport.store(app)
            let everything = try await store.records()
            let answers = try await store.responses()
            let dueDates = try await store.dueDates()
            #expect(everything.count == 6_000 && answers.count > 50)
            var month = ReportMonth.reportable(on: app.clock.today)
            var listed = 0
            for _ in 0..<14 {
                let report = try await store.monthlyReport(month)
                #expect(report == MonthlyComplaintReport.build(month: month, records: everything, responses: answers, dueDates: dueDates))
                listed += report.rows.count
                month = month.previous
            }
            #expect(listed > 1_000)
            var quarter = ReportQuarter.calendar(containing: app.clock.today).previous
            var track4 = 0, lessons = 0
            for _ in 0..<8 {
                let summary = try await store.quarterlySummary(quarter)
                #expect(summary == QuarterlySummary.build(quarter: quarter, records: everything, responses: answers, dueDates: dueDates))
                track4 += summary.track4.count
                lessons += summary.lessons.count
                quarter = quarter.previous
            }
            #expect(track4 > 0 && lessons > 0)
            // A fiscal quarter too, and periods with no data at all.
            let fiscal = try #require(ReportQuarter(parsing: "FY2569-Q2"))
            #expect(try await store.quarterlySummary(fiscal) == QuarterlySummary.build(quarter: fiscal, records: everything, responses: answers, dueDates: dueDates))
            let empty = try #require(ReportQuarter(parsing: "2001-Q1"))
            let nothing = try await store.quarterlySummary(empty)
            #expect(nothing.statistics.total == 0 && nothing.hasNoComplaints)
        }
    }
}
