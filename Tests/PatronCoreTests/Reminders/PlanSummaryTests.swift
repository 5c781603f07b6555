import Testing
@testable import PatronCore

private typealias R = ReminderFixture

@Suite struct PlanSummaryTests {
    @Test func countsPerPolicyAndChannelAndRendersBothLanguages() {
        // Setup
        let asOf = R.d("2027-01-15")
        let members = [
            R.member(1, expires: "2027-02-14"),
            R.member(2, expires: "2027-01-22", type: .externalB, email: "", consent: ChannelConsent()),  // address only: postcard
            R.member(3, expires: "2027-01-22", email: "", address: "", postcode: ""),                  // no contact on file
            R.member(4, expires: "2027-01-22", optedOut: true),
            R.member(5, expires: "2027-01-14", deposit: 100_000, lastClaimDay: "2028-01-14"),
            R.member(6, expires: "2027-02-12"),  // 30-day reminder due 13 Jan: two days late
        ]
        let plan = ReminderPlanner.plan(policies: ReminderPolicy.defaults, asOf: asOf, candidates: members)
        // Act
        let summary = PlanSummary(plan: plan, samplePerPolicy: 2)
        // Check
        let renewal = summary.rows[0]
        #expect(renewal.policyCode == "renewal")
        #expect(renewal.count(.email) == 2 && renewal.count(.postcard) == 1 && renewal.count(.sms) == 0)
        #expect(renewal.noUsableChannel == 1 && renewal.optedOut == 1 && renewal.late == 1 && renewal.messages == 4)
        #expect(summary.rows[1].count(.postcard) == 1 && summary.rows[2].messages == 0)
        #expect(summary.totalMessages == 5)
        #expect(summary.sample.map(\.cardNumber) == ["C1", "C2", "C5"])
        let en = summary.render(.en)
        #expect(en.contains("Reminder plan for 15 Jan 2027 — dry run, nothing was written or sent"))
        #expect(en.contains("Members looked at: 6 · messages: 5"))
        #expect(en.contains("renewal (Renewal reminder): 4 messages — Postcard 1, E-mail 2, SMS 0, LINE 0; no usable channel 1; opted out 1; catching up 1"))
        #expect(en.contains("  renewal:2027-01-15 · card C1 · E-mail, then Postcard · th"))
        let th = summary.render(.th)
        #expect(th.contains("แผนการส่งการแจ้งเตือน ณ วันที่ 15 ม.ค. 2570"))
        #expect(th.contains("renewal (เตือนต่ออายุสมาชิก): 4 ฉบับ — ไปรษณียบัตร 1, อีเมล 2, SMS 0, LINE 0; ไม่มีช่องทางที่ติดต่อได้ 1; ขอไม่รับการแจ้งเตือน 1; ส่งย้อนหลัง 1"))
        #expect(PlanSummary.grouped(1_234_567) == "1,234,567")
    }
}
