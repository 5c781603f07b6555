import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import Vapor
@testable import PatronCare

/// The committee sees no personal data on any page, receipt or CSV; proxies' ID numbers are sealed
/// at rest and shown by role; search by contact is only for roles that may see contacts.
@Suite struct PrivacyTests {
    static let proxyID = "1-1017-00230-70-8"
    static let proxyDigits = "1101700230708"

    /// A proxy refund paid at the counter, as in `DepositTests`.
    static func payProxyRefund(_ app: Application) async throws -> (Member, Deposit) {
        let (member, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
        let counter = try await TestStaff.browser(.counter, on: app)
        try await counter.get(SiteRoute.depositRefund(try deposit.requireID()).href)
        let paid = try await counter.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm() + ProxyRefundTests.proxyFields)
        #expect(paid.status == .seeOther, "\(paid.body.string.prefix(1000))")
        return (member, deposit)
    }

    @Test func theProxysIDNumberIsSealedInTheDatabaseAndShownByRole() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await Self.payProxyRefund(app)
            let rows = try await (app.db as! any SQLDatabase).select().column("proxy_id_number").from("ledger_entries")
                .where("kind", .equal, SQLBind("refunded")).all()
            let stored = try rows[0].decode(column: "proxy_id_number", as: String.self)
            #expect(stored.hasPrefix("aes1:"))
            #expect(!stored.contains(Self.proxyDigits) && !stored.contains("0708"))
            #expect(try app.config.dataCipher.open(stored) == Self.proxyID)
            let filed = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "member.document").first())
            #expect(filed.actor == "counter" && filed.details.contains("authorisation-letter"))

            let path = "/deposits/\(try deposit.requireID())"
            let counter = TestBrowser(app)
            try await counter.signIn("counter")
            let counterPage = try await counter.get(path).body.string
            #expect(counterPage.contains("สมศรี ใจดี (•••••••••0708)"))
            #expect(!counterPage.contains(Self.proxyID) && !counterPage.contains(Self.proxyDigits))

            let head = try await TestStaff.browser(.head, on: app)
            #expect(try await head.get(path).body.string.contains("สมศรี ใจดี (\(Self.proxyID))"))

            let committee = try await TestStaff.browser(.committee, on: app)
            let committeePage = try await committee.get(path).body.string
            #expect(!committeePage.contains("สมศรี") && !committeePage.contains("0708") && !committeePage.contains("สมชาย"))
            #expect(committeePage.contains("ส••• ใ••"))
        }
    }

    @Test func theCommitteesReceiptAndUnclaimedCSVShowNoNames() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit("EXA-200", on: app)
            let committee = try await TestStaff.browser(.committee, on: app)
            let receipt = try await committee.get(SiteRoute.depositReceipt(try deposit.requireID()).href)
            #expect(receipt.status == .ok)
            #expect(!receipt.body.string.contains("สมชาย") && !receipt.body.string.contains("ใจดี"))
            #expect(receipt.body.string.contains("ส••••"))

            let csv = try await committee.get(SiteRoute.unclaimedReport().href + "?format=csv&asOf=2026-11-23")
            #expect(csv.status == .ok)
            #expect(csv.body.string.contains("EXA-200"))
            #expect(!csv.body.string.contains("สมชาย") && !csv.body.string.contains("ใจดี"))

            let head = try await TestStaff.browser(.head, on: app)
            #expect(try await head.get(SiteRoute.unclaimedReport().href + "?format=csv&asOf=2026-11-23").body.string.contains("สมชาย ใจดี"))
        }
    }

    @Test func theCommitteeCannotFindAMemberByPhoneEmailOrName() async throws {
        try await withTestApp { app in
            var draft = MemberFixtures.draft("EXA-300", email: "somchai.j@example.org")
            draft.mobile = "0812345678"
            try await MemberFixtures.store(draft, on: app)
            let committee = try await TestStaff.browser(.committee, on: app)
            for query in ["0812345678", "somchai.j@example.org", "สมชาย", "Jaidee"] {
                let page = try await committee.get(SiteRoute.members().href + "?q=\(TestBrowser.encode(query))").body.string
                #expect(!page.contains("EXA-300"), "the committee found a member by “\(query)”")
            }
            #expect(try await committee.get(SiteRoute.members().href + "?q=exa-300").body.string.contains("EXA-300"))
            let counter = try await TestStaff.browser(.counter, on: app)
            #expect(try await counter.get(SiteRoute.members().href + "?q=0812345678").body.string.contains("EXA-300"))
        }
    }

    @Test func theMigrationSealsProxyNumbersStoredInPlainText() async throws {
        try await withTestApp { app in
            let (member, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            // A row as the ledger wrote it before numbers were sealed.
            let entry = LedgerEntry.refunded(id: UUID(), depositID: try deposit.requireID(), amount: Satang(100_000), by: DepositFixtures.staff,
                                             at: pinnedNow, counter: "Counter 1", paymentMethod: .cash)
            let legacy = LedgerEntryRecord(entry, memberID: try member.requireID(), idempotencyKey: nil)
            legacy.proxyName = "สมศรี ใจดี"
            legacy.proxyIDNumber = Self.proxyID
            try await legacy.create(on: app.db)

            try await UpdateLedgerEntrySealProxyIDNumber(cipher: app.config.dataCipher).prepare(on: app.db)
            try await UpdateLedgerEntrySealProxyIDNumber(cipher: app.config.dataCipher).prepare(on: app.db)  // again: nothing to do

            let stored = try #require(try await LedgerEntryRecord.find(entry.id, on: app.db)).proxyIDNumber
            #expect(PersonalDataCipher.isSealed(stored))
            #expect(try app.config.dataCipher.open(stored) == Self.proxyID)
            let received = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .received).first())
            #expect(received.proxyIDNumber == "")
            // The ledger is append-only again.
            await #expect(throws: (any Error).self) {
                try await (app.db as! any SQLDatabase).update("ledger_entries").set("reason", to: SQLBind("x")).run()
            }
            await #expect(throws: (any Error).self) {
                try await (app.db as! any SQLDatabase).delete(from: "ledger_entries").run()
            }
        }
    }

    @Test func aNumberSealedWithAnotherKeySaysSoInsteadOfVanishing() async throws {
        try await withTestApp { app in
            let (member, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let entry = LedgerEntry.refunded(id: UUID(), depositID: try deposit.requireID(), amount: Satang(100_000), by: DepositFixtures.staff,
                                             at: pinnedNow, counter: "Counter 1", paymentMethod: .cash)
            let record = LedgerEntryRecord(entry, memberID: try member.requireID(), idempotencyKey: nil)
            record.proxyName = "สมศรี ใจดี"
            record.proxyIDNumber = try PersonalDataCipher(base64Key: "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=").seal(Self.proxyID)
            try await record.create(on: app.db)
            let head = try await TestStaff.browser(.head, on: app)
            let page = try await head.get(SiteRoute.deposit(try deposit.requireID()).href + "?lang=en").body.string
            #expect(page.contains("สมศรี ใจดี (ID number sealed with another key (PATRONCARE_DATA_KEY))"))
            let committee = try await TestStaff.browser(.committee, on: app)
            #expect(!(try await committee.get(SiteRoute.deposit(try deposit.requireID()).href + "?lang=en").body.string.contains("sealed with another key")))
        }
    }

    @Test func anIdempotencyKeyUsedOnAnotherDepositIsRefusedNotReplayed() async throws {
        try await withTestApp { app in
            let (_, depositA) = try await DepositFixtures.expiredMemberWithDeposit("EXA-A", on: app)
            let (_, depositB) = try await DepositFixtures.expiredMemberWithDeposit("EXA-B", on: app)
            let keyOfA = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$deposit.$id == depositA.requireID()).first()?.idempotencyKey)
            let counter = try await TestStaff.browser(.counter, on: app)
            try await counter.get(SiteRoute.depositRefund(try depositB.requireID()).href + "?lang=en")
            let refund = try await counter.post(SiteRoute.depositRefund(try depositB.requireID()).href, form: DepositFixtures.refundForm(key: keyOfA))
            #expect(refund.status == .unprocessableEntity)
            #expect(refund.body.string.contains("already used for a different operation"))
            #expect(try await DepositFixtures.ledgerCount(app) == 2)
            #expect(try #require(try await Deposit.find(depositB.requireID(), on: app.db)).balanceSatang == 100_000)
        }
    }

    @Test func aHugeSurnameIsRefusedByTheFormAndTheImport() async throws {
        try await withTestApp { app in
            let counter = try await TestStaff.browser(.counter, on: app)
            try await counter.get(SiteRoute.memberNew.href + "?lang=en")
            // Within the form body limit, the field limit answers with the field's name, not the text.
            let tooLong = String(repeating: "ก", count: 5_000)
            let form = try await counter.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-900", overrides: ["lastNameTh": tooLong]))
            #expect(form.status == .unprocessableEntity)
            #expect(form.body.string.contains("Surname (Thai) is longer than 100 characters"))
            #expect(!form.body.string.contains(String(repeating: "ก", count: 101)), "the refused text is not echoed into the page")
            // A 2 MB surname is past the form body limit: refused before any handler runs.
            let huge = try await counter.post(SiteRoute.members().href, form: MemberFixtures.form("EXA-900", overrides: ["lastNameTh": String(repeating: "ก", count: 2 * 1024 * 1024)]))
            #expect(huge.status == .payloadTooLarge)
            #expect(try await Member.query(on: app.db).count() == 0)

            let surname = String(repeating: "x", count: 50 * 1024 * 1024)
            let file = try KohaPatronFile(text: "cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry\n" +
                                          "EXA-901,\(surname),Somchai,EXA,2026-01-01,2027-01-01\n")
            let report = try await MemberImporter.run(file, options: .init(), at: pinnedNow, on: app.db)
            #expect(report.refused)
            #expect(report.rejected.first?.problems.messages(.en).contains { $0.contains("longer than 100 characters") } == true)
            #expect(try await Member.query(on: app.db).count() == 0)
        }
    }
}
