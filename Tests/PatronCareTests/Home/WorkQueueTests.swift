import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// Each role's start page shows its own work with seeded data, as counts that lead to the work.
@Suite struct WorkQueuePageTests {
    /// The `<li>` of one queue item in the page, or nil.
    private func entry(_ item: WorkQueueItem, in html: String) -> String? {
        guard let marker = html.range(of: "data-item=\"\(item.rawValue)\""),
              let start = html[..<marker.lowerBound].range(of: "<li", options: .backwards),
              let end = html[marker.upperBound...].range(of: "</li>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func eachRoleSeesItsOwnWorkWithCountsAndLinks() async throws {
        try await withTestApp { app in
            try await MemberFixtures.store(MemberFixtures.draft("EXP0001", expires: pinnedToday.adding(days: 3)), on: app)
            try await MemberFixtures.store(MemberFixtures.draft("LATER001", expires: pinnedToday.adding(days: 60)), on: app)
            try await FeedbackFixtures.receive(app, at: pinnedNow)

            let counter = try await TestStaff.browser(.counter, on: app)
            let counterHome = try await counter.get(SiteRoute.home.href).body.string
            let expiring = try #require(entry(.expiringThisWeek, in: counterHome))
            #expect(expiring.contains("<span class=\"n\">1</span>") && expiring.contains("class=\"waiting\""))
            #expect(entry(.refundRequests, in: counterHome)?.contains("class=\"quiet\"") == true, "zero counts are quiet")
            #expect(entry(.complaintsToTriage, in: counterHome) == nil, "another role's work is not on the counter's page")
            let list = try await counter.get(SiteRoute.members(.init(["status": "active", "expiringWithin": "7"])).href).body.string
            #expect(list.contains("EXP0001") && !list.contains("LATER001"), "the count's link lists exactly what it counted")

            let team = try await TestStaff.browser(.customerTeam, on: app)
            let triage = try #require(entry(.complaintsToTriage, in: try await team.get(SiteRoute.home.href).body.string))
            #expect(triage.contains("<span class=\"n\">1</span>"))

            // 23 November: October's report is due by the 25th and not marked sent.
            let head = try await TestStaff.browser(.head, on: app)
            let headHome = try await head.get(SiteRoute.home.href).body.string
            let report = try #require(entry(.monthlyReport, in: headHome))
            #expect(report.contains("<span class=\"n\">1</span>") && report.contains("ตุลาคม"), "\(report)")
            #expect(entry(.forfeituresToApprove, in: headHome)?.contains("class=\"quiet\"") == true)

            let committee = try await TestStaff.browser(.committee, on: app)
            let committeeHome = try await committee.get(SiteRoute.home.href).body.string
            #expect(entry(.meetingAgenda, in: committeeHome) != nil && entry(.expiringThisWeek, in: committeeHome) == nil)
            #expect(entry(.indicators, in: committeeHome)?.contains("<span class=\"n\">") == false, "a report link carries no count")

            let admin = try await TestStaff.browser(.admin, on: app)
            let adminHome = try await admin.get(SiteRoute.home.href).body.string
            #expect(entry(.publicAddressNotConfigured, in: adminHome)?.contains("<span class=\"n\">1</span>") == true,
                    "the tests run with the loopback default address")
        }
    }

    @Test func theCountersRefundRequestsLeadToTheMembersWhoAsked() async throws {
        try await withTestApp { app in
            let (asked, deposit) = try await DepositFixtures.expiredMemberWithDeposit("ASK0001", on: app)
            try await DepositFixtures.expiredMemberWithDeposit("NOASK01", on: app)
            try await RefundRequestRecord(depositID: try deposit.requireID(), memberID: try asked.requireID(), requestedVia: "phone",
                                          note: "", recordedBy: "counter").create(on: app.db)

            let counter = try await TestStaff.browser(.counter, on: app)
            let requests = try #require(entry(.refundRequests, in: try await counter.get(SiteRoute.home.href).body.string))
            #expect(requests.contains("<span class=\"n\">1</span>"))
            let list = try await counter.get(SiteRoute.members(.init(["refundRequest": "open"])).href).body.string
            #expect(list.contains("ASK0001") && !list.contains("NOASK01"))
        }
    }
}
