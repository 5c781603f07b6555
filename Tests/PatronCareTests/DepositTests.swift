import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import VaporTesting
@testable import PatronCare

@Suite struct DepositTests {
    @Test func takingADepositIssuesAReceiptWithTheClaimDeadlineInTheBuddhistEra() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-001", expires: CivilDate(year: 2027, month: 11, day: 22)!), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.member(try member.requireID()).href + "?lang=th")
            #expect(page.body.string.contains("value=\"1,000.00\""), "type A's deposit is pre-filled")
            let key = UUID().uuidString
            let response = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href, form: [
                ("amount", "1,000"), ("paymentMethod", "cash"), ("counter", "Counter 1"), ("idempotencyKey", key)])
            #expect(response.status == .seeOther)
            let deposit = try #require(try await Deposit.query(on: app.db).first())
            #expect(deposit.receiptNumber == "2570/000001", "FY 2570 starts 1 Oct 2026")
            #expect(deposit.balanceSatang == 100_000)
            #expect(deposit.lastClaimDay == "2028-11-22", "expiry + 12 months")
            let receipt = try await browser.get(try #require(response.headers.first(name: .location)))
            #expect(receipt.body.string.contains("หนึ่งพันบาทถ้วน"))
            #expect(receipt.body.string.contains("ขอรับเงินประกันคืนได้ภายในวันที่ 22 พฤศจิกายน พ.ศ. 2571"))
            #expect(receipt.body.string.contains("2570/000001"))
        }
    }

    @Test func aRetriedDepositFormTakesTheMoneyOnce() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-002"), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.member(try member.requireID()).href)
            let form = [("amount", "1000"), ("paymentMethod", "promptpay"), ("idempotencyKey", UUID().uuidString)]
            let first = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href, form: form)
            let second = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href, form: form)
            #expect(first.headers.first(name: .location) == second.headers.first(name: .location))
            #expect(try await Deposit.query(on: app.db).count() == 1)
            #expect(try await DepositFixtures.ledgerCount(app) == 1)
        }
    }

    @Test(arguments: ["0", "-100", "abc", "1.234"])
    func aBadAmountIsRefusedAndNothingWritten(amount: String) async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-003"), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.member(try member.requireID()).href)
            let response = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href, form: [
                ("amount", amount), ("paymentMethod", "cash"), ("idempotencyKey", UUID().uuidString)])
            #expect(response.status == .unprocessableEntity)
            #expect(try await Deposit.query(on: app.db).count() == 0)
            #expect(try await DepositFixtures.ledgerCount(app) == 0)
        }
    }

    @Test func receiptNumbersRunOnWithinAFiscalYearAndNeverRepeat() async throws {
        try await withTestApp { app in
            var numbers: [String] = []
            for n in 1...3 {
                let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit("EXA-01\(n)", on: app)
                numbers.append(deposit.receiptNumber)
            }
            #expect(numbers == ["2569/000001", "2569/000002", "2569/000003"], "received in May 2026: FY 2569")
        }
    }

    @Test func theCounterPaysARefundWithDocumentsAndTheLedgerBalancesToZero() async throws {
        try await withTestApp { app in
            let (member, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let form = try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            #expect(form.body.string.contains("Original receipt"))
            let response = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm())
            #expect(response.status == .seeOther)
            let stored = try #require(try await Deposit.find(deposit.requireID(), on: app.db))
            #expect(stored.balanceSatang == 0)
            let entries = try await LedgerEntryRecord.query(on: app.db).sort(\.$recordedAt).all()
            #expect(entries.map(\.kind) == [.received, .refunded])
            #expect(entries.map(\.balanceEffectSatang).reduce(0, +) == 0)
            let refund = try #require(entries.last)
            #expect(refund.recordedByID == "counter")
            #expect(refund.counter == "Counter 1")
            #expect(refund.paymentMethod == .cash)
            #expect(refund.documents == "id-card-copy,original-receipt")
            let filed = try await MemberDocument.query(on: app.db).filter(\.$member.$id == member.requireID()).count()
            #expect(filed == 2, "ticked documents are stored on the member record")
        }
    }

    @Test func aSecondRefundOfTheSameDepositIsRefused() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href)
            _ = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm())
            let again = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm())
            #expect(again.status == .unprocessableEntity)
            #expect(try await DepositFixtures.ledgerCount(app) == 2)
        }
    }

    @Test func aRetriedRefundWithTheSameKeyPaysOnce() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let key = UUID().uuidString
            let first = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm(key: key))
            let second = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm(key: key))
            #expect(first.status == .seeOther)
            #expect(second.status == .seeOther)
            let page = try await browser.get(try #require(second.headers.first(name: .location)))
            #expect(page.body.string.contains("already paid; nothing was paid twice"))
            #expect(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .refunded).count() == 1)
        }
    }

    @Test func aRefundAboveTheBalanceIsRefused() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let response = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href,
                                                  form: DepositFixtures.refundForm(extra: [("amount", "1,500")]))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("nothing was recorded"))
            #expect(try await DepositFixtures.ledgerCount(app) == 1)
        }
    }

    @Test func refundsOutsideCounterHoursAreRefusedWithTheOpeningTime() async throws {
        let sundayMorning = Date(timeIntervalSince1970: 1_795_222_800) // Sunday 22 Nov 2026 10:00 Bangkok
        try await withTestApp(now: sundayMorning) { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let response = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm())
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("08:00"))
            #expect(try await DepositFixtures.ledgerCount(app) == 1)
        }
    }

    @Test func missingDocumentsAndAnIncompleteProxyAreEachNamed() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let response = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: [
                ("paymentMethod", "cash"), ("collector", "proxy"), ("proxyName", "สมศรี ใจดี"), ("idempotencyKey", UUID().uuidString),
                ("documents[]", "original-receipt")])
            #expect(response.status == .unprocessableEntity)
            let body = response.body.string
            #expect(body.contains("ID card"))
            #expect(body.contains("authorisation letter"))
            #expect(try await DepositFixtures.ledgerCount(app) == 1)
        }
    }

    @Test func pastTheDeadlineOnlyAHeadWithAReasonMayPay() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(expires: CivilDate(year: 2025, month: 6, day: 30)!, on: app)
            let counter = try await TestStaff.browser(.counter, on: app)
            try await counter.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let refused = try await counter.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm())
            #expect(refused.status == .unprocessableEntity)
            let counterOverride = try await counter.post(SiteRoute.depositRefund(try deposit.requireID()).href,
                                                         form: DepositFixtures.refundForm(extra: [("overrideReason", "member was in hospital")]))
            #expect(counterOverride.status == .unprocessableEntity)
            #expect(try await DepositFixtures.ledgerCount(app) == 1)

            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(SiteRoute.depositRefund(try deposit.requireID()).href)
            let paid = try await head.post(SiteRoute.depositRefund(try deposit.requireID()).href,
                                           form: DepositFixtures.refundForm(extra: [("overrideReason", "member was in hospital")]))
            #expect(paid.status == .seeOther)
            let refund = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .refunded).first())
            #expect(refund.overrideReason.contains("member was in hospital"))
        }
    }

    @Test func theLedgerTableRefusesUpdatesAndDeletes() async throws {
        try await withTestApp { app in
            try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE ledger_entries SET amount_satang = 1").run()
            }
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM ledger_entries").run()
            }
            #expect(try await LedgerEntryRecord.query(on: app.db).first()?.amountSatang == 100_000)
        }
    }

    @Test func theDatabaseRefusesANegativeBalance() async throws {
        try await withTestApp { app in
            try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("UPDATE deposits SET balance_satang = -1").run()
            }
        }
    }

    @Test func aHeadCorrectsAMistypedReceiptWithAReasonAndTheBalanceFollows() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(amount: Satang(1_000_000), on: app)
            let received = try #require(try await LedgerEntryRecord.query(on: app.db).first())
            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(SiteRoute.deposit(try deposit.requireID()).href)
            let response = try await head.post(SiteRoute.depositCorrections(try deposit.requireID()).href, form: [
                ("entryID", try received.requireID().uuidString), ("amount", "9,000"), ("direction", "decrease"),
                ("reason", "keyed 10,000 instead of 1,000"), ("idempotencyKey", UUID().uuidString)])
            #expect(response.status == .seeOther)
            #expect(try await Deposit.find(deposit.requireID(), on: app.db)?.balanceSatang == 100_000)
            #expect(try await DepositFixtures.ledgerCount(app) == 2)

            let counter = try await TestStaff.browser(.counter, on: app)
            try await counter.get(SiteRoute.deposit(try deposit.requireID()).href)
            let refused = try await counter.post(SiteRoute.depositCorrections(try deposit.requireID()).href, form: [
                ("entryID", try received.requireID().uuidString), ("amount", "1"), ("direction", "decrease"),
                ("reason", "x"), ("idempotencyKey", UUID().uuidString)])
            #expect(refused.status == .forbidden)
        }
    }
}

@Suite struct ProxyRefundTests {
    static let proxyFields: [(String, String)] = [
        ("collector", "proxy"), ("proxyName", "สมศรี ใจดี"), ("proxyIDNumber", "1-1017-00230-70-8"), ("proxyLetterDate", "2026-11-20"),
        ("documents[]", "authorisation-letter"), ("documents[]", "proxy-id-card-copy"),
    ]

    @Test func aProxyCollectsWithTheLetterScanFiledOnTheMemberRecord() async throws {
        try await withTestApp { app in
            let (member, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let pdf = Array("%PDF-1.4\n% authorisation letter\n".utf8)
            let response = try await browser.upload(SiteRoute.depositRefund(try deposit.requireID()).href, fileField: "proxyLetterScan",
                                                    filename: "letter.pdf", data: pdf,
                                                    form: DepositFixtures.refundForm() + Self.proxyFields)
            #expect(response.status == .seeOther, "\(response.body.string.prefix(2000))")
            let refund = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .refunded).first())
            #expect(refund.proxyName == "สมศรี ใจดี")
            #expect(refund.proxyLetterDate == "2026-11-20")
            let letter = try #require(try await MemberDocument.query(on: app.db).filter(\.$kind == .proxyLetter).first())
            let stored = try #require(letter.storedFile)
            #expect(FileManager.default.contents(atPath: ScanStore(directory: app.config.uploadsDirectory).path(of: stored)) == Data(pdf))
            let scan = try await browser.get(SiteRoute.memberDocumentScan(try member.requireID(), document: try letter.requireID()).href)
            #expect(scan.status == .ok)
            #expect(scan.body.string.hasPrefix("%PDF-1.4"))
            let committee = try await TestStaff.browser(.committee, on: app)
            #expect(try await committee.get(SiteRoute.memberDocumentScan(try member.requireID(), document: try letter.requireID()).href).status == .forbidden)
        }
    }

    @Test func aScanThatIsNotAnImageOrPDFIsRefusedAndNothingPaid() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let response = try await browser.upload(SiteRoute.depositRefund(try deposit.requireID()).href, fileField: "proxyLetterScan",
                                                    filename: "letter.pdf", data: Array("<script>alert(1)</script>".utf8),
                                                    form: DepositFixtures.refundForm() + Self.proxyFields)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("must be an image (JPEG, PNG) or a PDF"))
            #expect(try await DepositFixtures.ledgerCount(app) == 1)
            #expect(try await MemberDocument.query(on: app.db).count() == 0)
        }
    }

    @Test func aProxyWithoutTheLettersDateOrAValidIDIsRefused() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            let fields = Self.proxyFields.filter { $0.0 != "proxyLetterDate" && $0.0 != "proxyIDNumber" } + [("proxyIDNumber", "1234567890123")]
            let response = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm() + fields)
            #expect(response.status == .unprocessableEntity)
            #expect(try await DepositFixtures.ledgerCount(app) == 1)
        }
    }
}
