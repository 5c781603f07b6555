import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The campaign pages and the reminders report in Thai and English from fixture models (no app, no database).
@Suite struct CampaignPageSnapshotTests {
    private static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    private static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", 200 + n))! }

    private static let form = CampaignForm(asOf: "2026-11-23", claimBy: "2027-02-28", expiredFrom: "2005-01-01", expiredTo: nil,
                                           channels: ["postcard", "email"])

    private static func campaign() -> Campaign {
        let campaign = Campaign()
        campaign.id = id(1)
        campaign.key = "2026-11-23/2027-02-28"
        campaign.asOf = "2026-11-23"
        campaign.claimBy = "2027-02-28"
        campaign.channels = "postcard,email"
        campaign.selectedMembers = 3
        campaign.selectedSatang = 350_000
        campaign.notifiedMembers = 2
        campaign.notifiedSatang = 250_000
        campaign.notices = 3
        campaign.extendedDeposits = 2
        campaign.summary = "2 members, 2,500.00 baht notified (postcard 2, e-mail 1)"
        campaign.createdBy = "head <b>&</b> \"one\""
        return campaign
    }

    /// Former external members as a Koha import leaves them: an address, maybe an e-mail, no consent flags.
    private static func member(_ n: Int, expires: String, balance: Int64, email: String = "", address: Bool = true) -> CampaignMember {
        CampaignMember(memberID: id(10 + n), cardNumber: "B64000\(n)", expiresOn: d(expires),
                       contacts: ContactsOnFile(email: email, addressLine1: address ? "\(n) ถนนห้วยแก้ว" : "", postcode: address ? "50200" : ""),
                       preferences: ContactPreferences(),
                       deposits: [CampaignDeposit(id: id(100 + n), balance: Satang(balance), lastClaimDay: d("2012-01-31"))])
    }

    private static func preview() -> CampaignRun.Preview {
        let order = CampaignOrder(asOf: d("2026-11-23"), claimBy: d("2027-02-28"), channels: [.postcard, .email])
        let members = [member(1, expires: "2008-06-30", balance: 100_000, email: "malee@example.org"),
                       member(2, expires: "2011-03-31", balance: 150_000),
                       member(3, expires: "2011-09-30", balance: 100_000, address: false)]
        let names = [MemberFixtures.draft("B640001", firstNameTh: "มาลี", lastNameTh: "รักเรียน"),
                     MemberFixtures.draft("B640002", firstNameTh: "สมศรี", lastNameTh: "ดีใจ"),
                     MemberFixtures.draft("B640003", firstNameTh: "สมชาย", lastNameTh: "<b>ใจดี</b> & \"เพื่อน\"")]
        return CampaignRun.Preview(plan: CampaignPlan(order: order, members: members),
                                   members: Dictionary(uniqueKeysWithValues: zip(members.map(\.memberID), names.map { CampaignRun.MemberInfo(draft: $0) })))
    }

    private static func effect(_ language: Language, grouping: NoticeEffect.Grouping, empty: Bool = false) -> NoticeEffectTable {
        let campaign = NoticeEffect.Source(kind: .campaign, code: id(1).uuidString)
        let policy = NoticeEffect.Source(kind: .policy, code: "refund")
        let notices = empty ? [] : [
            NoticeEffect.Notice(memberID: id(11), source: campaign, reminderKind: .refund, channel: .postcard, day: d("2026-10-05")),
            NoticeEffect.Notice(memberID: id(11), source: campaign, reminderKind: .refund, channel: .email, day: d("2026-10-05")),
            NoticeEffect.Notice(memberID: id(12), source: policy, reminderKind: .refund, channel: .sms, day: d("2026-10-12")),
        ]
        let outcomes = empty ? [] : [NoticeEffect.Outcome(memberID: id(11), day: d("2026-10-20"), kind: .refund(Satang(100_000)))]
        let comparable = empty ? [] : [
            NoticeEffect.ComparableMember(memberID: id(12), expiresOn: d("2026-09-01"), depositReceivedOn: d("2025-09-01"),
                                          firstRefundOn: nil, firstNoticeOn: d("2026-10-12")),
            NoticeEffect.ComparableMember(memberID: id(13), expiresOn: d("2026-08-01"), depositReceivedOn: d("2025-08-01"),
                                          firstRefundOn: d("2026-10-30"), firstNoticeOn: nil),
        ]
        let report = NoticeEffect.measure(notices: notices, outcomes: outcomes, comparable: comparable, grouping: grouping)
        let result = NoticeEffectQuery.Result(report: report, campaignNames: [id(1).uuidString: "23 Nov 2026 <claim> & more"],
                                              queuedNotSent: empty ? 0 : 4)
        return NoticeEffectTable(result: result, language: language, grouping: grouping)
    }

    @Test(arguments: Language.allCases)
    func campaignFormWithPastCampaigns(language: Language) {
        let page = CampaignsIndexPage(chrome: PageFixtures.chrome(language, title: "campaigns_title", role: .head, path: "/campaigns"),
                                      form: Self.form, errors: [], campaigns: [Self.campaign()])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func campaignFormRefusedWithNoCampaignsYet(language: Language) {
        let posted = CampaignForm(asOf: "2026-11-23", claimBy: "<soon>", expiredFrom: nil, expiredTo: nil, channels: nil)
        let page = CampaignsIndexPage(chrome: PageFixtures.chrome(language, title: "campaigns_title", role: .head, path: "/campaigns"),
                                      form: posted, errors: [CampaignProblem.notADate(option: "claim-by", text: "<soon>").message(language)],
                                      campaigns: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func dryRunWithUnreachableMembers(language: Language) {
        let page = CampaignPreviewPage(chrome: PageFixtures.chrome(language, title: "campaigns_preview_title", role: .head, path: "/campaigns/preview"),
                                       form: Self.form, preview: Self.preview(), alreadyRun: false)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func dryRunOfACampaignAlreadyRun(language: Language) {
        let preview = Self.preview()
        let reachable = CampaignRun.Preview(plan: CampaignPlan(order: preview.plan.order, members: Array(preview.plan.selected.prefix(2))),
                                            members: preview.members)
        let page = CampaignPreviewPage(chrome: PageFixtures.chrome(language, title: "campaigns_preview_title", role: .head, path: "/campaigns/preview"),
                                       form: Self.form, preview: reachable, alreadyRun: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func campaignReportByMonth(language: Language) {
        let page = CampaignReportPage(chrome: PageFixtures.chrome(language, title: "campaign_report_title", role: .head, path: "/campaigns/x"),
                                      campaign: Self.campaign(), table: Self.effect(language, grouping: .month))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func campaignReportWithNothingYet(language: Language) {
        let page = CampaignReportPage(chrome: PageFixtures.chrome(language, title: "campaign_report_title", role: .head, path: "/campaigns/x"),
                                      campaign: Self.campaign(), table: Self.effect(language, grouping: .week, empty: true))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func remindersReportByWeek(language: Language) {
        let page = RemindersReportPage(chrome: PageFixtures.chrome(language, title: "reminders_report_title", role: .committee, path: "/reports/reminders"),
                                       from: Self.d("2026-06-01"), to: Self.d("2026-11-23"), table: Self.effect(language, grouping: .week))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func remindersReportEmpty(language: Language) {
        let page = RemindersReportPage(chrome: PageFixtures.chrome(language, title: "reminders_report_title", role: .committee, path: "/reports/reminders"),
                                       from: Self.d("2026-06-01"), to: Self.d("2026-11-23"), table: Self.effect(language, grouping: .month, empty: true))
        assertPageSnapshot(page, named: language.rawValue)
    }
}
