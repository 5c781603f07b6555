import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Issue 13's "reports to act on" and "forms keep what was typed": list exports, one value style per
/// CSV, links from listed rows, print buttons, the complaint list's pages, the start page's count.
@Suite struct ReportsToActOnTests {
    // MARK: Member list CSV

    static func member(_ card: String, segment: Segment, mobile: String = "", on app: Application) async throws -> Member {
        var draft = MemberFixtures.draft(card, segment: segment, firstNameTh: "มาลี", lastNameTh: "รักเรียน")
        draft.mobile = mobile
        return try await MemberFixtures.store(draft, on: app)
    }

    static func csvRecords(_ response: TestingHTTPResponse) throws -> [[String]] {
        try CSVParser.records(in: response.body.string).map(\.fields)
    }

    @Test func theMemberCSVHasThePagesFiltersMaskAndAnAuditLine() async throws {
        try await withTestApp { app in
            try await Self.member("U1-001", segment: .u1, mobile: "0812345678", on: app)
            try await Self.member("U1-002", segment: .u1, on: app)
            try await Self.member("PA3-001", segment: .pa3, mobile: "0899999999", on: app)

            let counter = try await TestStaff.browser(.counter, on: app)
            let page = try await counter.get(SiteRoute.members(.init(["segment": "U1"])).href)
            #expect(page.body.string.contains("href=\"/members?segment=U1&amp;format=csv\""), "the list links to its CSV with its filters")
            let csv = try await counter.get(SiteRoute.members(.init(["segment": "U1", "format": "csv"])).href)
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.string.hasPrefix("\u{FEFF}"), "a byte-order mark for Excel on Thai Windows")
            let rows = try Self.csvRecords(csv)
            #expect(rows.count == 3, "header and the two U1 members")
            #expect(rows.dropFirst().map { $0[0] } == ["U1-001", "U1-002"])
            #expect(rows[1][1] == "มาลี รักเรียน" && rows[1][7] == "0812345678")
            #expect(rows[1][4] == pinnedToday.adding(days: 100).iso)

            let entries = try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.export.rawValue).all()
            #expect(entries.map(\.subject) == ["members"])
            #expect(entries.first?.details == "segment=U1 rows=2")

            // The committee sees initials and no contacts on the page: so in the file.
            let committee = try await TestStaff.browser(.committee, on: app)
            let masked = try Self.csvRecords(try await committee.get(SiteRoute.members(.init(["format": "csv"])).href))
            #expect(masked.count == 4)
            let initials = PersonalDataMask(role: .committee).name("มาลี รักเรียน")
            #expect(initials != "มาลี รักเรียน")
            #expect(masked.dropFirst().allSatisfy { $0[1] == initials && $0[6].isEmpty && $0[7].isEmpty })

            // The same permission as the page: signed out, no file.
            let signedOut = try await TestBrowser(app).get(SiteRoute.members(.init(["format": "csv"])).href)
            #expect(signedOut.status != .ok)
            #expect(!signedOut.body.string.contains("U1-001"))
        }
    }

    @Test func anEmptyListExportsItsHeaderAlone() async throws {
        try await withTestApp { app in
            let counter = try await TestStaff.browser(.counter, on: app)
            #expect(try Self.csvRecords(try await counter.get(SiteRoute.members(.init(["format": "csv"])).href)).count == 1)
            #expect(try Self.csvRecords(try await counter.get(SiteRoute.complaints(.init(["format": "csv"])).href)).count == 1)
            let page = try await counter.get(SiteRoute.complaints().href)
            #expect(page.status == .ok && page.body.string.contains("id=\"found-count\">0<"))
        }
    }

    @Test func theExportReadsInBatchesInTheListsOrder() async throws {
        try await withTestApp { app in
            for n in 1...8 {
                try await MemberFixtures.store(MemberFixtures.draft(String(format: "B-%02d", n), expires: pinnedToday.adding(days: 9 - n)), on: app)
            }
            var batches: [[String]] = []
            try await MemberQuery.forEach(MemberFilter(), today: pinnedToday, mask: PersonalDataMask(role: .counter), batch: 3, on: app.db) { members in
                batches.append(members.map(\.draft.cardNumber))
            }
            #expect(batches.map(\.count) == [3, 3, 2])
            let page = try await MemberQuery.search(MemberFilter(), today: pinnedToday, mask: PersonalDataMask(role: .counter), on: app.db)
            #expect(batches.flatMap { $0 } == page.members.map(\.draft.cardNumber), "the file's order is the page's")
        }
    }

    // MARK: Complaint list CSV and pages

    @Test func theComplaintCSVHasTheListsFiltersAndAnAuditLine() async throws {
        try await withTestApp { app in
            try await FeedbackFixtures.receive(app, summary: "แอร์ไม่เย็น", at: pinnedNow)
            try await FeedbackFixtures.receive(app, kind: .suggestion, summary: "=เปิดถึงสี่ทุ่ม", at: pinnedNow)
            let team = try await TestStaff.browser(.customerTeam, on: app)
            let page = try await team.get(SiteRoute.complaints(.init(["kind": "suggestion"])).href)
            #expect(page.body.string.contains("href=\"/complaints?kind=suggestion&amp;format=csv\""))
            let rows = try Self.csvRecords(try await team.get(SiteRoute.complaints(.init(["kind": "suggestion", "format": "csv"])).href))
            #expect(rows.count == 2)
            #expect(rows[1][4] == "'=เปิดถึงสี่ทุ่ม", "through the one writer: a formula is text")
            #expect(rows[1][1] == "2026-11-23" && rows[1][8] == "false")
            let entry = try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.export.rawValue).first()
            #expect(entry?.subject == "complaints" && entry?.details == "status=open kind=suggestion rows=1")
        }
    }

    static func references(_ html: String) -> [String] {
        html.matches(of: /href="\/complaints\/[0-9A-Fa-f-]{36}">([^<]+)<\/a>/).map { String($0.output.1) }
    }

    static func pagerHref(_ html: String, rel: String) -> String? {
        guard let match = html.firstMatch(of: try! Regex("<a href=\"([^\"]+)\" rel=\"\(rel)\"")) else { return nil }
        return (match.output[1].substring.map(String.init) ?? "").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func theComplaintListPagesByKeysetKeepingItsFilters() async throws {
        try await withTestApp { app in
            for n in 0..<112 {
                try await FeedbackFixtures.receive(app, summary: "เรื่องที่ \(n)", at: pinnedNow.addingTimeInterval(Double(-n) * 3_600))
            }
            for _ in 0..<3 { try await FeedbackFixtures.receive(app, kind: .suggestion, summary: "ข้อเสนอแนะ", at: pinnedNow) }
            let team = try await TestStaff.browser(.customerTeam, on: app)
            let first = try await team.get(SiteRoute.complaints(.init(["kind": "complaint"])).href).body.string
            #expect(first.contains("id=\"found-count\">112<"))
            #expect(Self.pagerHref(first, rel: "prev") == nil)
            let firstRows = Self.references(first)
            #expect(firstRows.count == 50)

            let secondHref = try #require(Self.pagerHref(first, rel: "next"))
            #expect(secondHref.contains("kind=complaint"), "the filters ride along")
            let second = try await team.get(secondHref).body.string
            let secondRows = Self.references(second)
            let third = try await team.get(try #require(Self.pagerHref(second, rel: "next"))).body.string
            let thirdRows = Self.references(third)
            #expect(secondRows.count == 50 && thirdRows.count == 12)
            #expect(Self.pagerHref(third, rel: "next") == nil)
            #expect(Set(firstRows + secondRows + thirdRows).count == 112, "every item once, none of the suggestions")

            // Back from the last page is the second page as it was; back from there is the first.
            let back = try await team.get(try #require(Self.pagerHref(third, rel: "prev"))).body.string
            #expect(Self.references(back) == secondRows)
            let start = try await team.get(try #require(Self.pagerHref(back, rel: "prev"))).body.string
            #expect(Self.references(start) == firstRows)
            #expect(Self.pagerHref(start, rel: "prev") == nil)

            // A page is in the list's order (soonest due first), and the CSV has every page.
            let csv = try Self.csvRecords(try await team.get(SiteRoute.complaints(.init(["kind": "complaint", "format": "csv"])).href))
            #expect(csv.dropFirst().map { $0[0] } == firstRows + secondRows + thirdRows)
        }
    }

    // MARK: The start page's outcomes to publish

    @Test func theOutcomesToPublishCountIsTheLengthOfTheListItLinksTo() async throws {
        try await withTestApp { app in
            let store = FeedbackFixtures.store(app)
            func resolved(email: String = "", consent: Bool = false) async throws -> FeedbackItem {
                let item = try await FeedbackFixtures.complaint(app, track: .notUrgent, email: email, consent: consent, at: pinnedNow)
                return try await store.apply(.resolve(outcome: try FeedbackFixtures.text("ซ่อมแล้ว")), to: item.requireID(),
                                             by: FeedbackFixtures.head, at: pinnedNow)
            }
            let noContact = try await resolved()
            let noConsent = try await resolved(email: "malee@example.org", consent: false)
            _ = try await resolved(email: "somchai@example.org", consent: true)  // told directly: not published
            let alreadyPublished = try await resolved()
            _ = try await store.publish(alreadyPublished.requireID(), by: StaffRef(id: "head", name: "Head"), role: .head, at: pinnedNow)
            _ = try await FeedbackFixtures.complaint(app, track: .notUrgent, at: pinnedNow)  // open, no outcome yet

            let team = try await TestStaff.browser(.customerTeam, on: app)
            let home = try await team.get(SiteRoute.home.href).body.string
            let entry = try #require(home.firstMatch(of: /data-item="outcomes-to-publish"><a href="([^"]+)"><span class="n">(\d+)<\/span>/))
            let count = Int(entry.output.2)
            let list = try await team.get(String(entry.output.1).replacingOccurrences(of: "&amp;", with: "&")).body.string
            #expect(count == 2)
            #expect(Self.references(list).count == count, "the count is what the link lists")
            #expect(list.contains("id=\"found-count\">\(count ?? -1)<"))
            #expect(Set(Self.references(list)) == [noContact.reference, noConsent.reference])
        }
    }

    // MARK: One value style per CSV

    static let thaiMonths = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
                             "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
                             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]

    /// Why a cell breaks the rule (`CSVValue`): a day or month in a reader's calendar, or a yes/no word.
    static func problem(_ cell: String) -> String? {
        if thaiMonths.contains(where: cell.contains) { return "a Thai month name" }
        if cell.contains(/\d{1,2}\/\d{1,2}\/\d{4}/) { return "dd/mm/yyyy" }
        if cell.contains(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}/) { return "an English date" }
        if cell.contains(/(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/) { return "an English month" }
        if let iso = cell.wholeMatch(of: /(\d{4})-\d{2}(-\d{2})?( \d{2}:\d{2})?/), let year = Int(iso.output.1), year > 2400 { return "a Buddhist-era ISO date" }
        if ["yes", "no", "Yes", "No", "ใช่", "ไม่ใช่", "ไม่", "มี", "ไม่มี"].contains(cell) { return "a yes/no word" }
        return nil
    }

    @Test func everyCSVWritesISODaysAndMonthsAndTrueFalse() async throws {
        try await withTestApp { app in
            let (member, _) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let item = try await FeedbackFixtures.complaint(app, track: .needsBudget, at: pinnedNow.addingTimeInterval(-40 * 86_400))
            try await FeedbackFixtures.receive(app, summary: "Wi-Fi หลุด", at: pinnedNow)
            try await AuditLog.record(.memberRead, by: AuditActor(username: "admin", role: "admin"), subject: member.cardNumber, at: pinnedNow, on: app.db)
            let admin = try await TestStaff.browser(.admin, on: app)
            try await admin.get(SiteRoute.home.href + "?lang=th")
            let exports: [(String, String)] = [
                ("unclaimed", SiteRoute.unclaimedReport(.init(["format": "csv", "asOf": "2026-11-23"])).href),
                ("deposit totals", SiteRoute.depositsReport(.init(["format": "csv", "from": "2025-10-01", "to": "2026-11-30"])).href),
                ("reminders", SiteRoute.remindersReport(.init(["format": "csv", "by": "week"])).href),
                ("access log", SiteRoute.auditLog(.init(["format": "csv"])).href),
                ("Complaint_01", SiteRoute.complaintsMonthly(.init(["month": "2026-10", "format": "csv", "part": "01"])).href),
                ("Complaint_02", SiteRoute.complaintsMonthly(.init(["month": "2026-10", "format": "csv", "part": "02"])).href),
                ("quarterly", SiteRoute.complaintsQuarterly(.init(["quarter": "2026-Q4", "format": "csv"])).href),
                ("members", SiteRoute.members(.init(["format": "csv"])).href),
                ("complaints", SiteRoute.complaints(.init(["status": "all", "format": "csv"])).href),
            ]
            for (name, href) in exports {
                let response = try await admin.get(href)
                #expect(response.status == .ok, "\(name)")
                let cells = try Self.csvRecords(response).flatMap { $0 }
                for cell in cells {
                    if let problem = Self.problem(cell) { Issue.record("\(name): “\(cell)” is \(problem)") }
                }
                #expect(cells.contains { $0.wholeMatch(of: /\d{4}-\d{2}(-\d{2})?( \d{2}:\d{2})?/) != nil } || name == "reminders" || name == "Complaint_02"
                        || name == "quarterly", "\(name) has dates, written as ISO")
            }
            let unclaimed = try Self.csvRecords(try await admin.get(exports[0].1))
            #expect(unclaimed[1][2] == "2026-06-30" && unclaimed[1][6] == "false")
            let listing = try Self.csvRecords(try await admin.get(exports[4].1))
            #expect(listing.dropFirst().map { $0[0] } == [item.reference] && listing[1][1] == "2026-10-14")
        }
    }

    // MARK: Links and print buttons

    @Test func listedMembersAndComplaintsLinkToTheirPagesAndReportsPrint() async throws {
        try await withTestApp { app in
            let (member, _) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let item = try await FeedbackFixtures.complaint(app, track: .needsBudget, at: pinnedNow.addingTimeInterval(-40 * 86_400))
            let head = try await TestStaff.browser(.head, on: app)
            let unclaimed = try await head.get(SiteRoute.unclaimedReport(.init(["asOf": "2026-11-23"])).href).body.string
            #expect(unclaimed.contains("<a href=\"\(SiteRoute.member(try member.requireID()).href)\">\(member.cardNumber)</a>"))
            #expect(unclaimed.contains("data-print"))
            let monthly = try await head.get(SiteRoute.complaintsMonthly(.init(["month": "2026-10"])).href).body.string
            #expect(monthly.contains("<a href=\"\(SiteRoute.complaint(try item.requireID()).href)\">\(item.reference)</a>"))
            let quarterly = try await head.get(SiteRoute.complaintsQuarterly(.init(["quarter": "2026-Q4"])).href).body.string
            #expect(quarterly.contains("<a href=\"\(SiteRoute.complaint(try item.requireID()).href)\">\(item.reference)</a>"), "the open track-4 item")
            for href in [SiteRoute.depositsReport().href, SiteRoute.indicators().href, SiteRoute.forfeitures.href, SiteRoute.remindersReport().href] {
                #expect(try await head.get(href).body.string.contains("data-print"), "\(href) has a print button")
            }
        }
    }

    // MARK: Forms keep what was typed

    @Test func theTemplatePreviewShowsAndKeepsTheTypedTextAndSavesNothing() async throws {
        try await withTestApp { app in
            let admin = try await TestStaff.browser(.admin, on: app)
            let href = SiteRoute.template(kind: ReminderKind.refund.rawValue, channel: ContactChannel.email.rawValue, language: Language.th.rawValue).href
            try await admin.get(href)
            let source = DefaultTemplates.source(kind: .refund, channel: .email, language: .th)
            let typed = source.body + "\nบรรทัดใหม่ที่พิมพ์ <ยังไม่บันทึก> & ทดลอง"
            let preview = try await admin.post(href, form: [("subject", "หัวเรื่องใหม่ {{card_number}}"), ("body", typed), ("intent", "preview"), ("card", "")])
            #expect(preview.status == .ok)
            let html = preview.body.string
            #expect(html.contains("บรรทัดใหม่ที่พิมพ์ &lt;ยังไม่บันทึก&gt; &amp; ทดลอง</textarea>"), "the typed body is in the form again")
            #expect(html.contains("value=\"หัวเรื่องใหม่ {{card_number}}\""), "and the typed subject")
            let shown = try #require(html.range(of: "<pre class=\"message\">").map { String(html[$0.upperBound...].prefix(4000)) })
            #expect(shown.contains("บรรทัดใหม่ที่พิมพ์"), "the preview renders the typed text")
            #expect(html.contains("id=\"preview-unsaved\""))
            #expect(try await MessageTemplateRecord.query(on: app.db).count() == 0, "a preview saves nothing")

            let refused = try await admin.post(href, form: [("subject", "x"), ("body", "{{no_such_placeholder}} ข้อความยาว"), ("intent", "preview")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("{{no_such_placeholder}} ข้อความยาว</textarea>"))
        }
    }
}
