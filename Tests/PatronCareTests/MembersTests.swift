import Fluent
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

@Suite struct MembersTests {
    @Test func counterCreatesAMemberThroughTheForm() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href)
            let response = try await browser.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-0001"))
            #expect(response.status == .seeOther)
            let stored = try #require(try await Member.query(on: app.db).filter(\.$cardNumber == "EXA-0001").first())
            #expect(stored.draft.firstNameTh == "มาลี")
            #expect(stored.draft.mobile == "0812345678")
            #expect(stored.draft.expiresOn == CivilDate(year: 2027, month: 11, day: 22))
            #expect(stored.draft.consent == ChannelConsent(email: true))
            let page = try await browser.get(try #require(response.headers.first(name: .location)) + "?lang=th")
            #expect(page.body.string.contains("22 พ.ย. 2570"), "expiry shown in the Buddhist era")
        }
    }

    @Test func thaiStaffMayTypeBuddhistEraDates() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href)
            let response = try await browser.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-0002", overrides: [
                "enrolledOn": "23/11/2569", "expiresOn": "22/11/2570",
            ]))
            #expect(response.status == .seeOther)
            let stored = try #require(try await Member.query(on: app.db).filter(\.$cardNumber == "EXA-0002").first())
            #expect(stored.enrolledOn == "2026-11-23")
        }
    }

    @Test(arguments: [
        ("segment", "U9", "Unknown segment “U9”"),
        ("membershipType", "visitor", "Unknown membership type “visitor”"),
        ("email", "malee@", "E-mail address “malee@” is not valid"),
        ("mobile", "12345", "Mobile number “12345” is not valid"),
        ("expiresOn", "2026-01-01", "is before the enrolment date"),
        ("enrolledOn", "31/02/2569", "is not a valid date"),
        ("postcode", "5020", "Postcode “5020” must be 5 digits"),
    ])
    func badInputIsRefusedWithAClearMessageAndNothingStored(field: String, value: String, message: String) async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href + "?lang=en")
            let response = try await browser.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-0003", overrides: [field: value]))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(message))
            #expect(response.body.string.contains("Nothing was saved"))
            #expect(try await Member.query(on: app.db).count() == 0)
        }
    }

    @Test func errorsAreShownInThai() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href + "?lang=th")
            let response = try await browser.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-0004", overrides: ["email": "not-an-email"]))
            #expect(response.body.string.contains("อีเมล “not-an-email” ไม่ถูกต้อง"))
        }
    }

    @Test func duplicateCardNumberIsRefusedAndTheFirstMemberKept() async throws {
        try await withTestApp { app in
            try await MemberFixtures.store(MemberFixtures.draft("EXA-0005", firstNameTh: "คนแรก"), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href + "?lang=en")
            let response = try await browser.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-0005"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Card number EXA-0005 already belongs to another member."))
            let members = try await Member.query(on: app.db).all()
            #expect(members.count == 1)
            #expect(members.first?.firstNameTh == "คนแรก")
        }
    }

    @Test func editingChangesTheMemberAndKeepsItsCard() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-0006"), on: app)
            let id = try member.requireID()
            let browser = try await TestStaff.browser(.counter, on: app)
            let edit = try await browser.get(SiteRoute.memberEdit(id).href)
            #expect(edit.status == .ok)
            #expect(edit.body.string.contains("value=\"EXA-0006\""))
            let response = try await browser.post(SiteRoute.member(id).href, form: MemberFixtures.form("EXA-0006", overrides: ["status": "suspended"]))
            #expect(response.status == .seeOther)
            let stored = try #require(try await Member.find(id, on: app.db))
            #expect(stored.status == .suspended)
            #expect(stored.firstNameTh == "มาลี")
            #expect(try await Member.query(on: app.db).count() == 1)
        }
    }

    @Test func editToAnotherMembersCardIsRefused() async throws {
        try await withTestApp { app in
            try await MemberFixtures.store(MemberFixtures.draft("EXA-0007"), on: app)
            let second = try await MemberFixtures.store(MemberFixtures.draft("EXA-0008"), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href)
            let response = try await browser.post(SiteRoute.member(try second.requireID()).href, form: MemberFixtures.form("EXA-0007"))
            #expect(response.status == .unprocessableEntity)
            #expect(try await Member.find(second.requireID(), on: app.db)?.cardNumber == "EXA-0008")
        }
    }

    @Test func listSearchesFiltersAndPaginates() async throws {
        try await withTestApp { app in
            for n in 1...60 {
                try await MemberFixtures.store(MemberFixtures.draft(String(format: "U1-%03d", n), segment: .u1, type: .student,
                                                                  expires: pinnedToday.adding(days: n)), on: app)
            }
            try await MemberFixtures.store(MemberFixtures.draft("PA3-001", segment: .pa3, type: .externalB, firstNameTh: "วิไลวรรณ"), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)

            let first = try await browser.get(SiteRoute.members().href + "?lang=en")
            #expect(first.body.string.contains("Found: 61"))
            #expect(first.body.string.contains("Page 1 / 2"))
            let second = try await browser.get(SiteRoute.members().href + "?page=2")
            #expect(second.body.string.contains("U1-060") || second.body.string.contains("PA3-001"))
            #expect(!second.body.string.contains(">U1-001<"))

            let search = try await browser.get(SiteRoute.members().href + "?q=%E0%B8%A7%E0%B8%B4%E0%B9%84%E0%B8%A5") // "วิไล"
            #expect(search.body.string.contains("PA3-001"))
            #expect(!search.body.string.contains("U1-001"))

            let segment = try await browser.get(SiteRoute.members().href + "?segment=Pa3")
            #expect(segment.body.string.contains("Found: 1"))

            let window = try await browser.get(SiteRoute.members().href + "?expiringWithin=10")
            #expect(window.body.string.contains("Found: 10"))

            let range = try await browser.get(SiteRoute.members().href + "?expiresFrom=2026-11-25&expiresTo=27/11/2569")
            #expect(range.body.string.contains("Found: 3"))

            let asABrowserSendsIt = try await browser.get(SiteRoute.members().href + "?q=PA3&segment=&type=&status=&expiresFrom=&expiresTo=&expiringWithin=")
            #expect(asABrowserSendsIt.status == .ok, "empty filter boxes are ignored")
            #expect(asABrowserSendsIt.body.string.contains("Found: 1"))
        }
    }

    @Test func anEmptyRegistryListsNothingWithoutError() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            let list = try await browser.get(SiteRoute.members().href + "?lang=en")
            #expect(list.status == .ok)
            #expect(list.body.string.contains("No members match these filters."))
            let home = try await browser.get(SiteRoute.home.href)
            #expect(home.status == .ok)
        }
    }

    @Test func committeeSeesMembersWithoutTheirPersonalData() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-0009", email: "private@example.org"), on: app)
            let browser = try await TestStaff.browser(.committee, on: app)
            let list = try await browser.get(SiteRoute.members().href)
            #expect(list.body.string.contains("EXA-0009"))
            #expect(!list.body.string.contains("สมชาย"))
            let page = try await browser.get(SiteRoute.member(try member.requireID()).href)
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("private@example.org"))
            #expect(try await browser.get(SiteRoute.memberNew.href).status == .forbidden)
        }
    }

    @Test func memberTextIsEscapedNotExecuted() async throws {
        try await withTestApp { app in
            var draft = MemberFixtures.draft("EXA-0010")
            draft.notes = "<script>alert('x')</script>"
            let member = try await MemberFixtures.store(draft, on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.member(try member.requireID()).href)
            #expect(!page.body.string.contains("<script>alert"))
            #expect(page.body.string.contains("&lt;script&gt;"))
        }
    }

    @Test func documentsOnFileAreRecordedWithWhoAndWhen() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-0011"), on: app)
            let id = try member.requireID()
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.member(id).href)
            let response = try await browser.post(SiteRoute.memberDocuments(id).href, form: [
                ("name", "สำเนาบัตรประชาชน"), ("kind", "id-card-copy"), ("datedOn", "2026-11-20"),
            ])
            #expect(response.status == .seeOther)
            let documents = try await MemberDocument.query(on: app.db).all()
            #expect(documents.count == 1)
            #expect(documents.first?.recordedBy == "counter")
            let page = try await browser.get(SiteRoute.member(id).href + "?lang=th")
            #expect(page.body.string.contains("20 พ.ย. 2569"))
        }
    }

    @Test func unknownMemberIsANotFoundPage() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            let response = try await browser.get(SiteRoute.member(UUID()).href + "?lang=en")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("No such member."))
        }
    }
}
