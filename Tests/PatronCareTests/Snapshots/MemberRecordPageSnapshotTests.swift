import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The member form and the member page in Thai and English from fixture models (no app, no database).
@Suite struct MemberRecordPageSnapshotTests {
    private static let today = CivilDate(year: 2026, month: 12, day: 1)!
    private static let memberID = UUID(uuidString: "00000000-0000-4000-8000-000000000011")!
    private static let depositIDs = [UUID(uuidString: "00000000-0000-4000-8000-000000000021")!,
                                     UUID(uuidString: "00000000-0000-4000-8000-000000000022")!]
    /// 14 March 2024, 09:30 in Bangkok.
    private static let yearsAgo = Date(timeIntervalSince1970: 1_710_383_400)

    /// An imported member with contacts and an address, hostile text in the notes and the surname.
    private static func member() -> Member {
        let draft = MemberDraft(cardNumber: "B6400011", firstNameTh: "มาลี", lastNameTh: "<b>รักเรียน</b> & \"ลูก\"",
                                firstNameEn: "Malee", lastNameEn: "Rakrian", segment: .u5, membershipType: .externalA,
                                enrolledOn: today.adding(years: -3), expiresOn: today.adding(days: 30),
                                email: "malee@example.org", mobile: "0812345678", lineUserID: "malee.line",
                                addressLine1: "99 ถนนห้วยแก้ว", addressLine3: "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", postcode: "50200",
                                consent: ChannelConsent(email: true), notes: "ขอรับเอกสารทาง <email> & ไปรษณีย์")
        let member = Member(draft)
        member.id = memberID
        member.optedOutChannels = ChannelSet([.sms])
        member.addressUndeliverableOn = today.adding(days: -60).iso
        return member
    }

    private static func deposits() -> [Deposit] {
        [("H-6700012", 100_000, 100_000, today.adding(years: -2), today.adding(days: 200)),
         ("R-2569/0004", 50_000, 0, today.adding(days: -500), today.adding(days: -10))].enumerated().map { index, row in
            let deposit = Deposit()
            deposit.id = depositIDs[index]
            deposit.receiptNumber = row.0
            deposit.amountSatang = Int64(row.1)
            deposit.balanceSatang = Int64(row.2)
            deposit.receivedOn = row.3.iso
            deposit.lastClaimDay = row.4.iso
            deposit.source = index == 0 ? .historicalImport : .counter
            deposit.$member.id = memberID
            return deposit
        }
    }

    private static func documents() -> [MemberDocument] {
        let receipt = MemberDocument(memberID: memberID, name: "ใบเสร็จ <ฉบับจริง>", kind: .originalReceipt,
                                     datedOn: today.adding(years: -2), recordedBy: "counter")
        receipt.id = UUID(uuidString: "00000000-0000-4000-8000-000000000031")
        receipt.storedFile = "scan-0031.pdf"
        let card = MemberDocument(memberID: memberID, name: "สำเนาบัตรประชาชน", kind: .idCardCopy, datedOn: today, recordedBy: "head")
        card.id = UUID(uuidString: "00000000-0000-4000-8000-000000000032")
        return [receipt, card]
    }

    private static func contactHistory() -> [ContactPreferenceChangeRecord] {
        [ContactPreferenceChangeRecord(memberID: memberID, change: ContactPreferenceChange(kind: .consentGiven, channel: .email, via: .counter),
                                       by: "counter", at: yearsAgo),
         ContactPreferenceChangeRecord(memberID: memberID, change: ContactPreferenceChange(kind: .optedOut, channel: .sms, via: .reply),
                                       by: "team", at: yearsAgo.addingTimeInterval(86_400 * 400))]
    }

    private static func deadlineChanges() -> [ClaimDeadlineChangeRecord] {
        let change = ClaimDeadlineChangeRecord()
        change.fromDay = today.adding(days: -100).iso
        change.toDay = today.adding(days: 200).iso
        change.reason = "แคมเปญคืนเงิน 2569 & \"ติดต่อไม่ได้\""
        change.changedBy = "head"
        change.changedAt = yearsAgo.addingTimeInterval(86_400 * 600)
        change.$deposit.id = depositIDs[0]
        change.$member.id = memberID
        return [change]
    }

    private static func showPage(_ language: Language, role: StaffRole, deposits: [Deposit], documents: [MemberDocument],
                                 history: [ContactPreferenceChangeRecord], deadlineChanges: [ClaimDeadlineChangeRecord],
                                 member: Member = member(), typed: MemberShowPage.DepositForm.Typed? = nil,
                                 errors: [String] = []) -> MemberShowPage {
        // The offer as the controller works it out: the core's rule over the deposits shown.
        let offer = DepositIntake.offer(policy: .default, membershipType: member.draft.membershipType, memberStatus: member.status,
                                        expiresOn: member.draft.expiresOn,
                                        held: deposits.map { .init(receiptNumber: $0.receiptNumber, balance: $0.balance) }, today: today)
        return MemberShowPage(
            chrome: PageFixtures.chrome(language, title: "member_title", role: role, path: "/members/\(memberID.uuidString)"),
            member: member, documents: documents, deposits: deposits, contactHistory: history, deadlineChanges: deadlineChanges,
            today: today, mask: PersonalDataMask(role: role),
            permissions: .init(canEdit: role.can(.editMembers), canTakeDeposit: role.can(.handleDeposits)),
            depositForm: .init(offer: offer, maySecond: DepositIntake.mayTakeSecond(role), counterName: "เคาน์เตอร์ 1",
                               idempotencyKey: "00000000-0000-4000-8000-0000000000aa", typed: typed, errors: errors))
    }

    /// A current type A member without a deposit: the counter's form, pre-filled with the policy's amount.
    @Test(arguments: Language.allCases)
    func firstDepositOfferedToTheCounter(language: Language) {
        let page = Self.showPage(language, role: .counter, deposits: [], documents: [], history: [], deadlineChanges: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// A deposit is held: a head sees the second-deposit form (no amount pre-filled, a reason required),
    /// here sent back refused with what was typed.
    @Test(arguments: Language.allCases)
    func secondDepositRefusedForTheHead(language: Language) {
        let typed = MemberShowPage.DepositForm.Typed(amount: "500", paymentMethod: "promptpay", counter: "<เคาน์เตอร์ 2>", reason: "")
        let page = Self.showPage(language, role: .head, deposits: Self.deposits(), documents: [], history: [], deadlineChanges: [],
                                 typed: typed, errors: [DepositIntakeProblem.secondDepositReasonMissing.message(language)])
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// An expired member: no form, the reason why.
    @Test(arguments: Language.allCases)
    func noDepositFromAnExpiredMember(language: Language) {
        let expired = Self.member()
        expired.expiresOn = Self.today.adding(days: -1).iso
        let page = Self.showPage(language, role: .counter, deposits: [], documents: [], history: [], deadlineChanges: [], member: expired)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func memberPageForTheCounter(language: Language) {
        let page = Self.showPage(language, role: .counter, deposits: Self.deposits(), documents: Self.documents(),
                                 history: Self.contactHistory(), deadlineChanges: Self.deadlineChanges())
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// The committee sees the record masked (no contacts, no scans), no forms, and the empty lists.
    @Test(arguments: Language.allCases)
    func memberPageMaskedAndEmptyForTheCommittee(language: Language) {
        let page = Self.showPage(language, role: .committee, deposits: [], documents: Self.documents(), history: [], deadlineChanges: [])
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func newMemberForm(language: Language) {
        let page = MemberFormPage(chrome: PageFixtures.chrome(language, title: "member_new_title", role: .counter, path: "/members/new"),
                                  form: .blank(today: Self.today), memberID: nil)
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// The edit form sent back with problems: the values as typed (escaped) and each problem by its field.
    @Test(arguments: Language.allCases)
    func editFormWithProblems(language: Language) {
        var form = MemberForm(Self.member().draft)
        form.email = "malee<at>example\"org"
        form.mobile = "12&34"
        form.consentSMS = "on"
        form.segment = "X9"
        guard case .invalid(let problems) = form.draft() else {
            Issue.record("the form should have been refused")
            return
        }
        let page = MemberFormPage(chrome: PageFixtures.chrome(language, title: "member_edit_title", role: .counter, path: "/members"),
                                  form: form, memberID: Self.memberID, problems: problems)
        assertPageSnapshot(page, named: language.rawValue)
    }
}
