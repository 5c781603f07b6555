import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Staff sessions on the server: renewed at sign-in, idle and absolute expiry on a pinned clock,
/// ended by deactivation and password reset, none stored for anonymous visitors, purged daily.
@Suite struct SessionTests {
    static let sessionCookie = StaffSessions.cookieName

    @Test func anonymousPagesStoreNoSession() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            for path in ["/login", "/feedback", "/feedback/announcements", "/refund-steps", "/members", "/feedback/status?ref=FB-2569-000001-0"] {
                try await browser.get(path)
            }
            #expect(try await StaffSessionRecord.query(on: app.db).count() == 0)
            #expect(browser.cookies[Self.sessionCookie] == nil, "no session cookie handed out")
            #expect(browser.cookies[AnonymousFormToken.cookieName] != nil, "the form token cookie instead")
            // The public form still works with the signed cookie alone.
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: FeedbackPublicTests.form())
            #expect(sent.status == .seeOther)
            #expect(try await StaffSessionRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func aForgedOrUnsignedFormCookieIsRefused() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href)
            let forged = "attacker-nonce.c2lnbmF0dXJl"
            browser.plant(cookie: AnonymousFormToken.cookieName, value: forged)
            let response = try await browser.post(SiteRoute.feedbackForm.href, form: FeedbackPublicTests.form(), csrf: forged)
            #expect(response.status == .forbidden)
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
        }
    }

    @Test func signInMakesANewSessionAndAPlantedOneIsNotPromoted() async throws {
        try await withTestApp { app in
            try await TestStaff.create(.admin, on: app)
            // The attacker's own, valid session (a counter account), planted in the victim's browser.
            let attacker = try await TestStaff.browser(.counter, on: app)
            let planted = try #require(attacker.cookies[Self.sessionCookie]?.string)
            let victim = TestBrowser(app)
            victim.plant(cookie: Self.sessionCookie, value: planted)
            try await victim.get(SiteRoute.login.href)
            let formTokenBefore = victim.csrf
            try await victim.signIn("admin")
            try await victim.get(SiteRoute.home.href)
            let issued = try #require(victim.cookies[Self.sessionCookie]?.string)
            #expect(issued != planted)
            #expect(victim.csrf != formTokenBefore, "a new form token with the new session")
            // The planted token opens nothing now: neither the victim's session nor the attacker's.
            let replay = TestBrowser(app)
            replay.plant(cookie: Self.sessionCookie, value: planted)
            #expect(try await replay.get(SiteRoute.staffAccounts.href).status == .seeOther)
            // An arbitrary planted value is not promoted either.
            let other = TestBrowser(app)
            other.plant(cookie: Self.sessionCookie, value: "chosen-by-the-attacker")
            try await other.signIn("admin")
            #expect(other.cookies[Self.sessionCookie]?.string != "chosen-by-the-attacker")
            #expect(try await StaffSessionRecord.query(on: app.db).filter(\.$tokenHash == StaffSessions.hash("chosen-by-the-attacker")).count() == 0)
        }
    }

    @Test func signOutDeletesTheSessionAndRenewsTheFormToken() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.home.href)
            let token = try #require(browser.cookies[Self.sessionCookie]?.string)
            let formCookie = browser.cookies[AnonymousFormToken.cookieName]?.string
            #expect(try await browser.post(SiteRoute.logout.href, form: []).status == .seeOther)
            #expect(try await StaffSessionRecord.query(on: app.db).count() == 0)
            #expect(browser.cookies[AnonymousFormToken.cookieName]?.string != formCookie)
            let replay = TestBrowser(app)
            replay.plant(cookie: Self.sessionCookie, value: token)
            #expect(try await replay.get(SiteRoute.members().href).status == .seeOther)
            #expect(try await SignInEventRecord.query(on: app.db).filter(\.$outcome == .signedOut).count() == 1)
        }
    }

    @Test func aSessionEndsAfterThirtyIdleMinutes() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            app.clock = .pinned(pinnedNow.addingTimeInterval(29 * 60))
            #expect(try await browser.get(SiteRoute.members().href).status == .ok, "29 minutes idle: still signed in")
            app.clock = .pinned(pinnedNow.addingTimeInterval((29 + 29) * 60))
            #expect(try await browser.get(SiteRoute.members().href).status == .ok, "the visit at 29 min counted")
            app.clock = .pinned(pinnedNow.addingTimeInterval((29 + 29 + 30) * 60))
            let expired = try await browser.get(SiteRoute.members().href)
            #expect(expired.status == .seeOther)
            #expect(expired.headers.first(name: .location) == "/login")
            #expect(try await StaffSessionRecord.query(on: app.db).count() == 0, "the expired row is deleted")
        }
    }

    @Test func theIdleLimitIsConfigurable() async throws {
        try await withTestApp { app in
            app.config.security.session = SessionLifetime(idle: 5 * 60, absolute: 3600)
            let browser = try await TestStaff.browser(.counter, on: app)
            app.clock = .pinned(pinnedNow.addingTimeInterval(6 * 60))
            #expect(try await browser.get(SiteRoute.members().href).status == .seeOther)
        }
    }

    @Test func aBusySessionStillEndsTwelveHoursAfterSignIn() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            var minutes = 0
            while minutes + 20 < 12 * 60 {
                minutes += 20
                app.clock = .pinned(pinnedNow.addingTimeInterval(TimeInterval(minutes * 60)))
                #expect(try await browser.get(SiteRoute.home.href).status == .ok, "at \(minutes) min")
            }
            app.clock = .pinned(pinnedNow.addingTimeInterval(12 * 3600))
            #expect(try await browser.get(SiteRoute.home.href).status == .seeOther, "twelve hours after sign-in, however busy")
        }
    }

    @Test func deactivatingAnAccountEndsItsSessions() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            let counter = try await TestStaff.browser(.counter, on: app)
            let second = TestBrowser(app)
            try await second.signIn("counter")
            let user = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "counter").first())
            try await admin.get(SiteRoute.staffAccounts.href)
            #expect(try await admin.post(SiteRoute.staffAccount(try user.requireID()).href, form: [("role", "counter")]).status == .seeOther)
            #expect(try await counter.get(SiteRoute.members().href).status == .seeOther)
            #expect(try await second.get(SiteRoute.members().href).status == .seeOther)
            #expect(try await StaffSessionRecord.query(on: app.db).filter(\.$staff.$id == user.requireID()).count() == 0)
            #expect(try await admin.get(SiteRoute.members().href).status == .ok, "the admin's own session is untouched")
        }
    }

    @Test func resettingAPasswordEndsTheAccountsSessions() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            let counter = try await TestStaff.browser(.counter, on: app)
            let user = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "counter").first())
            try await admin.get(SiteRoute.staffAccounts.href)
            let reset = try await admin.post(SiteRoute.staffAccount(try user.requireID()).href, form: [("role", "counter"), ("active", "on"), ("password", "a brand new password")])
            #expect(reset.status == .seeOther)
            #expect(try await counter.get(SiteRoute.members().href).status == .seeOther)
            let fresh = TestBrowser(app)
            try await fresh.signIn("counter", password: "a brand new password")
        }
    }

    @Test func anAdministratorWhoResetsTheirOwnPasswordStaysSignedInUnderANewSession() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            let other = TestBrowser(app)
            try await other.signIn("admin")
            let me = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "admin").first())
            try await admin.get(SiteRoute.staffAccounts.href)
            let before = admin.cookies[Self.sessionCookie]?.string
            let reset = try await admin.post(SiteRoute.staffAccount(try me.requireID()).href, form: [("role", "admin"), ("active", "on"), ("password", "my own new password")])
            #expect(reset.status == .seeOther)
            #expect(admin.cookies[Self.sessionCookie]?.string != before)
            #expect(try await admin.get(SiteRoute.staffAccounts.href).status == .ok)
            #expect(try await other.get(SiteRoute.staffAccounts.href).status == .seeOther, "the other session of the account ended")
        }
    }

    @Test func aRoleChangeAloneKeepsTheSessionButAppliesAtOnce() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            let head = try await TestStaff.browser(.head, on: app)
            #expect(try await head.get(SiteRoute.imports.href).status == .ok)
            let user = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "head").first())
            try await admin.get(SiteRoute.staffAccounts.href)
            try await admin.post(SiteRoute.staffAccount(try user.requireID()).href, form: [("role", "counter"), ("active", "on")])
            #expect(try await head.get(SiteRoute.imports.href).status == .forbidden, "the role is read on every request")
        }
    }

    @Test func theDailyJobPurgesExpiredSessions() async throws {
        try await withTestApp { app in
            let first = try await TestStaff.browser(.counter, on: app)
            app.clock = .pinned(pinnedNow.addingTimeInterval(20 * 60))
            try await TestStaff.create(.head, on: app)
            let second = TestBrowser(app)
            try await second.signIn("head")
            #expect(try await StaffSessionRecord.query(on: app.db).count() == 2)
            _ = first
            let result = try await SecurityJobs.runDaily(app: app, now: pinnedNow.addingTimeInterval(35 * 60))
            #expect(result.sessionsPurged == 1, "only the one idle for 35 minutes")
            #expect(try await StaffSessionRecord.query(on: app.db).count() == 1)
            #expect(try await second.get(SiteRoute.home.href).status == .ok)
        }
    }

    @Test func anAdministratorCanRequireANewPasswordAtTheNextSignIn() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            let user = try await TestStaff.create(.counter, on: app)
            try await admin.get(SiteRoute.staffAccounts.href)
            try await admin.post(SiteRoute.staffAccount(try user.requireID()).href, form: [("role", "counter"), ("active", "on"), ("mustChangePassword", "on")])
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.login.href + "?lang=en")
            let signIn = try await browser.post(SiteRoute.login.href, form: [("username", "counter"), ("password", TestStaff.password)])
            #expect(signIn.headers.first(name: .location) == "/account/password")
            let blocked = try await browser.get(SiteRoute.members().href)
            #expect(blocked.headers.first(name: .location) == "/account/password", "nothing else until the password is new")
            let page = try await browser.get(SiteRoute.accountPassword.href)
            #expect(page.body.string.contains("An administrator asked you to choose a new password"))
            let same = try await browser.post(SiteRoute.accountPassword.href, form: [("password", TestStaff.password), ("confirmation", TestStaff.password)])
            #expect(same.status == .unprocessableEntity)
            let mismatch = try await browser.post(SiteRoute.accountPassword.href, form: [("password", "another long password"), ("confirmation", "another long passwort")])
            #expect(mismatch.status == .unprocessableEntity)
            let before = try #require(browser.cookies[Self.sessionCookie]?.string)
            let changed = try await browser.post(SiteRoute.accountPassword.href, form: [("password", "another long password"), ("confirmation", "another long password")])
            #expect(changed.status == .seeOther)
            #expect(browser.cookies[Self.sessionCookie]?.string != before, "a new session under the new password")
            #expect(try await browser.get(SiteRoute.members().href).status == .ok)
            let stored = try #require(try await StaffUser.find(user.requireID(), on: app.db))
            #expect(!stored.mustChangePassword)
            #expect(try await SignInEventRecord.query(on: app.db).filter(\.$outcome == .passwordChanged).count() == 1)
        }
    }
}
