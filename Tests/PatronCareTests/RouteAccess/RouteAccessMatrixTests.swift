import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Every route × every role, generated from `app.routes.all`: each route allows exactly the roles
/// `RouteAccessTable` names, and nothing the committee may open — pages, CSVs, receipts, API —
/// contains a seeded member's, proxy's or complainant's name, phone, e-mail, address or ID number.
@Suite struct RouteAccessMatrixTests {
    typealias Who = RouteAccessTable.Who

    /// Real rows for every path parameter, and the personal data the committee must never see.
    struct Seed {
        var parameters: [String: String] = [:]
        var secrets: [String] = []
        /// Other spellings of a secret (a number without its dashes): checked, but not expected on any page.
        var otherSpellings: Set<String> = ["089-876-5432", "1101700230708"]
    }

    static func seed(_ app: Application) async throws -> Seed {
        var seed = Seed()
        for role in StaffRole.allCases { try await TestStaff.create(role, on: app) }
        // An imported-looking member: addresses and contacts, no consent flags, expired in June.
        let draft = MemberDraft(
            cardNumber: "EXA-700", firstNameTh: "วิไลวรรณ", lastNameTh: "ศรีสุขสันต์", firstNameEn: "Wilaiwan", lastNameEn: "Srisuksan",
            segment: .pa1, membershipType: .externalA, enrolledOn: CivilDate(year: 2019, month: 7, day: 1)!,
            expiresOn: CivilDate(year: 2026, month: 6, day: 30)!, email: "wilaiwan.s@example.org", mobile: "0898765432",
            addressLine1: "77/5 ถนนสุเทพ", addressLine2: "ซอยวัดอุโมงค์", addressLine3: "ต.สุเทพ อ.เมืองเชียงใหม่", postcode: "50200")
        let member = try await MemberFixtures.store(draft, on: app)
        let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
        let deposit = try await store.receive(member: member, amount: Satang(100_000), paymentMethod: .cash, counter: "Counter 1", note: "",
                                              by: DepositFixtures.staff, role: .counter, at: pinnedNow.addingTimeInterval(-400 * 86_400),
                                              idempotencyKey: UUID().uuidString).deposit
        let other = MemberDraft(
            cardNumber: "EXA-701", firstNameTh: "ประเสริฐ", lastNameTh: "มั่นคงดี", segment: .pa1, membershipType: .externalA,
            enrolledOn: CivilDate(year: 2019, month: 7, day: 1)!, expiresOn: CivilDate(year: 2025, month: 1, day: 31)!,
            mobile: "0623334444", addressLine1: "5 หมู่ 9 บ้านหนองหอย", postcode: "50000")
        let held = try await MemberFixtures.store(other, on: app)
        _ = try await store.receive(member: held, amount: Satang(100_000), paymentMethod: .cash, counter: "Counter 1", note: "",
                                    by: DepositFixtures.staff, role: .counter, at: pinnedNow.addingTimeInterval(-700 * 86_400), idempotencyKey: UUID().uuidString)

        // A proxy collects with a scanned letter (sealed ID number, a document with a scan).
        let counter = TestBrowser(app)
        try await counter.signIn("counter")
        try await counter.get("/deposits/\(try deposit.requireID())/refund")
        let paid = try await counter.upload("/deposits/\(try deposit.requireID())/refund", fileField: "proxyLetterScan", filename: "letter.pdf",
                                            data: try UploadFixtures.bytes("letter.pdf"),
                                            form: DepositFixtures.refundForm() + ProxyRefundTests.proxyFields)
        #expect(paid.status == .seeOther, "\(paid.body.string.prefix(500))")
        let document = try #require(try await MemberDocument.query(on: app.db).filter(\.$storedFile != nil).first())
        let refund = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .refunded).first())

        // A complaint from a person who left contacts, with a photo.
        let visitor = TestBrowser(app)
        try await visitor.get("/feedback")
        let sent = try await visitor.upload("/feedback", fileField: "attachment", filename: "aircon.png", data: try UploadFixtures.bytes("scan.png"),
                                            form: [("kind", "complaint"), ("service", "study-spaces"), ("summary", "แอร์ไม่เย็น"),
                                                   ("details", "ชั้น 2 ร้อนมาก"), ("website", ""), ("contactName", "กมลา ทองประเสริฐ"),
                                                   ("contactEmail", "kamala.t@example.org"), ("contactPhone", "0861112222"),
                                                   ("contactChannel", "email"), ("consent", "on")])
        #expect(sent.status == .seeOther, "\(sent.body.string.prefix(500))")
        let item = try #require(try await FeedbackItem.query(on: app.db).first())
        let attachment = try #require(try await FeedbackAttachment.query(on: app.db).first())

        // A reminder in the outbox, and an MT meeting day.
        _ = try await Outbox.enqueue(OutboxDraft(dedupeKey: "matrix/1", purpose: "renewal", memberID: try member.requireID(),
                                                 recipientName: draft.displayName, channel: .email, address: draft.email, language: .th,
                                                 subject: "ต่ออายุสมาชิก", body: "เรียน \(draft.displayName) ที่อยู่ \(draft.addressLine1)",
                                                 notBefore: pinnedNow), now: pinnedNow, on: app.db)
        let message = try #require(try await OutboxMessage.query(on: app.db).first())
        let meeting = CommitteeMeetingDay()
        meeting.day = "2026-12-15"
        meeting.note = ""
        meeting.recordedBy = "head"
        try await meeting.create(on: app.db)

        seed.parameters = [
            "memberID": try member.requireID().uuidString, "documentID": try document.requireID().uuidString,
            "depositID": try deposit.requireID().uuidString, "entryID": try refund.requireID().uuidString, "itemID": try item.requireID().uuidString,
            "attachmentID": try attachment.requireID().uuidString, "messageID": try message.requireID().uuidString,
            "meetingID": try meeting.requireID().uuidString, "reference": item.reference,
            "batchID": UUID().uuidString, "staffID": UUID().uuidString, "token": "AAAAAAAAAAAAAAAAAAAAAA",
            "kind": ReminderKind.renewal.rawValue, "channel": ContactChannel.email.rawValue, "language": "th",
        ]
        seed.secrets = ["วิไลวรรณ", "ศรีสุขสันต์", "Wilaiwan", "Srisuksan", "wilaiwan.s@example.org", "0898765432", "089-876-5432",
                        "77/5 ถนนสุเทพ", "ซอยวัดอุโมงค์", "ต.สุเทพ อ.เมืองเชียงใหม่", "ประเสริฐ", "มั่นคงดี",
                        "สมศรี", "1-1017-00230-70-8", "1101700230708",
                        "กมลา", "ทองประเสริฐ", "kamala.t@example.org", "0861112222"]
        return seed
    }

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    static func urls(for key: String, _ seed: Seed) -> [String] {
        let path = String(key.split(separator: " ", maxSplits: 1)[1])
        let filled = path.split(separator: "/", omittingEmptySubsequences: true).map { part in
            part.hasPrefix(":") ? seed.parameters[String(part.dropFirst()), default: "missing-\(part)"] : String(part)
        }
        let base = "/" + filled.joined(separator: "/")
        return [base] + (RouteAccessTable.variants[key] ?? []).map { base + $0 }
    }

    /// Refused: 403; 401 (except a failed sign-in, which is the sign-in page's own answer); or sent
    /// to the sign-in page (except by signing out, which always goes there).
    static func isRefused(_ response: TestingHTTPResponse, key: String) -> Bool {
        if response.status == .forbidden { return true }
        if response.status == .unauthorized { return key != "POST /login" }
        if (300..<400).contains(response.status.code), response.headers.first(name: .location) == "/login" { return key != "POST /logout" }
        return false
    }

    static func browser(_ who: Who, on app: Application) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        if let role = who.role {
            try await browser.signIn(role.rawValue)
        } else {
            try await browser.get("/feedback")
        }
        try await browser.get("/feedback")  // a page with a form: the browser holds a form token
        return browser
    }

    @Test func everyRouteAllowsExactlyItsRolesAndTheCommitteeSeesNoPersonalData() async throws {
        try await withTestApp { app in
            let seed = try await Self.seed(app)
            let keys = app.routes.all.map(Self.key)
            let missing = keys.filter { RouteAccessTable.rules[$0] == nil }
            #expect(missing.isEmpty, "routes without a row in RouteAccessTable: \(missing)")
            let stale = Set(RouteAccessTable.rules.keys).subtracting(keys)
            #expect(stale.isEmpty, "rows in RouteAccessTable for routes the app does not have: \(stale.sorted())")

            var browsers: [Who: TestBrowser] = [:]
            for who in Who.allCases { browsers[who] = try await Self.browser(who, on: app) }
            var committeeSaw: [(String, String)] = []
            var headSaw = ""
            var checked = 0
            // Signing out last, so the sessions stay for the other routes.
            for key in keys.sorted(by: { ($0 == "POST /logout" ? 1 : 0, $0) < ($1 == "POST /logout" ? 1 : 0, $1) }) {
                guard let allowed = RouteAccessTable.rules[key] else { continue }
                for who in Who.allCases {
                    for url in Self.urls(for: key, seed) {
                        let browser = browsers[who]!
                        let response = key.hasPrefix("GET ")
                            ? try await browser.get(url)
                            : try await browser.post(url, form: [])
                        let refused = Self.isRefused(response, key: key)
                        #expect(refused != allowed.contains(who),
                                "\(key) as \(who): \(response.status.code) — the table says \(allowed.contains(who) ? "allowed" : "refused")")
                        if who == .committee && !refused { committeeSaw.append((url, response.body.string)) }
                        if who == .head && !refused { headSaw += response.body.string }
                        checked += 1
                        if key == "POST /login" || key == "POST /logout" { browsers[who] = try await Self.browser(who, on: app) }
                    }
                }
            }
            #expect(checked > Who.allCases.count * keys.count)
            #expect(committeeSaw.count > 20)
            // The seeded data is really on the pages: a head, who may see it all, finds every piece.
            let unseen = seed.secrets.filter { !seed.otherSpellings.contains($0) && !headSaw.contains($0) }
            #expect(unseen.isEmpty, "no page shows \(unseen) even to a head: the check below would prove nothing")
            for (url, body) in committeeSaw {
                let seen = seed.secrets.filter(body.contains)
                #expect(seen.isEmpty, "the committee saw \(seen) at \(url)")
            }
        }
    }
}
