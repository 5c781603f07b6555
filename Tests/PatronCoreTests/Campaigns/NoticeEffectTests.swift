import Foundation
import Testing
@testable import PatronCore

@Suite struct NoticeEffectTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
    let campaign = NoticeEffect.Source(kind: .campaign, code: "c1")
    let refundPolicy = NoticeEffect.Source(kind: .policy, code: "refund")

    @Test func aRefundIsAttributedToTheLatestNoticeBeforeIt() {
        let notices = [
            NoticeEffect.Notice(memberID: Self.id(1), source: refundPolicy, reminderKind: .refund, channel: .postcard, day: Self.d("2010-10-01")),
            NoticeEffect.Notice(memberID: Self.id(1), source: campaign, reminderKind: .campaign, channel: .postcard, day: Self.d("2011-01-15")),
            NoticeEffect.Notice(memberID: Self.id(1), source: campaign, reminderKind: .campaign, channel: .email, day: Self.d("2011-01-15")),
            NoticeEffect.Notice(memberID: Self.id(2), source: campaign, reminderKind: .campaign, channel: .postcard, day: Self.d("2011-01-15")),
        ]
        let outcomes = [
            NoticeEffect.Outcome(memberID: Self.id(1), day: Self.d("2011-02-20"), kind: .refund(Satang(100_000))),   // 36 days after
            NoticeEffect.Outcome(memberID: Self.id(2), day: Self.d("2011-01-10"), kind: .refund(Satang(50_000))),    // before its notice
        ]
        let report = NoticeEffect.measure(notices: notices, outcomes: outcomes, grouping: .month)
        let postcard = report.rows.first { $0.source == campaign && $0.channel == .postcard }!
        #expect(postcard.notified == 2 && postcard.cameBack == [0, 1, 1] && postcard.baht == Satang(100_000))
        let email = report.rows.first { $0.source == campaign && $0.channel == .email }!
        #expect(email.cameBack == [0, 1, 1], "same-day notices on two channels share the refund")
        let policyRow = report.rows.first { $0.source == refundPolicy }!
        #expect(policyRow.cameBack == [0, 0, 0] && policyRow.baht == .zero, "the later campaign notice takes the refund")
        let total = report.totals.first { $0.source == campaign }!
        #expect(total.members == 2 && total.cameBack == [0, 1, 1] && total.baht == Satang(100_000), "counted once per member")
    }

    @Test func renewalsCountOnlyForRenewalReminders() {
        let notices = [NoticeEffect.Notice(memberID: Self.id(1), source: .init(kind: .policy, code: "renewal"), reminderKind: .renewal,
                                           channel: .email, day: Self.d("2026-10-01"))]
        let report = NoticeEffect.measure(notices: notices, outcomes: [.init(memberID: Self.id(1), day: Self.d("2026-10-20"), kind: .renewal)],
                                          grouping: .week)
        #expect(report.rows.first?.cameBack == [1, 1, 1])
        #expect(report.rows.first?.periodStart == Self.d("2026-09-28"), "weeks start on Monday")
        #expect(report.comparisons.isEmpty)
    }

    @Test func regularRefundPoliciesAreComparedWithMembersNotYetReminded() {
        let notices = [NoticeEffect.Notice(memberID: Self.id(1), source: refundPolicy, reminderKind: .refund, channel: .postcard, day: Self.d("2010-10-05"))]
        let comparable = [
            NoticeEffect.ComparableMember(memberID: Self.id(1), expiresOn: Self.d("2010-09-01"), depositReceivedOn: Self.d("2009-09-01"),
                                          firstRefundOn: Self.d("2010-10-20"), firstNoticeOn: Self.d("2010-10-05")),
            NoticeEffect.ComparableMember(memberID: Self.id(2), expiresOn: Self.d("2010-08-01"), depositReceivedOn: Self.d("2009-08-01"),
                                          firstRefundOn: Self.d("2010-11-15"), firstNoticeOn: nil),
            NoticeEffect.ComparableMember(memberID: Self.id(3), expiresOn: Self.d("2010-08-01"), depositReceivedOn: Self.d("2009-08-01"),
                                          firstRefundOn: nil, firstNoticeOn: nil),
            NoticeEffect.ComparableMember(memberID: Self.id(4), expiresOn: Self.d("2011-08-01"), depositReceivedOn: Self.d("2010-08-01"),
                                          firstRefundOn: nil, firstNoticeOn: nil),   // not yet expired
        ]
        let report = NoticeEffect.measure(notices: notices, outcomes: [.init(memberID: Self.id(1), day: Self.d("2010-10-20"), kind: .refund(Satang(100_000)))],
                                          comparable: comparable, grouping: .month)
        let comparison = try! #require(report.comparisons.first)
        #expect(comparison.periodStart == Self.d("2010-10-01"))
        #expect(comparison.comparable == [2, 2, 2])
        #expect(comparison.cameBack == [0, 1, 1])
        #expect(NoticeEffect.percent(1, of: 2) == "50.0 %" && NoticeEffect.percent(0, of: 0) == "–")
    }

    @Test func nothingSentGivesAnEmptyReport() {
        let report = NoticeEffect.measure(notices: [], outcomes: [], grouping: .month)
        #expect(report.rows.isEmpty && report.totals.isEmpty && report.comparisons.isEmpty)
    }
}
