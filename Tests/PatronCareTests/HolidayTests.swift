import ConsoleKit
import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The holiday calendar an administrator keeps: the page (add, remove, import all-or-nothing), the
/// command, the coverage warning, and every working-day count reading the kept days (both databases
/// with `DATABASE_URL`).
@Suite struct HolidayTests {
    static let fixtures = SiteRouteTests.root + "/Tests/Fixtures/holidays/"
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try #require(FileManager.default.contents(atPath: fixtures + name)))
    }

    @Test func anAdministratorAddsAClosureTypedInTheBuddhistEraAndRemovesIt() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.admin, on: app)
            let page = try await browser.get(SiteRoute.holidays().href + "?lang=th")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("วันหยุด 2569"))
            #expect(page.body.string.contains("วันปิยมหาราช"), "the built-in days of the year are listed")
            let added = try await browser.post(SiteRoute.holidays().href, form: [
                ("date", "25/11/2569"), ("nameTh", "ปิดห้องสมุดเพื่อย้ายชั้นหนังสือ"), ("nameEn", "Closed to move shelves"), ("kind", "closure")])
            #expect(added.status == .seeOther)
            #expect(added.headers.first(name: .location) == SiteRoute.holidays(.init(["year": "2026"])).href)
            let stored = try await StoredHoliday.query(on: app.db).all()
            #expect(stored.map(\.day) == ["2026-11-25"])
            #expect(stored.first?.kind == "closure")
            #expect(stored.first?.recordedBy == "Test admin")
            let shown = try await browser.get(SiteRoute.holidays(.init(["year": "2026"])).href)
            #expect(shown.body.string.contains("เพิ่มวันหยุดแล้ว"))
            #expect(shown.body.string.contains("ปิดห้องสมุดเพื่อย้ายชั้นหนังสือ"))
            #expect(shown.body.string.contains("25 พ.ย. 2569"))
            #expect(try await app.holidays().isHoliday(CivilDate(year: 2026, month: 11, day: 25)!))

            let again = try await browser.post(SiteRoute.holidays().href, form: [
                ("date", "2026-11-25"), ("nameTh", "ปิดห้องสมุดเพื่อย้ายชั้นหนังสือ"), ("nameEn", "Closed to move shelves"), ("kind", "closure")])
            #expect(again.status == .seeOther)
            #expect(try await StoredHoliday.query(on: app.db).count() == 1, "the same day and name is kept once")

            let removed = try await browser.post(SiteRoute.holidayDelete(try #require(stored.first?.id)).href, form: [])
            #expect(removed.status == .seeOther)
            #expect(try await StoredHoliday.query(on: app.db).count() == 0)
            #expect(!(try await app.holidays().isHoliday(CivilDate(year: 2026, month: 11, day: 25)!)))
        }
    }

    @Test func aBadDayIsRefusedInTheReadersLanguageKeepingWhatWasTyped() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.admin, on: app)
            try await browser.get(SiteRoute.holidays().href + "?lang=th")
            let refused = try await browser.post(SiteRoute.holidays().href, form: [
                ("date", "31/02/2570"), ("nameTh", "วันหยุดพิเศษ"), ("nameEn", ""), ("kind", "public")])
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            #expect(html.contains("ไม่มีวันที่ “31/02/2570” ในปฏิทิน"))
            #expect(html.contains("กรุณากรอกชื่อวันหยุดภาษาอังกฤษ"))
            #expect(html.contains("value=\"31/02/2570\""), "the typed date is shown again")
            #expect(html.contains("value=\"วันหยุดพิเศษ\""))
            #expect(try await StoredHoliday.query(on: app.db).count() == 0)
            try await browser.get(SiteRoute.holidays().href + "?lang=en")
            let english = try await browser.post(SiteRoute.holidays().href, form: [
                ("date", "tomorrow"), ("nameTh", "วันหยุดพิเศษ"), ("nameEn", "Special holiday"), ("kind", "public")])
            #expect(english.body.string.contains("“tomorrow” is not a date: type it as dd/mm/yyyy, e.g. 23/11/2026."))
        }
    }

    @Test func aGoodFileIsImportedOnceAndABadOneNotAtAll() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.admin, on: app)
            try await browser.get(SiteRoute.holidays().href + "?lang=en")
            let dryRun = try await browser.upload(SiteRoute.holidaysImport.href, fileField: "file", filename: "holidays-2571.csv",
                                                  data: try Self.fixture("holidays-2571.csv"), form: [("dryRun", "on")])
            #expect(dryRun.status == .ok)
            #expect(dryRun.body.string.contains("Checked, nothing saved. Importing would be: added 10, updated 0, unchanged 0"))
            #expect(try await StoredHoliday.query(on: app.db).count() == 0)

            let imported = try await browser.upload(SiteRoute.holidaysImport.href, fileField: "file", filename: "holidays-2571.csv",
                                                    data: try Self.fixture("holidays-2571.csv"))
            #expect(imported.status == .seeOther)
            #expect(imported.headers.first(name: .location) == SiteRoute.holidays(.init(["year": "2028"])).href)
            #expect(try await StoredHoliday.query(on: app.db).count() == 10)
            let calendar = try await app.holidays()
            #expect(calendar.holidays(on: CivilDate(year: 2028, month: 4, day: 13)!).map(\.nameEn) == ["Songkran Festival"])
            #expect(calendar.holidays(on: CivilDate(year: 2028, month: 6, day: 5)!).first?.kind == .substitution)
            #expect(calendar.holidays(on: CivilDate(year: 2028, month: 8, day: 14)!).first?.kind == .closure)
            let page = try await browser.get(SiteRoute.holidays(.init(["year": "2028"])).href)
            #expect(page.body.string.contains("Holidays imported: added 10, updated 0, unchanged 0"))
            #expect(page.body.string.contains("Closed for stock-taking"))

            let twice = try await browser.upload(SiteRoute.holidaysImport.href, fileField: "file", filename: "holidays-2571.csv",
                                                 data: try Self.fixture("holidays-2571.csv"))
            #expect(twice.status == .seeOther)
            #expect(try await browser.get(SiteRoute.holidays().href).body.string.contains("added 0, updated 0, unchanged 10"))
            #expect(try await StoredHoliday.query(on: app.db).count() == 10)

            let bad = try await browser.upload(SiteRoute.holidaysImport.href, fileField: "file", filename: "holidays-bad.csv",
                                               data: try Self.fixture("holidays-bad.csv"))
            #expect(bad.status == .unprocessableEntity)
            let html = bad.body.string
            #expect(html.contains("Nothing imported: some rows are not valid."))
            #expect(html.contains("Line 3: “31/02/2571” is not a day of the calendar"))
            #expect(html.contains("Line 4: No value in column name_th."))
            #expect(html.contains("Line 5: Kind “festival” is not known"))
            #expect(html.contains("Line 6: The same day and name as line 2."))
            #expect(!html.contains("Line 2:"), "the good row is not listed")
            #expect(try await StoredHoliday.query(on: app.db).count() == 10, "nothing of the bad file was written")

            let notCSV = try await browser.upload(SiteRoute.holidaysImport.href, fileField: "file", filename: "x.csv",
                                                  data: Array("date,holiday\n2028-01-01,x\n".utf8))
            #expect(notCSV.status == .unprocessableEntity)
            #expect(notCSV.body.string.contains("Column “holiday” (column 2) is not known"))
        }
    }

    @Test func theCommandImportsAndRefusesLikeThePage() async throws {
        try await withTestApp { app in
            try await Self.runCommand(["import", Self.fixtures + "holidays-2571.csv", "--dry-run"], app)
            #expect(try await StoredHoliday.query(on: app.db).count() == 0)
            try await Self.runCommand(["import", Self.fixtures + "holidays-2571.csv"], app)
            #expect(try await StoredHoliday.query(on: app.db).count() == 10)
            #expect(try await StoredHoliday.query(on: app.db).first()?.recordedBy == "patroncare holidays import")
            do {
                try await Self.runCommand(["import", Self.fixtures + "holidays-bad.csv"], app)
                Issue.record("a bad file is refused")
            } catch let failure as CommandFailure {
                #expect(failure.status == .refused)
                #expect(failure.message == "Nothing imported: 4 invalid row(s) listed above. Correct them and import again.")
            }
            do {
                try await Self.runCommand(["import", Self.fixtures + "no-such-file.csv"], app)
                Issue.record("a missing file is refused")
            } catch let failure as CommandFailure {
                #expect(failure.status == .environment)
            }
            #expect(try await StoredHoliday.query(on: app.db).count() == 10)
        }
    }

    static func runCommand(_ arguments: [String], _ app: Application) async throws {
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["patroncare"] + arguments))
        context.application = app
        try await HolidayCommands().run(using: &context)
    }

    @Test func aKeptHolidayMovesAComplaintsWorkingDayTarget() async throws {
        try await withTestApp { app in
            // Monday 23 November 2026, 10:00: an untriaged complaint is due the same working day.
            let before = try await FeedbackFixtures.receive(app, at: pinnedNow)
            #expect(before.dueDay == "2026-11-23")
            let admin = try await TestStaff.browser(.admin, on: app)
            try await admin.get(SiteRoute.holidays().href)
            for (day, name) in [("23/11/2569", "ปิดห้องสมุดตรวจนับหนังสือ วันที่หนึ่ง"), ("24/11/2569", "ปิดห้องสมุดตรวจนับหนังสือ วันที่สอง")] {
                let added = try await admin.post(SiteRoute.holidays().href, form: [
                    ("date", day), ("nameTh", name), ("nameEn", "Closed for stock-taking"), ("kind", "closure")])
                #expect(added.status == .seeOther)
            }
            // Received through the counter's intake page (the request's calendar): due on the next working day.
            let counter = try await TestStaff.browser(.counter, on: app)
            try await counter.get(SiteRoute.complaintNew.href + "?lang=en")
            let created = try await counter.post(SiteRoute.complaints().href, form: [
                ("channel", "phone"), ("kind", "complaint"), ("service", "circulation"), ("summary", "The lift is out of order")])
            #expect(created.status == .seeOther)
            let item = try #require(try await FeedbackItem.query(on: app.db).filter(\.$summary == "The lift is out of order").first())
            #expect(item.dueDay == "2026-11-25", "23 and 24 November are closed: the same working day is Wednesday")
            // Triaged to track 2 (3 working days), counted from the first working day after the closure.
            let page = "/complaints/\(try item.requireID().uuidString)"
            try await counter.get(page)
            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(page)
            #expect(try await head.post(page + "/steps", form: [("action", "triage"), ("track", "2"), ("revision", "0")]).status == .seeOther)
            #expect(try await FeedbackFixtures.reload(item, app).dueDay == "2026-11-30",
                    "counted from the next working day after the closure: 25 → 26, 27, 30 November")
            // The daily job (a run of its own) reads the same calendar.
            let store = try await ComplaintCommandsSupport.store(app)
            #expect(try await store.dueDates().calendar.isWorkingDay(CivilDate(year: 2026, month: 11, day: 24)!) == false)
        }
    }

    @Test func theCounterPaysNoRefundOnAKeptClosureDay() async throws {
        try await withTestApp { app in
            try await HolidayBook.add(Holiday(pinnedToday, th: "ปิดห้องสมุด", en: "Library closed", kind: .closure), by: "test", on: app.db)
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let response = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm())
            #expect(response.status == .unprocessableEntity)
            #expect(try await DepositFixtures.ledgerCount(app) == 1, "nothing paid")
            let steps = try await browser.get(SiteRoute.refundSteps.href + "?lang=en")
            #expect(steps.body.string.contains("Library closed"), "the public refund steps list the closure")
        }
    }

    @Test func fromOctoberThePageWarnsWhenNextYearHasNoHolidays() async throws {
        let october2027 = Date(timeIntervalSince1970: 1_822_352_400) // 1 October 2027 10:00 Bangkok
        try await withTestApp(now: october2027) { app in
            #expect(app.clock.today == CivilDate(year: 2027, month: 10, day: 1))
            let browser = try await TestStaff.browser(.admin, on: app)
            let warned = try await browser.get(SiteRoute.holidays().href + "?lang=th")
            #expect(warned.body.string.contains("ยังไม่มีวันหยุดของปี 2571"))
            let request = Request(application: app, on: app.eventLoopGroup.next())
            #expect(try await request.missingHolidayYear() == 2028)
            try await HolidayBook.add(Holiday(CivilDate(year: 2028, month: 1, day: 1)!, th: "วันขึ้นปีใหม่", en: "New Year's Day"),
                                      by: "test", on: app.db)
            let quiet = try await browser.get(SiteRoute.holidays().href + "?lang=th")
            #expect(!quiet.body.string.contains("ยังไม่มีวันหยุดของปี"))
            #expect(try await Request(application: app, on: app.eventLoopGroup.next()).missingHolidayYear() == nil)
        }
    }

    @Test func onlyAdministratorsKeepTheCalendar() async throws {
        try await withTestApp { app in
            for role in [StaffRole.counter, .head, .customerTeam, .committee] {
                let browser = try await TestStaff.browser(role, on: app)
                #expect(try await browser.get(SiteRoute.holidays().href).status == .forbidden)
            }
        }
    }
}
