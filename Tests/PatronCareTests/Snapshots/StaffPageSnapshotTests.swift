import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The start page, sign-in, password, error, staff accounts and access-log pages in Thai and
/// English from fixture models (no app, no database).
@Suite struct StaffPageSnapshotTests {
    private static let stats = HomeStats(total: 1_204, expired: 310, expiringSoon: 42,
                                         bySegment: [.u1: 400, .u5: 804])
    private static let adminWork = WorkQueueCounts(counts: [.failedMessages: 3, .channelsNotConfigured: 2, .publicAddressNotConfigured: 1],
                                                   unconfiguredChannels: [.sms, .line], publicAddressIsLoopback: true)
    /// 2025-12-01 10:30 Bangkok.
    private static let checkedAt = Date(timeIntervalSince1970: 1_764_559_800)

    @Test(arguments: Language.allCases)
    func homeForAnAdministratorWithAFailedCheck(language: Language) {
        let run = IntegrityCheckRun(checkedAt: Self.checkedAt, problems: ["ledger <b>B6400001</b> & \"balance\" differs", "receipt 2569/0007 missing"])
        let page = HomePage(chrome: PageFixtures.chrome(language, title: "home_title", path: "/"), role: .admin, work: Self.adminWork,
                            stats: Self.stats, isAdmin: true, lastIntegrityCheck: run)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func homeForAnAdministratorWithAPassedCheck(language: Language) {
        let run = IntegrityCheckRun(checkedAt: Self.checkedAt, problems: [])
        let page = HomePage(chrome: PageFixtures.chrome(language, title: "home_title", path: "/"), role: .admin, work: Self.adminWork,
                            stats: Self.stats, isAdmin: true, lastIntegrityCheck: run)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func homeEmptyRegistryForTheCounter(language: Language) {
        let empty = HomeStats(total: 0, expired: 0, expiringSoon: 0, bySegment: [:])
        let page = HomePage(chrome: PageFixtures.chrome(language, title: "home_title", role: .counter, path: "/"), role: .counter,
                            work: WorkQueueCounts(), stats: empty,
                            isAdmin: false, lastIntegrityCheck: nil)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func homeCheckNeverRan(language: Language) {
        let page = HomePage(chrome: PageFixtures.chrome(language, title: "home_title", path: "/"), role: .admin, work: Self.adminWork,
                            stats: Self.stats, isAdmin: true, lastIntegrityCheck: nil)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func homeQueueOfAHead(language: Language) {
        let work = WorkQueueCounts(counts: [.forfeituresToApprove: 1, .escalations: 0, .overdueComplaints: 4, .monthlyReport: 1, .refundRequests: 2],
                                   overdueByTrack: [.urgent: 1, .notUrgent: 2],
                                   monthlyReport: .late(ReportMonth(year: 2025, month: 10)!, since: CivilDate(year: 2025, month: 11, day: 26)!))
        let page = HomePage(chrome: PageFixtures.chrome(language, title: "home_title", role: .head, path: "/"), role: .head, work: work,
                            stats: Self.stats, isAdmin: false, lastIntegrityCheck: nil)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func homeQueueOfTheCommitteeAndTheCustomerTeam(language: Language) {
        let committee = WorkQueueCounts(counts: [.meetingAgenda: 2], nextMeeting: CivilDate(year: 2025, month: 12, day: 18)!)
        let team = WorkQueueCounts(counts: [.complaintsToTriage: 5, .overdueComplaints: 0, .outcomesToPublish: 1])
        assertPageSnapshot(HomePage(chrome: PageFixtures.chrome(language, title: "home_title", role: .committee, path: "/"), role: .committee,
                                    work: committee, stats: Self.stats, isAdmin: false, lastIntegrityCheck: nil), named: "committee-" + language.rawValue)
        assertPageSnapshot(HomePage(chrome: PageFixtures.chrome(language, title: "home_title", role: .customerTeam, path: "/"), role: .customerTeam,
                                    work: team, stats: Self.stats, isAdmin: false, lastIntegrityCheck: nil), named: "team-" + language.rawValue)
    }

    @Test("every work-queue item has its label in both languages")
    func everyQueueItemIsWorded() {
        for language in Language.allCases {
            let words = PageFixtures.chrome(language, title: "home_title", path: "/").words
            for item in WorkQueueItem.allCases {
                #expect(words(HomePage.wordKey(item)) != HomePage.wordKey(item), "\(language) lacks \(HomePage.wordKey(item))")
            }
        }
    }

    @Test(arguments: Language.allCases)
    func login(language: Language) {
        let page = LoginPage(chrome: PageFixtures.chrome(language, title: "login_title", role: nil, path: "/login"))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func loginFailedInDemoMode(language: Language) {
        let fixture = PageFixtures.chrome(language, title: "login_title", role: nil, path: "/login")
        let chrome = PageChrome(title: fixture.title, words: fixture.words, signedIn: nil, nav: [], csrf: fixture.csrf,
                                notice: nil, demoMode: true, switchLanguageHref: fixture.switchLanguageHref)
        let page = LoginPage(chrome: chrome, username: "<b>somying</b>\"&", error: fixture.words("login_failed"))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func passwordRequiredWithErrors(language: Language) {
        let page = PasswordPage(chrome: PageFixtures.chrome(language, title: "password_title", role: .counter, path: "/account/password"),
                                required: true, errors: [PageFixtures.words(language)("password_mismatch"), "<script>&\""])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func password(language: Language) {
        let page = PasswordPage(chrome: PageFixtures.chrome(language, title: "password_title", role: .counter, path: "/account/password"),
                                required: false, errors: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func errorSignedIn(language: Language) {
        let page = ErrorPage(chrome: PageFixtures.chrome(language, title: "error_title", role: .counter, path: "/members/x",
                                                         notice: "saved"),
                             status: 404, message: "No member <b>B64</b> & \"x\"", requestID: "req-1234")
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func errorWithoutSession(language: Language) {
        let page = ErrorPage(chrome: PageFixtures.chrome(language, title: "error_title", role: nil, path: "/css/x"),
                             status: 500, message: PageFixtures.words(language)("error_internal"), requestID: "req-5678")
        assertPageSnapshot(page, named: language.rawValue)
    }

    private static func staffUsers() -> [StaffUser] {
        let admin = StaffUser(username: "admin", displayName: "ผู้ดูแล <b>ระบบ</b>", role: .admin, passwordHash: "x")
        admin.id = UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")
        let counter = StaffUser(username: "counter1", displayName: "Counter & \"One\"", role: .counter, passwordHash: "x")
        counter.id = UUID(uuidString: "00000000-0000-4000-8000-0000000000a2")
        counter.active = false
        counter.mustChangePassword = true
        counter.lockedAt = checkedAt
        return [admin, counter]
    }

    @Test(arguments: Language.allCases)
    func staffAccounts(language: Language) {
        let page = StaffAccountsPage(chrome: PageFixtures.chrome(language, title: "staff_title", path: "/admin/staff"),
                                     users: Self.staffUsers(), form: .init(), errors: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func staffAccountsAddFormWithErrors(language: Language) {
        let form = StaffController.NewStaffForm(username: "new<b>", displayName: "\"New\" & co", role: "head", password: nil)
        let page = StaffAccountsPage(chrome: PageFixtures.chrome(language, title: "staff_title", path: "/admin/staff"),
                                     users: Self.staffUsers(), form: form,
                                     errors: [StaffAccountProblem.passwordTooShort(minimum: 10).message(language)])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func auditLog(language: Language) {
        let entries = [("admin", "admin", AuditAction.staffChange, "counter1", "role=counter→head"),
                       ("counter1", "counter", AuditAction.memberRead, "B6400001", "<b>scan</b> & \"front\"")]
            .enumerated().map { index, line -> AuditEntry in
                let entry = AuditEntry()
                entry.recordedAt = Int64(Self.checkedAt.timeIntervalSince1970) - Int64(index * 3600)
                entry.actor = line.0
                entry.actorRole = line.1
                entry.action = line.2.rawValue
                entry.subject = line.3
                entry.details = line.4
                return entry
            }
        let filter = AuditFilter(action: AuditAction.memberRead.rawValue, actor: "counter1", subject: nil, from: "2026-11-01",
                                 to: "<2026>", format: nil)
        let page = AuditLogPage(chrome: PageFixtures.chrome(language, title: "audit_title", path: "/admin/audit"), filter: filter,
                                lines: entries.map { AuditLogLine($0, language: language) }, retentionDays: 730)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func auditLogEmpty(language: Language) {
        let page = AuditLogPage(chrome: PageFixtures.chrome(language, title: "audit_title", path: "/admin/audit"),
                                filter: AuditFilter(), lines: [], retentionDays: 730)
        assertPageSnapshot(page, named: language.rawValue)
    }
}
