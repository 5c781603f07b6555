import Fluent
import PatronCore
import SQLKit
import Testing
import VaporTesting
@testable import PatronCare

@Suite struct AppTests {
    @Test func migrationsCreateEveryTableOnTheConfiguredDatabaseAndRevertCleanly() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            let expectedDialect = Environment.get("DATABASE_URL")?.isEmpty == false ? "postgresql" : "sqlite"
            #expect(sql.dialect.name == expectedDialect)
            for table in [Member.schema, MemberDocument.schema, StaffUser.schema, "_fluent_sessions"] {
                let rows = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").all()
                #expect(rows.count == 1, "table \(table) exists")
            }
            try await app.autoRevert()
            await #expect(throws: (any Error).self) {
                try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: Member.schema)").run()
            }
            try await app.autoMigrate()
        }
    }

    @Test func healthCheckAnswersWhenTheDatabaseDoes() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/healthz") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("\"database\":\"ok\""))
            }
        }
    }

    @Test func languageChoiceIsRememberedAcrossPages() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let english = try await browser.get(SiteRoute.login.href + "?lang=en")
            #expect(english.body.string.contains("Staff sign-in"))
            let next = try await browser.get(SiteRoute.login.href)
            #expect(next.body.string.contains("Staff sign-in"))
            let thai = try await browser.get(SiteRoute.login.href + "?lang=th")
            #expect(thai.body.string.contains("เข้าสู่ระบบเจ้าหน้าที่"))
            #expect(try await browser.get(SiteRoute.login.href).body.string.contains("เข้าสู่ระบบเจ้าหน้าที่"))
        }
    }

    /// (That every key a view uses exists is `ViewWordsTests`.)
    @Test func everyTranslationKeyExistsInBothLanguages() async throws {
        try await withTestApp { app in
            let thai = app.strings.keys(.th)
            let english = app.strings.keys(.en)
            #expect(thai.count > 300)
            #expect(thai == english, "only in Thai: \(thai.subtracting(english).sorted()); only in English: \(english.subtracting(thai).sorted())")
        }
    }

    @Test func publicPagesCarryTheLibrarysNameAndLinkEachOtherNeverTheStaffSignIn() async throws {
        try await withTestApp { app in
            app.config.libraryName = "สำนักหอสมุด <มหาวิทยาลัย>"
            let browser = TestBrowser(app)
            for page in [SiteRoute.feedbackForm, .refundSteps, .feedbackStatus()] {
                let html = try await browser.get(page.href).body.string
                #expect(html.contains("<a class=\"brand\" href=\"/refund-steps\">สำนักหอสมุด &lt;มหาวิทยาลัย&gt;</a>"), "\(page.href)")
                #expect(html.contains("· สำนักหอสมุด &lt;มหาวิทยาลัย&gt;</title>"))
                #expect(html.contains("href=\"\(SiteRoute.feedbackForm.href)\"") && html.contains("href=\"\(SiteRoute.refundSteps.href)\""))
                #expect(!html.contains("href=\"\(SiteRoute.login.href)\"") && !html.contains("href=\"/\""), "no way to the staff side from \(page.href)")
            }
        }
    }

    @Test func demoDataHasMembersOfEverySegmentAndAnAccountPerRole() async throws {
        try await withTestApp { app in
            try await DemoData.loadIfEmpty(app)
            for segment in Segment.allCases {
                #expect(try await Member.query(on: app.db).filter(\.$segment == segment).count() > 0)
            }
            for role in StaffRole.allCases {
                #expect(try await StaffUser.query(on: app.db).filter(\.$role == role).count() == (role == .head ? 2 : 1),
                        "two heads: forfeiture is proposed by one and approved by another")
            }
            // Every feature's first page has something to show.
            for track in ComplaintTrack.allCases {
                #expect(try await FeedbackItem.query(on: app.db).filter(\.$track == track.rawValue).count() > 0, "track \(track.rawValue)")
            }
            let states = Set(try await FeedbackItem.query(on: app.db).all().map(\.status))
            #expect(states.contains(.closed) && states.contains(.received), "\(states)")
            #expect(try await OutboxMessage.query(on: app.db).count() > 0, "today's reminders are planned at load")
            let forfeitable = try await Deposit.query(on: app.db).filter(\.$lastClaimDay < pinnedToday.iso).filter(\.$balanceSatang > 0).all()
            #expect(forfeitable.count >= 2, "two forfeitable deposits, as the demo promises")
            let before = try await Member.query(on: app.db).count()
            let feedbackBefore = try await FeedbackItem.query(on: app.db).count()
            try await DemoData.loadIfEmpty(app)
            #expect(try await Member.query(on: app.db).count() == before, "loading twice adds nothing")
            #expect(try await FeedbackItem.query(on: app.db).count() == feedbackBefore)
            let browser = TestBrowser(app)
            try await browser.signIn("admin", password: DemoData.password)
            let home = try await browser.get(SiteRoute.home.href + "?lang=en")
            let u1 = try await Member.query(on: app.db).filter(\.$segment == .u1).count()
            #expect(home.body.string.contains("<td><a href=\"/members?segment=U1\">U1</a></td><td>Undergraduate students</td><td class=\"num\">\(u1)</td>"))
        }
    }
}
