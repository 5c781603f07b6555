import Foundation
import Testing
@testable import PatronCore

@Suite struct ReceiptNumberTests {
    typealias F = DepositFixture

    @Test func formatsAndParses() throws {
        let n = try #require(ReceiptNumber(fiscalYear: FiscalYear(buddhistYear: 2570), sequence: 123))
        #expect(n.description == "2570/000123")
        #expect(ReceiptNumber(parsing: "2570/000123") == n)
        #expect(ReceiptNumber(parsing: " 2570/123 ") == n)
        #expect(ReceiptNumber(parsing: "2570/999999")?.sequence == 999_999)
    }

    @Test(arguments: ["", "2570", "2570/", "2570/0000000", "257/1", "2570-000123", "2570/00012a", "2570/000000", "2570/1/2"])
    func refusesMalformed(text: String) {
        #expect(ReceiptNumber(parsing: text) == nil)
    }

    @Test func sequenceRestartsEachFiscalYear() {
        let last = ReceiptNumber(parsing: "2569/000457")
        #expect(ReceiptNumber.next(after: last, issuedOn: F.day("2026-09-30"))?.description == "2569/000458")
        #expect(ReceiptNumber.next(after: last, issuedOn: F.day("2026-10-01"))?.description == "2570/000001")
        #expect(ReceiptNumber.next(after: nil, issuedOn: F.day("2026-10-01"))?.description == "2570/000001")
    }

    @Test func neverReusesANumber() {
        // A clock gone back into an earlier fiscal year, or an exhausted sequence, gives no number.
        #expect(ReceiptNumber.next(after: ReceiptNumber(parsing: "2570/000001"), issuedOn: F.day("2026-09-30")) == nil)
        #expect(ReceiptNumber.next(after: ReceiptNumber(parsing: "2570/999999"), issuedOn: F.day("2026-10-02")) == nil)
    }

    @Test func fiscalYearOfAnIssueInstantUsesBangkokTime() {
        // 30 Sep 2026 17:30 UTC is already 1 Oct 00:30 in Bangkok.
        let instant = F.bangkok("2026-10-01T00:30:00")
        #expect(ReceiptNumber.fiscalYear(issuedAt: instant).buddhistYear == 2570)
        #expect(ReceiptNumber.fiscalYear(issuedAt: F.bangkok("2026-09-30T23:59:00")).buddhistYear == 2569)
    }

    @Test func codesAsText() throws {
        let n = ReceiptNumber(parsing: "2570/000042")!
        let data = try JSONEncoder().encode([n])
        #expect(String(decoding: data, as: UTF8.self) == #"["2570\/000042"]"# || String(decoding: data, as: UTF8.self) == #"["2570/000042"]"#)
        #expect(try JSONDecoder().decode([ReceiptNumber].self, from: data) == [n])
    }
}

@Suite struct ReceiptTests {
    typealias F = DepositFixture

    @Test func carriesFiguresWordsAndTheClaimDeadline() {
        let receipt = Receipt(number: ReceiptNumber(parsing: "2570/000001")!, memberCardNumber: "EXT-0001",
                              memberName: "สมศรี มีสุข", amount: Satang(100_000), paymentMethod: .cash,
                              issuedOn: F.day("2026-10-01"), issuedBy: F.staff, counter: F.counter,
                              membershipExpiry: F.day("2027-09-30"), policy: .default)
        #expect(receipt.amountInFigures == "1,000.00")
        #expect(receipt.amountInWords == "หนึ่งพันบาทถ้วน")
        #expect(receipt.lastClaimDay == F.day("2028-09-30"))
        #expect(receipt.claimDeadlineStamp(.th).contains("30 กันยายน พ.ศ. 2571"))
        #expect(receipt.claimDeadlineStamp(.en).contains("30 September 2028"))
    }
}

@Suite struct DepositPolicyTests {
    typealias F = DepositFixture

    @Test func defaults() {
        let p = DepositPolicy.default
        #expect(p.depositAmount(for: .externalA) == Satang(100_000))
        #expect(p.depositAmount(for: .student) == nil)
        #expect(p.depositAmount(for: .externalB) == nil)
        #expect(p.claimPeriodMonths == 12)
        #expect(p.validate().isEmpty)
    }

    @Test func claimDeadlineIsExpiryPlusThePeriod() {
        #expect(ClaimDeadline.lastClaimDay(membershipExpiry: F.day("2026-09-30"), claimPeriodMonths: 12) == F.day("2027-09-30"))
        #expect(ClaimDeadline.lastClaimDay(membershipExpiry: F.day("2028-02-29"), claimPeriodMonths: 12) == F.day("2029-02-28"))
        #expect(ClaimDeadline.lastClaimDay(membershipExpiry: F.day("2026-08-31"), claimPeriodMonths: 6) == F.day("2027-02-28"))
        #expect(!ClaimDeadline.hasPassed(F.day("2027-09-30"), on: F.day("2027-09-30")))
        #expect(ClaimDeadline.hasPassed(F.day("2027-09-30"), on: F.day("2027-10-01")))
    }

    @Test func checklistDependsOnProxyAndPaymentMethod() {
        let p = DepositPolicy.default
        let codes = { (list: [RefundDocumentRequirement]) in list.flatMap { $0.anyOf.map(\.code) } }
        #expect(codes(p.requirements(proxy: false, paymentMethod: .cash)) == ["original-receipt", "lost-receipt-form", "id-card-copy"])
        #expect(codes(p.requirements(proxy: false, paymentMethod: .bankTransfer)).contains("bank-book-copy"))
        #expect(codes(p.requirements(proxy: true, paymentMethod: .cash)).contains("authorisation-letter"))
        #expect(p.requiredDocuments[0].label(.th) == "ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย")
    }

    @Test func refusesBadSettings() {
        var p = DepositPolicy.default
        p.amounts[.externalB] = Satang(-1)
        p.claimPeriodMonths = -3
        p.requiredDocuments.append(RefundDocumentRequirement(anyOf: [DepositPolicy.Documents.idCardCopy]))
        #expect(p.validate() == [.amountInvalid(.externalB, Satang(-1)), .claimPeriodInvalid(-3), .documentCodeRepeated("id-card-copy")])
        #expect(DepositPolicyProblem.claimPeriodInvalid(-3).message(.en).contains("between 0 and 120"))
    }

    @Test func codesWithMembershipTypeKeys() throws {
        let data = try JSONEncoder().encode(DepositPolicy.default)
        #expect(String(decoding: data, as: UTF8.self).contains(#""external-a":100000"#))
        #expect(try JSONDecoder().decode(DepositPolicy.self, from: data) == .default)
    }
}

@Suite struct PaymentMethodTests {
    @Test func readsCodesAndNamesItself() {
        #expect(PaymentMethod(code: " Bank_Transfer ") == .bankTransfer)
        #expect(PaymentMethod(code: "promptpay") == .promptPay)
        #expect(PaymentMethod(code: "cheque") == nil)
        #expect(PaymentMethod.promptPay.name(.th) == "พร้อมเพย์")
    }
}
