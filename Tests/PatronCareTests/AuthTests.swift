import Fluent
import Testing
import VaporTesting
import PatronCore
@testable import PatronCare

@Suite struct AuthTests {
    @Test func staffPagesRedirectToSignInWhenSignedOut() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let response = try await browser.get(SiteRoute.members().href)
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/login")
        }
    }

    @Test func signInWithRightPasswordOpensTheStartPage() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            let home = try await browser.get(SiteRoute.home.href + "?lang=en")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("Members at a glance"))
            #expect(home.body.string.contains("Test counter"))
        }
    }

    @Test func wrongPasswordIsRefusedInTheReadersLanguage() async throws {
        try await withTestApp { app in
            try await TestStaff.create(.counter, on: app)
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.login.href + "?lang=th")
            let response = try await browser.post(SiteRoute.login.href, form: [("username", "counter"), ("password", "wrong password")])
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"))
            #expect(try await browser.get(SiteRoute.members().href).status == .seeOther)
        }
    }

    @Test func disabledAccountCannotSignIn() async throws {
        try await withTestApp { app in
            let user = try await TestStaff.create(.counter, on: app)
            user.active = false
            try await user.update(on: app.db)
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.login.href)
            let response = try await browser.post(SiteRoute.login.href, form: [("username", "counter"), ("password", TestStaff.password)])
            #expect(response.status == .unauthorized)
        }
    }

    @Test func formWithoutTheSessionTokenIsRefusedAndChangesNothing() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.admin, on: app)
            let before = try await StaffUser.query(on: app.db).count()
            let response = try await browser.post(SiteRoute.staffAccounts.href, form: [
                ("username", "intruder"), ("displayName", "Intruder"), ("role", "admin"), ("password", "long enough password"),
            ], csrf: "forged-token")
            #expect(response.status == .forbidden)
            #expect(try await StaffUser.query(on: app.db).count() == before)
        }
    }

    @Test func signInItselfNeedsTheFormToken() async throws {
        try await withTestApp { app in
            try await TestStaff.create(.admin, on: app)
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.login.href)
            let response = try await browser.post(SiteRoute.login.href, form: [("username", "admin"), ("password", TestStaff.password)], csrf: "")
            #expect(response.status == .forbidden)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.home.href)
            let response = try await browser.post(SiteRoute.logout.href, form: [])
            #expect(response.status == .seeOther)
            #expect(try await browser.get(SiteRoute.members().href).status == .seeOther)
        }
    }

    @Test(arguments: [StaffRole.counter, .customerTeam, .head, .committee])
    func onlyAdminsOpenTheStaffAdminPage(role: StaffRole) async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(role, on: app)
            let response = try await browser.get(SiteRoute.staffAccounts.href)
            #expect(response.status == .forbidden)
        }
    }

    @Test func adminCreatesAStaffAccountThatCanSignIn() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            try await admin.get(SiteRoute.staffAccounts.href)
            let response = try await admin.post(SiteRoute.staffAccounts.href, form: [
                ("username", "malee"), ("displayName", "มาลี"), ("role", "counter"), ("password", "a good long password"),
            ])
            #expect(response.status == .seeOther)
            let browser = TestBrowser(app)
            try await browser.signIn("malee", password: "a good long password")
        }
    }

    @Test func shortPasswordIsRefusedWithAClearMessage() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            try await admin.get(SiteRoute.staffAccounts.href + "?lang=en")
            let response = try await admin.post(SiteRoute.staffAccounts.href, form: [
                ("username", "malee"), ("displayName", "Malee"), ("role", "counter"), ("password", "short"),
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("at least 10 characters"))
            #expect(try await StaffUser.query(on: app.db).filter(\.$username == "malee").count() == 0)
        }
    }
}
