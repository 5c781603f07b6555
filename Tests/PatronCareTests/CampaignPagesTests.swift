import Fluent
import Foundation
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

/// Deposits → Campaigns through HTTP: heads only, the dry run writes nothing, bad input is refused
/// in the reader's language, the run redirects to the report; Reports → Reminders with zero rows.
@Suite struct CampaignPagesTests {
    static let order: [(String, String)] = [("asOf", "2026-11-23"), ("claimBy", "2027-03-31"), ("channels[]", "postcard"), ("channels[]", "email")]

    @Test func aHeadPreviewsAndRunsACampaignFromThePage() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app, count: 6, withEmail: 4)
            let head = try await TestStaff.browser(.head, on: app)
            let form = try await head.get(SiteRoute.campaigns.href + "?lang=en")
            #expect(form.status == .ok && form.body.string.contains("No campaign has been run yet."))
            let preview = try await head.post(SiteRoute.campaignPreview.href + "?lang=en", form: Self.order)
            #expect(preview.status == .ok)
            #expect(preview.body.string.contains("6 members, 6,000.00 baht notified (postcard 6, e-mail 4)"))
            #expect(preview.body.string.contains("Every selected member can be reached."))
            #expect(preview.body.string.contains("<td>2002</td><td class=\"num\">6</td><td class=\"num\">6,000.00</td>"), "per expiry year")
            #expect(try await OutboxMessage.query(on: app.db).count() == 0, "the dry run writes nothing")

            let run = try await head.post(SiteRoute.campaigns.href, form: Self.order)
            #expect(run.status == .seeOther)
            let location = try #require(run.headers.first(name: .location))
            #expect(location.hasPrefix("/campaigns/"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 10)
            let again = try await head.post(SiteRoute.campaigns.href + "?lang=en", form: Self.order)
            #expect(again.status == .unprocessableEntity && again.body.string.contains("already queued"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 10)
            let list = try await head.get(SiteRoute.campaigns.href + "?lang=th")
            #expect(list.body.string.contains("23 พ.ย. 2569"))
        }
    }

    @Test func badInputIsRefusedInTheReadersLanguageAndWritesNothing() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app, count: 2, withEmail: 0)
            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(SiteRoute.campaigns.href)
            let soon = try await head.post(SiteRoute.campaigns.href + "?lang=th", form: [("asOf", "2026-11-23"), ("claimBy", "2026-12-01"), ("channels[]", "postcard")])
            #expect(soon.status == .unprocessableEntity && soon.body.string.contains("อย่างน้อย 30 วัน"))
            let none = try await head.post(SiteRoute.campaignPreview.href + "?lang=en", form: [("asOf", "2026-11-23"), ("claimBy", "2027-03-31")])
            #expect(none.status == .unprocessableEntity && none.body.string.contains("Choose at least one channel"))
            let nobody = try await head.post(SiteRoute.campaignPreview.href + "?lang=en", form: Self.order + [("expiredFrom", "1990-01-01"), ("expiredTo", "1990-12-31")])
            #expect(nobody.status == .unprocessableEntity && nobody.body.string.contains("No expired member"))
            let date = try await head.post(SiteRoute.campaigns.href + "?lang=en", form: [("asOf", "2026-11-23"), ("claimBy", "31/02/2570"), ("channels[]", "postcard")])
            #expect(date.status == .unprocessableEntity && date.body.string.contains("is not a date"))
            #expect(try await Campaign.query(on: app.db).count() == 0)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test func onlyHeadsAndAdministratorsOpenCampaigns() async throws {
        try await withTestApp { app in
            var browsers: [StaffRole: TestBrowser] = [:]
            for role in [StaffRole.counter, .committee, .customerTeam] {
                let browser = try await TestStaff.browser(role, on: app)
                browsers[role] = browser
                #expect(try await browser.get(SiteRoute.campaigns.href).status == .forbidden, "\(role)")
            }
            let committee = try #require(browsers[.committee])
            let report = try await committee.get(SiteRoute.remindersReport().href + "?lang=en")
            #expect(report.status == .ok && report.body.string.contains("No notice has gone out yet"), "the counts-only report, with zero rows")
        }
    }

    @Test func theRemindersReportComparesAPolicyWithMembersNotYetReminded() async throws {
        try await withTestApp { app in
            // Two members expired yesterday with deposits: one gets the refund reminder, printed today;
            // the other expired 40 days ago, outside every reminder window: not reminded, refunded 50 days later.
            let (reminded, _) = try await DepositFixtures.expiredMemberWithDeposit("REM-1", expires: pinnedToday.adding(days: -1), on: app)
            var withAddress = reminded.draft
            withAddress.addressLine1 = "9 ถนนห้วยแก้ว"
            withAddress.postcode = "50200"
            reminded.apply(withAddress)
            try await reminded.update(on: app.db)
            let (_, otherDeposit) = try await DepositFixtures.expiredMemberWithDeposit("REM-2", expires: pinnedToday.adding(days: -40), on: app)
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            let counter = try await TestStaff.browser(.counter, on: app)
            try await counter.get(SiteRoute.outbox().href)
            let sheet = try #require(try await counter.post(SiteRoute.postcards.href, form: []).headers.first(name: .location))
            _ = try await counter.post(sheet + "/printed", form: [])
            let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
            let deposit = try #require(try await Deposit.query(on: app.db).filter(\.$member.$id == reminded.requireID()).first())
            let input = DepositStore.RefundInput(amount: nil, paymentMethod: .cash, counter: "Counter 1", note: "",
                                                 documentsTicked: ["original-receipt", "id-card-copy"], collector: .member, deadlineOverride: nil)
            for (d, days) in [(deposit, 2.0), (otherDeposit, 50.0)] {
                _ = try await store.refund(d, input, counterHours: app.config.counterHours, holidays: app.config.builtInHolidays, by: DepositFixtures.staff,
                                           at: pinnedNow.addingTimeInterval(days * 86_400), idempotencyKey: UUID().uuidString)
            }
            let result = try await NoticeEffectQuery(db: app.db).load(.reminders(from: pinnedToday.adding(days: -7), to: pinnedToday),
                                                                      grouping: .month, language: .en)
            let row = try #require(result.report.rows.first { $0.source.code == "refund" })
            #expect(row.notified == 1 && row.cameBack == [1, 1, 1] && row.baht == Satang(100_000))
            let comparison = try #require(result.report.comparisons.first)
            #expect(comparison.comparable == [1, 1, 1], "REM-2: expired, holding a deposit, never reminded")
            #expect(comparison.cameBack == [0, 0, 1], "refunded 50 days after the period began")
            let committee = try await TestStaff.browser(.committee, on: app)
            let page = try await committee.get(SiteRoute.remindersReport().href + "?from=2026-11-01&to=2026-11-30&lang=en")
            #expect(page.body.string.contains("policy refund") && page.body.string.contains("Comparable members not (yet) reminded"))
            #expect(!page.body.string.contains("Jaidee") && !page.body.string.contains("ใจดี"), "no names on the report")
            let csv = try await committee.get(SiteRoute.remindersReport().href + "?from=2026-11-01&to=2026-11-30&format=csv")
            #expect(csv.body.string.contains("policy refund"))
        }
    }
}
