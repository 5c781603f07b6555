import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Sign-in: growing delays, the lock-out after 10 failures in 15 minutes and the admin's unlock,
/// the per-address limit, the same answer time whether or not the username exists, and the
/// append-only sign-in log.
@Suite struct SignInThrottleTests {
    static func attempt(_ browser: TestBrowser, _ username: String, _ password: String) async throws -> TestingHTTPResponse {
        try await browser.get(SiteRoute.login.href + "?lang=en")
        return try await browser.post(SiteRoute.login.href, form: [("username", username), ("password", password)])
    }

    @Test func failuresSlowDownThenLockTheAccountUntilAnAdminUnlocksIt() async throws {
        try await withTestApp { app in
            try await TestStaff.create(.counter, on: app)
            let browser = TestBrowser(app)
            var now = pinnedNow
            var statuses: [HTTPStatus] = []
            for _ in 1...10 {
                now = now.addingTimeInterval(61)  // past every growing delay (at most 60 s)
                app.clock = .pinned(now)
                statuses.append(try await Self.attempt(browser, "counter", "wrong password").status)
            }
            #expect(statuses.dropLast().allSatisfy { $0 == .unauthorized }, "\(statuses)")
            #expect(statuses.last == .tooManyRequests, "the tenth failure locks the account")
            let user = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "counter").first())
            #expect(user.lockedAt != nil)
            // Even the right password does not open a locked account, also after the 15 minutes.
            app.clock = .pinned(now.addingTimeInterval(1000))
            let locked = try await Self.attempt(browser, "counter", TestStaff.password)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("ask an administrator to unlock"))

            let admin = try await TestStaff.browser(.admin, on: app)
            let page = try await admin.get(SiteRoute.staffAccounts.href + "?lang=en")
            #expect(page.body.string.contains("Locked since"))
            try await admin.post(SiteRoute.staffAccount(try user.requireID()).href, form: [("role", "counter"), ("active", "on"), ("unlock", "on")])
            #expect(try await StaffUser.find(user.requireID(), on: app.db)?.lockedAt == nil)
            try await browser.signIn("counter")

            let outcomes = try await SignInEventRecord.query(on: app.db).filter(\.$username == "counter").sort(\.$at).all().map(\.outcome)
            #expect(outcomes.filter { $0 == .failed }.count == 10)
            #expect(outcomes.contains(.lockedOut))
            #expect(outcomes.contains(.refusedLocked))
            #expect(outcomes.contains(.unlocked))
            #expect(outcomes.last == .signedIn)
            let unlock = try #require(try await SignInEventRecord.query(on: app.db).filter(\.$outcome == .unlocked).first())
            #expect(unlock.actorID != nil, "who unlocked it")
        }
    }

    @Test func anUnlockRightAfterTheLockOutLetsThePersonSignInAtOnce() async throws {
        try await withTestApp { app in
            let user = try await TestStaff.create(.counter, on: app)
            let browser = TestBrowser(app)
            var now = pinnedNow
            for _ in 1...10 {
                now = now.addingTimeInterval(61)
                app.clock = .pinned(now)
                _ = try await Self.attempt(browser, "counter", "wrong password")
            }
            #expect(try await StaffUser.find(user.requireID(), on: app.db)?.lockedAt != nil)
            let admin = try await TestStaff.browser(.admin, on: app)
            try await admin.get(SiteRoute.staffAccounts.href)
            try await admin.post(SiteRoute.staffAccount(try user.requireID()).href, form: [("role", "counter"), ("active", "on"), ("unlock", "on")])
            try await browser.signIn("counter")
        }
    }

    @Test func eachFailureAfterTheThirdMakesTheNextWaitLonger() async throws {
        try await withTestApp { app in
            try await TestStaff.create(.counter, on: app)
            let browser = TestBrowser(app)
            for n in 1...3 {
                #expect(try await Self.attempt(browser, "counter", "wrong \(n)").status == .unauthorized, "free failure \(n)")
            }
            #expect(try await Self.attempt(browser, "counter", "wrong 4").status == .unauthorized)
            // Right away after the fourth: a one-second wait, answered without checking the password.
            let tooSoon = try await Self.attempt(browser, "counter", TestStaff.password)
            #expect(tooSoon.status == .tooManyRequests)
            #expect(tooSoon.body.string.contains("Wait 1 seconds"))
            app.clock = .pinned(pinnedNow.addingTimeInterval(2))
            try await browser.signIn("counter")
            // A success starts the count again.
            app.clock = .pinned(pinnedNow.addingTimeInterval(3))
            let other = TestBrowser(app)
            #expect(try await Self.attempt(other, "counter", "wrong again").status == .unauthorized)
            #expect(try await Self.attempt(other, "counter", "wrong again").status == .unauthorized)
        }
    }

    @Test func unknownUsernamesAreThrottledTheSameWay() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            var now = pinnedNow
            var last: HTTPStatus = .ok
            for _ in 1...11 {
                now = now.addingTimeInterval(61)
                app.clock = .pinned(now)
                last = try await Self.attempt(browser, "nobody", "guess").status
            }
            #expect(last == .tooManyRequests)
        }
    }

    @Test func oneAddressIsLimitedAcrossUsernames() async throws {
        try await withTestApp { app in
            app.config.security.signInPerAddress = RateLimitRule(maximum: 5, window: 900)
            try await TestStaff.create(.counter, on: app)
            let browser = TestBrowser(app)
            for n in 1...5 {
                #expect(try await Self.attempt(browser, "user\(n)", "guess").status == .unauthorized)
            }
            let refused = try await Self.attempt(browser, "counter", TestStaff.password)
            #expect(refused.status == .tooManyRequests)
        }
    }

    /// Known and unknown usernames: both verify one bcrypt hash of the same cost, so the answer
    /// takes as long. Measured with a realistic cost (10) so a missing dummy check would show.
    @Test func theAnswerTakesAsLongWhetherOrNotTheUsernameExists() async throws {
        try await withTestApp { app in
            app.config.security.signIn = SignInThrottlePolicy(lockoutFailures: 10_000, freeFailures: 10_000)
            app.config.security.signInPerAddress = RateLimitRule(maximum: 10_000, window: 900)
            let user = try await TestStaff.create(.counter, on: app)
            user.passwordHash = try Bcrypt.hash(TestStaff.password, cost: 10)
            try await user.update(on: app.db)
            app.signInDummyHash = try Bcrypt.hash("not anybody's password", cost: 10)
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.login.href)
            func timed(_ username: String) async throws -> Double {
                let start = ContinuousClock.now
                let response = try await browser.post(SiteRoute.login.href, form: [("username", username), ("password", "wrong password")])
                let elapsed = ContinuousClock.now - start
                #expect(response.status == .unauthorized)
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            var known: [Double] = [], unknown: [Double] = []
            for n in 0..<16 {
                app.clock = .pinned(pinnedNow.addingTimeInterval(Double(n)))
                known.append(try await timed("counter"))
                unknown.append(try await timed("nobody-\(n)"))
            }
            // The fastest of 16 each: a loaded machine (the other suites, the PostgreSQL server) only
            // ever adds time, so the minimum is what the code costs; the medians drifted apart in CI.
            let (k, u) = (known.min()!, unknown.min()!)
            #expect(u > k * 0.5 && u < k * 2, "known \(k) s, unknown \(u) s (fastest of 16)")
            #expect(u > 0.02, "the unknown username paid for a bcrypt verification (\(u) s)")
        }
    }

    @Test func theSignInLogRefusesUpdateAndDelete() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            _ = try await Self.attempt(browser, "someone", "guess")
            #expect(try await SignInEventRecord.query(on: app.db).count() == 1)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE sign_in_events SET outcome = 'signed-in'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM sign_in_events").run() }
            let event = try #require(try await SignInEventRecord.query(on: app.db).first())
            #expect(event.outcome == .failed)
            #expect(event.username == "someone")
        }
    }
}
