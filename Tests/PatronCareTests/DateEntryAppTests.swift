import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// Dates in the reader's calendar through real forms: what is typed in B.E. is stored as the right
/// day, what is stored is shown as the reader writes it, an unparseable date is refused in the reader's
/// language with nothing written, and periods are chosen from selects (both databases with `DATABASE_URL`).
@Suite struct DateEntryAppTests {
    @Test func aStoredDayIsShownInTheReadersCalendarOnTheForm() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-0100"), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let iso = member.expiresOn
            let day = try #require(CivilDate(iso: iso))
            let thai = try await browser.get(SiteRoute.memberEdit(try member.requireID()).href + "?lang=th")
            #expect(thai.body.string.contains("name=\"expiresOn\" value=\"\(DateEntry.text(day, .th))\""))
            #expect(thai.body.string.contains("data-datefield=\"be\""))
            #expect(thai.body.string.contains("placeholder=\"วว/ดด/ปปปป\""))
            #expect(thai.body.string.contains("/js/datepicker.js"))
            #expect(!thai.body.string.contains("type=\"date\""), "never the browser's own date input")
            let english = try await browser.get(SiteRoute.memberEdit(try member.requireID()).href + "?lang=en")
            #expect(english.body.string.contains("name=\"expiresOn\" value=\"\(DateEntry.text(day, .en))\""))
            #expect(english.body.string.contains("data-datefield=\"ce\""))
        }
    }

    @Test func aBuddhistEraDateTypedIntoTheMemberFormIsStoredAsTheRightDay() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href + "?lang=th")
            let response = try await browser.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-0101", overrides: [
                "enrolledOn": "๑/๑๐/๒๕๖๙", "expiresOn": "30/09/2570"]))
            #expect(response.status == .seeOther)
            let stored = try #require(try await Member.query(on: app.db).filter(\.$cardNumber == "EXA-0101").first())
            #expect(stored.enrolledOn == "2026-10-01")
            #expect(stored.expiresOn == "2027-09-30")
        }
    }

    @Test func aDocumentAndAMeetingDayTypedInTheBuddhistEra() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-0102"), on: app)
            let counter = try await TestStaff.browser(.counter, on: app)
            try await counter.get(SiteRoute.member(try member.requireID()).href + "?lang=th")
            let filed = try await counter.post(SiteRoute.memberDocuments(try member.requireID()).href, form: [
                ("name", "สำเนาบัตรประชาชน"), ("kind", "id-card-copy"), ("datedOn", "20/11/2569")])
            #expect(filed.status == .seeOther)
            #expect(try await MemberDocument.query(on: app.db).first()?.datedOn == "2026-11-20")
            let refused = try await counter.post(SiteRoute.memberDocuments(try member.requireID()).href, form: [
                ("name", "สำเนาทะเบียนบ้าน"), ("kind", "id-card-copy"), ("datedOn", "31/11/2569")])
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("ไม่มีวันที่ “31/11/2569” ในปฏิทิน"))
            #expect(try await MemberDocument.query(on: app.db).count() == 1, "nothing written")

            let committee = try await TestStaff.browser(.committee, on: app)
            try await committee.get(SiteRoute.complaintsMeetings.href + "?lang=en")
            let meeting = try await committee.post(SiteRoute.complaintsMeetings.href, form: [("day", "10/12/2569"), ("note", "MT 12/2569")])
            #expect(meeting.status == .seeOther)
            #expect(try await CommitteeMeetingDay.query(on: app.db).all().map(\.day) == ["2026-12-10"])
            let bad = try await committee.post(SiteRoute.complaintsMeetings.href, form: [("day", "next week"), ("note", "")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("“next week” is not a date: type it as dd/mm/yyyy, e.g. 23/11/2026."))
            #expect(try await CommitteeMeetingDay.query(on: app.db).count() == 1)
        }
    }

    @Test func filtersTakeEitherCalendarAndRefuseWhatIsNotADay() async throws {
        try await withTestApp { app in
            try await MemberFixtures.store(MemberFixtures.draft("EXA-0103"), on: app)
            let browser = try await TestStaff.browser(.head, on: app)
            let thai = try await browser.get(SiteRoute.members(.init(["expiresFrom": "01/01/2500", "expiresTo": "31/12/2600"])).href + "&lang=th")
            #expect(thai.status == .ok)
            #expect(thai.body.string.contains("name=\"expiresFrom\" value=\"01/01/2500\""))
            let english = try await browser.get(SiteRoute.members(.init(["expiresFrom": "01/01/2500"])).href + "&lang=en")
            #expect(english.body.string.contains("name=\"expiresFrom\" value=\"01/01/1957\""), "the same day in the English reader's calendar")
            let bad = try await browser.get(SiteRoute.members(.init(["expiresFrom": "32/01/2569"])).href + "&lang=en")
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("“32/01/2569” is not a day of the calendar"))
            let report = try await browser.get(SiteRoute.unclaimedReport(.init(["asOf": "23/11/2569"])).href + "&lang=th")
            #expect(report.status == .ok)
            #expect(report.body.string.contains("name=\"asOf\" value=\"23/11/2569\""))
            let reminders = try await browser.get(SiteRoute.remindersReport(.init(["from": "yesterday"])).href + "&lang=en")
            #expect(reminders.status == .badRequest, "a bad day is said, not silently replaced")
        }
    }

    @Test func reportPeriodsAreChosenFromSelectsInTheReadersCalendar() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.head, on: app)
            let monthly = try await browser.get(SiteRoute.complaintsMonthly(.init(["year": "2026", "month": "9"])).href + "&lang=th")
            #expect(monthly.status == .ok)
            let html = monthly.body.string
            #expect(html.contains("รายงานประจำเดือน กันยายน 2569"))
            #expect(html.contains("<option value=\"2026\" selected>2569</option>"))
            #expect(html.contains("<option value=\"9\" selected>กันยายน</option>"))
            #expect(!html.contains("type=\"month\""))
            let buddhist = try await browser.get(SiteRoute.complaintsMonthly(.init(["year": "2569", "month": "9"])).href + "&lang=en")
            #expect(buddhist.body.string.contains("September 2026"))
            #expect(try await browser.get(SiteRoute.complaintsMonthly(.init(["month": "2026-09"])).href).status == .ok, "links keep month=YYYY-MM")
            #expect(try await browser.get(SiteRoute.complaintsMonthly(.init(["year": "2026", "month": "13"])).href).status == .badRequest)

            let fiscal = try await browser.get(SiteRoute.complaintsQuarterly(.init(["year": "FY2570", "q": "1"])).href + "&lang=th")
            #expect(fiscal.status == .ok)
            #expect(fiscal.body.string.contains("ไตรมาส 1 ปีงบประมาณ 2570"))
            #expect(fiscal.body.string.contains("<option value=\"FY2570\" selected>ปีงบประมาณ 2570</option>"))
            let calendar = try await browser.get(SiteRoute.complaintsQuarterly(.init(["year": "2026", "q": "3"])).href + "&lang=en")
            #expect(calendar.body.string.contains("Q3 2026"))
            #expect(calendar.body.string.contains("<option value=\"2026\" selected>2026</option>"))
            #expect(!calendar.body.string.contains("2026-Q3 / FY2570-Q1"), "no free-text quarter")
            #expect(try await browser.get(SiteRoute.complaintsQuarterly(.init(["year": "2026", "q": "5"])).href).status == .badRequest)
        }
    }
}

/// The language rule: the reader's choice (the switch, remembered in a cookie), else
/// `PATRONCARE_LANGUAGE`; the browser's Accept-Language alone never decides.
@Suite struct LanguageRuleTests {
    @Test func theBrowsersLanguageAloneDoesNotDecide() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let page = try await browser.get(SiteRoute.login.href, headers: ["Accept-Language": "en-US,en;q=0.9"])
            #expect(page.body.string.contains("<html lang=\"th\">"))
            #expect(page.body.string.contains("เข้าสู่ระบบเจ้าหน้าที่"))
            app.config.defaultLanguage = .en
            let configured = try await TestBrowser(app).get(SiteRoute.login.href, headers: ["Accept-Language": "th-TH,th;q=0.9"])
            #expect(configured.body.string.contains("<html lang=\"en\">"), "PATRONCARE_LANGUAGE=en: English whatever the browser says")
        }
    }

    @Test func theReadersChoiceComesFirstAndIsRemembered() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let switched = try await browser.get(SiteRoute.login.href + "?lang=en", headers: ["Accept-Language": "th"])
            #expect(switched.body.string.contains("Staff sign-in"))
            let later = try await browser.get(SiteRoute.login.href, headers: ["Accept-Language": "th"])
            #expect(later.body.string.contains("Staff sign-in"), "the cookie remembers the choice")
            app.config.defaultLanguage = .en
            let back = try await browser.get(SiteRoute.login.href + "?lang=th")
            #expect(back.body.string.contains("เข้าสู่ระบบเจ้าหน้าที่"))
            #expect(try await browser.get(SiteRoute.login.href).body.string.contains("เข้าสู่ระบบเจ้าหน้าที่"),
                    "a remembered Thai beats the configured English")
        }
    }

    @Test func theRuleInOnePlace() {
        #expect(LanguageMiddleware.language(switchedTo: "en", remembered: "th", default: .th) == .en)
        #expect(LanguageMiddleware.language(switchedTo: nil, remembered: "en", default: .th) == .en)
        #expect(LanguageMiddleware.language(switchedTo: "xx", remembered: nil, default: .en) == .en)
        #expect(LanguageMiddleware.language(switchedTo: nil, remembered: "fr", default: .th) == .th)
    }
}
