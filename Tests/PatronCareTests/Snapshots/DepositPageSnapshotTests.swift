import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The deposit page, the refund form and the printed receipt in Thai and English from fixture models.
@Suite struct DepositPageSnapshotTests {
    private static let today = CivilDate(year: 2026, month: 12, day: 1)!
    private static let memberID = UUID(uuidString: "00000000-0000-4000-8000-000000000041")!
    private static let depositID = UUID(uuidString: "00000000-0000-4000-8000-000000000051")!
    /// 10 October 2017, 12:00 in Bangkok: history imported from the old system.
    private static let received = Date(timeIntervalSince1970: 1_507_611_600)

    private static func member() -> Member {
        let member = Member(MemberFixtures.draft("DEMO-B40", type: .externalA, expires: today.adding(days: -400),
                                                 firstNameTh: "สมศักดิ์", lastNameTh: "<i>ทองคำ</i> & \"บุตร\""))
        member.id = memberID
        return member
    }

    private static func deposit(balance: Int64) -> Deposit {
        let deposit = Deposit()
        deposit.id = depositID
        deposit.receiptNumber = "H-DEMO-B40"
        deposit.amountSatang = 100_000
        deposit.balanceSatang = balance
        deposit.receivedOn = "2017-10-10"
        deposit.lastClaimDay = today.adding(days: -30).iso
        deposit.source = .historicalImport
        deposit.$member.id = memberID
        return deposit
    }

    private static func entries() -> [LedgerEntryRecord] {
        let staff = StaffRef(id: "import", name: "นำเข้าประวัติเดิม (history import)")
        let receivedEntry = LedgerEntryRecord(
            LedgerEntry(id: UUID(uuidString: "00000000-0000-4000-8000-000000000061")!, depositID: depositID, kind: .received,
                        amount: Satang(100_000), recordedBy: staff, recordedAt: received,
                        reason: "imported history; payment method <not recorded>", counter: "history import", paymentMethod: .cash),
            memberID: memberID, idempotencyKey: nil)
        let refund = LedgerEntryRecord(
            LedgerEntry(id: UUID(uuidString: "00000000-0000-4000-8000-000000000062")!, depositID: depositID, kind: .refunded,
                        amount: Satang(40_000), recordedBy: StaffRef(id: "head", name: "หัวหน้างานบริการ"),
                        recordedAt: received.addingTimeInterval(86_400 * 3000), reason: "คืนบางส่วน", counter: "เคาน์เตอร์ 1",
                        paymentMethod: .bankTransfer),
            memberID: memberID, idempotencyKey: "00000000-0000-4000-8000-0000000000bb")
        refund.proxyName = "วิภา & \"ญาติ\""
        refund.proxyIDNumber = try! PersonalDataCipher.development.seal("1103700012345")
        refund.overrideReason = "ป่วย <มีใบรับรองแพทย์>"
        return [receivedEntry, refund]
    }

    /// Tuesday 1 December 2026, 10:00 in Bangkok: the counter is open.
    private static let openInstant = Date(timeIntervalSince1970: 1_796_086_800)

    /// What the core says stands in the way of a refund for this reader (the controller's own call).
    private static func blockers(_ language: Language, role: StaffRole, at instant: Date = openInstant) -> [String] {
        let member = member()
        let situation = RefundSituation(membershipExpiry: member.draft.expiresOn, memberStatus: member.status,
                                        lastClaimDay: deposit(balance: 1).lastClaimDate)
        return RefundEligibility.blockers(situation, at: instant, counterHours: .default, holidays: .thaiPublicHolidays, readerRole: role)
            .map { $0.message(language) }
    }

    private static func showPage(_ language: Language, role: StaffRole, balance: Int64, openRequests: Int) -> DepositShowPage {
        DepositShowPage(chrome: PageFixtures.chrome(language, title: "deposit_title", role: role, path: "/deposits/\(depositID.uuidString)"),
                        deposit: deposit(balance: balance), member: member(), entries: entries(), openRequests: openRequests,
                        today: today, mask: PersonalDataMask(role: role), cipher: .development,
                        permissions: .init(handleDeposits: role.can(.handleDeposits), correctLedger: role.can(.correctLedger)),
                        refundBlockers: blockers(language, role: role),
                        idempotencyKey: "00000000-0000-4000-8000-0000000000cc")
    }

    /// Past the claim deadline the counter is not offered *Pay the refund*: the page says why (a head's
    /// override), and the proxy's ID number shows its last four digits.
    @Test(arguments: Language.allCases)
    func depositPagePastTheDeadlineForTheCounter(language: Language) {
        let page = Self.showPage(language, role: .counter, balance: 60_000, openRequests: 0)
        #expect(!page.canRefund)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// The head sees the proxy's ID number whole, may pay, correct and record a request.
    @Test(arguments: Language.allCases)
    func depositPageForTheHead(language: Language) {
        assertPageSnapshot(Self.showPage(language, role: .head, balance: 60_000, openRequests: 0), named: language.rawValue)
    }

    /// The committee reads a closed deposit with an open request: no actions, the proxy masked.
    @Test(arguments: Language.allCases)
    func closedDepositForTheCommittee(language: Language) {
        assertPageSnapshot(Self.showPage(language, role: .committee, balance: 0, openRequests: 1), named: language.rawValue)
    }

    private static func refundPage(_ language: Language, role: StaffRole, form: RefundForm, errors: [String],
                                   blockers: [String] = [], scanDropped: Bool = false) -> RefundPage {
        RefundPage(chrome: PageFixtures.chrome(language, title: "refund_title", role: role, path: "/deposits/\(depositID.uuidString)/refund"),
                   deposit: deposit(balance: 60_000), member: member(), form: form, errors: errors, blockers: blockers, scanDropped: scanDropped,
                   idempotencyKey: "00000000-0000-4000-8000-0000000000dd", today: today, mask: PersonalDataMask(role: role),
                   policy: .default, counterHours: .default, canOverride: role.can(.overrideClaimDeadline))
    }

    @Test(arguments: Language.allCases)
    func refundFormForTheCounter(language: Language) {
        var form = RefundForm()
        form.counter = "เคาน์เตอร์ 1"
        form.collector = "member"
        form.documents = ["original-receipt"]
        assertPageSnapshot(Self.refundPage(language, role: .counter, form: form, errors: []), named: language.rawValue)
    }

    /// Sent back refused, by proxy, as typed (escaped), with the head's override field.
    @Test(arguments: Language.allCases)
    func refundRefusedForTheHead(language: Language) {
        var form = RefundForm()
        form.amount = "9,999.00"
        form.paymentMethod = "bank-transfer"
        form.counter = "<script>"
        form.note = "ญาติมารับ & \"แทน\""
        form.collector = "proxy"
        form.proxyName = "วิภา"
        form.proxyIDNumber = "1103700012345"
        form.proxyLetterDate = "2026-11-30"
        form.overrideReason = "ป่วย"
        form.documents = ["original-receipt", "id-card-copy"]
        let errors = ["ยอดที่ขอคืนมากกว่ายอดคงเหลือ <600.00>", "The proxy letter & ID card copy are required."]
        assertPageSnapshot(Self.refundPage(language, role: .head, form: form, errors: errors, scanDropped: true), named: language.rawValue)
    }

    /// Opened by the counter on a Sunday past the deadline: no form, why and when instead.
    @Test(arguments: Language.allCases)
    func refundPageBlockedForTheCounter(language: Language) {
        var form = RefundForm()
        form.collector = "member"
        let sunday = Self.openInstant.addingTimeInterval(-2 * 86_400) // Sunday 29 November 2026, 10:00
        let blockers = Self.blockers(language, role: .counter, at: sunday)
        #expect(blockers.count == 2)
        assertPageSnapshot(Self.refundPage(language, role: .counter, form: form, errors: [], blockers: blockers), named: language.rawValue)
    }

    private static func slip(_ language: Language, role: StaffRole, refund: Int, thermal: Bool) -> RefundSlipDocument {
        let all = entries()
        return RefundSlipDocument(words: PageFixtures.words(language), deposit: deposit(balance: 60_000), member: member(), refund: all[refund],
                                  entries: all, mask: PersonalDataMask(role: role), cipher: .development, thermal: thermal,
                                  publicAddress: PageFixtures.publicAddress)
    }

    /// Printed by a head on A5: a proxy collected after the deadline; the ID number shows its last four
    /// digits even to a head (paper leaves the access rules), the override and both signature lines.
    @Test(arguments: Language.allCases)
    func refundSlipByProxyOnA5(language: Language) {
        let slip = Self.slip(language, role: .head, refund: 1, thermal: false)
        #expect(slip.slipNumber == "H-DEMO-B40-R1")
        #expect(slip.amountWords == "สี่ร้อยบาทถ้วน")
        assertPageSnapshot(slip, named: language.rawValue)
    }

    /// The member collected in person, printed on the 80 mm roll; the last refund closes the receipt.
    @Test(arguments: Language.allCases)
    func refundSlipForTheMemberOnThermalPaper(language: Language) {
        var all = Self.entries()
        let rest = LedgerEntryRecord(
            LedgerEntry(id: UUID(uuidString: "00000000-0000-4000-8000-000000000063")!, depositID: Self.depositID, kind: .refunded,
                        amount: Satang(60_000), recordedBy: StaffRef(id: "counter", name: "สมชาย <ใจดี>"),
                        recordedAt: Self.received.addingTimeInterval(86_400 * 3100), reason: "", counter: "เคาน์เตอร์ 2",
                        paymentMethod: .cash),
            memberID: Self.memberID, idempotencyKey: "00000000-0000-4000-8000-0000000000ee")
        all.append(rest)
        let slip = RefundSlipDocument(words: PageFixtures.words(language), deposit: Self.deposit(balance: 0), member: Self.member(),
                                      refund: rest, entries: all, mask: PersonalDataMask(role: .counter), cipher: .development, thermal: true,
                                      publicAddress: PageFixtures.loopbackAddress)
        #expect(slip.slipNumber == "H-DEMO-B40-R2")
        #expect(slip.closesReceipt, "the 600 baht left are refunded: the receipt is closed")
        #expect(slip.amountWords == "หกร้อยบาทถ้วน")
        assertPageSnapshot(slip, named: language.rawValue)
    }

    private static func receipt(_ language: Language, thermal: Bool, deadlineChanges: [ClaimDeadlineChangeRecord]) -> ReceiptDocument {
        ReceiptDocument(words: PageFixtures.words(language), deposit: deposit(balance: 100_000), member: member(),
                        receivedEntry: entries()[0], deadlineChanges: deadlineChanges, mask: PersonalDataMask(role: .counter),
                        thermal: thermal)
    }

    @Test(arguments: Language.allCases)
    func receiptOnA5(language: Language) {
        assertPageSnapshot(Self.receipt(language, thermal: false, deadlineChanges: []), named: language.rawValue)
    }

    /// On the 80 mm printer, with the deadline moved by a campaign.
    @Test(arguments: Language.allCases)
    func receiptOnThermalPaperWithAMovedDeadline(language: Language) {
        let change = ClaimDeadlineChangeRecord()
        change.fromDay = "2019-10-10"
        change.toDay = Self.today.adding(days: -30).iso
        change.reason = "แคมเปญ <ติดตาม> & คืนเงิน"
        change.changedBy = "head"
        change.changedAt = Self.received.addingTimeInterval(86_400 * 2900)
        change.$deposit.id = Self.depositID
        change.$member.id = Self.memberID
        assertPageSnapshot(Self.receipt(language, thermal: true, deadlineChanges: [change]), named: language.rawValue)
    }
}
