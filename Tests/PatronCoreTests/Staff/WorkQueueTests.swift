import PatronCore
import Testing

@Suite("Work queue per role")
struct WorkQueueTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
    private func month(_ y: Int, _ m: Int) -> ReportMonth { ReportMonth(year: y, month: m)! }

    @Test("every item belongs to some role's queue, and each role sees what its permissions act on")
    func queuesFollowPermissions() {
        let shown = Set(StaffRole.allCases.flatMap(WorkQueueItem.queue(for:)))
        #expect(shown == Set(WorkQueueItem.allCases))
        #expect(WorkQueueItem.queue(for: .head).contains(.forfeituresToApprove) && StaffRole.head.can(.forfeitDeposits))
        #expect(!WorkQueueItem.queue(for: .counter).contains(.forfeituresToApprove))
        #expect(WorkQueueItem.queue(for: .counter).contains(.refundRequests) && StaffRole.counter.can(.handleDeposits))
        #expect(WorkQueueItem.queue(for: .committee).allSatisfy { $0 != .refundRequests && $0 != .expiringThisWeek },
                "the committee sees no member work")
    }

    @Test("the monthly report is quiet before the 20th, due from the 20th, late after the 25th, sent once marked")
    func monthlyReportState() {
        #expect(MonthlyReportState.on(day(2026, 11, 19), sentMonths: []) == .notYet(month(2026, 10), remindFrom: day(2026, 11, 20)))
        #expect(MonthlyReportState.on(day(2026, 11, 20), sentMonths: []) == .due(month(2026, 10), by: day(2026, 11, 25)))
        #expect(MonthlyReportState.on(day(2026, 11, 25), sentMonths: []).needsAction)
        #expect(MonthlyReportState.on(day(2026, 11, 26), sentMonths: []) == .late(month(2026, 10), since: day(2026, 11, 26)))
        #expect(MonthlyReportState.on(day(2026, 11, 21), sentMonths: [month(2026, 10)]) == .sent(month(2026, 10)))
        #expect(!MonthlyReportState.on(day(2026, 11, 21), sentMonths: [month(2026, 10)]).needsAction)
    }

    @Test("a new month starts the next report's cycle, as the daily reminder does, across the year's end")
    func aNewMonthStartsTheNextCycle() {
        #expect(MonthlyReportState.on(day(2026, 12, 3), sentMonths: [month(2026, 9)]) == .notYet(month(2026, 11), remindFrom: day(2026, 12, 20)))
        #expect(MonthlyReportState.on(day(2027, 1, 21), sentMonths: [month(2026, 11)]) == .due(month(2026, 12), by: day(2027, 1, 25)))
        #expect(MonthlyReportState.on(day(2027, 1, 26), sentMonths: []).text(.th).contains("ธันวาคม"))
    }
}
