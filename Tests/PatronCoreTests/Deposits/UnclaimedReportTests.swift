import Foundation
import Testing
@testable import PatronCore

@Suite struct UnclaimedReportTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    private func history(_ member: String, expiry: CivilDate, received: Int64, on receivedDay: CivilDate,
                         refunded: (Int64, CivilDate)? = nil) -> DepositHistory {
        var movements = [DepositMovement(day: receivedDay, kind: .received, amount: Satang(received))]
        if let refunded { movements.append(DepositMovement(day: refunded.1, kind: .refunded, amount: Satang(refunded.0))) }
        return DepositHistory(memberID: member, membershipExpiry: expiry, lastClaimDay: expiry.adding(months: 12), movements: movements)
    }

    @Test func countsExpiredMembersStillHoldingMoneyWithinTheExpiryPeriod() {
        let deposits = [
            history("a", expiry: day(2005, 3, 1), received: 100_000, on: day(2004, 3, 1)),
            history("b", expiry: day(2009, 6, 1), received: 150_000, on: day(2008, 6, 1)),
            history("b", expiry: day(2009, 6, 1), received: 50_000, on: day(2008, 7, 1)),
            history("c", expiry: day(2008, 1, 1), received: 100_000, on: day(2007, 1, 1), refunded: (100_000, day(2008, 2, 1))),
            history("d", expiry: day(2012, 1, 1), received: 100_000, on: day(2011, 1, 1)),
            history("e", expiry: day(2001, 12, 31), received: 100_000, on: day(2001, 1, 1)),
        ]
        let report = UnclaimedReport(deposits, asOf: day(2010, 11, 30), expiredFrom: day(2002, 1, 22), expiredTo: day(2010, 11, 29))
        #expect(report.rows.map(\.memberID) == ["a", "b"])
        #expect(report.memberCount == 2)
        #expect(report.total == Satang(300_000))
        #expect(report.rows.last?.depositCount == 2)
        #expect(report.totalLine(.en) == "2 members, 3,000.00 baht")
        #expect(report.totalLine(.th) == "สมาชิก 2 ราย รวม 3,000.00 บาท")
    }

    @Test func aRefundAfterTheAsOfDayStillCountsAsUnclaimedThen() {
        let deposits = [history("a", expiry: day(2010, 1, 1), received: 100_000, on: day(2009, 1, 1), refunded: (100_000, day(2011, 5, 1)))]
        #expect(UnclaimedReport(deposits, asOf: day(2011, 1, 1)).memberCount == 1)
        #expect(UnclaimedReport(deposits, asOf: day(2011, 6, 1)).memberCount == 0)
    }

    @Test func anEmptyLedgerGivesAnEmptyReport() {
        let report = UnclaimedReport([], asOf: day(2026, 11, 23))
        #expect(report.memberCount == 0)
        #expect(report.total == .zero)
        #expect(report.ageing.allSatisfy { $0.members == 0 })
    }

    @Test func ageingPutsEachMemberInOneBand() {
        let asOf = day(2026, 11, 23)
        let deposits = [
            history("new", expiry: day(2026, 6, 1), received: 100_000, on: day(2025, 6, 1)),
            history("old", expiry: day(2019, 6, 1), received: 100_000, on: day(2018, 6, 1)),
            history("mid", expiry: day(2023, 6, 1), received: 100_000, on: day(2022, 6, 1)),
        ]
        let ageing = UnclaimedReport(deposits, asOf: asOf).ageing
        #expect(ageing.map(\.members) == [1, 0, 1, 1])
        #expect(ageing.map(\.total).reduce(.zero, +) == Satang(300_000))
    }

    @Test func refundsAreGroupedByMonth() {
        let deposits = [
            history("a", expiry: day(2026, 1, 1), received: 100_000, on: day(2025, 1, 1), refunded: (100_000, day(2026, 3, 5))),
            history("b", expiry: day(2026, 1, 1), received: 50_000, on: day(2025, 1, 1), refunded: (50_000, day(2026, 3, 20))),
            history("c", expiry: day(2026, 1, 1), received: 70_000, on: day(2025, 1, 1), refunded: (70_000, day(2026, 5, 1))),
        ]
        let months = RefundsPerMonth.of(deposits, from: day(2026, 1, 1), through: day(2026, 12, 31))
        #expect(months.map(\.month) == [3, 5])
        #expect(months.first?.count == 2)
        #expect(months.first?.total == Satang(150_000))
    }
}
