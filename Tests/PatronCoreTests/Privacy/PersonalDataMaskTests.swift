import PropertyBased
import Testing
@testable import PatronCore

@Suite struct PersonalDataMaskTests {
    static let member = MemberDraft(
        cardNumber: "EXA-0042", firstNameTh: "สมศรี", lastNameTh: "มีสุข", firstNameEn: "Somsri", lastNameEn: "Meesuk",
        segment: .u5, membershipType: .externalA, enrolledOn: CivilDate(year: 2019, month: 6, day: 1)!,
        expiresOn: CivilDate(year: 2021, month: 5, day: 31)!, email: "somsri@example.org", mobile: "0812345678",
        lineUserID: "U4af4980629", addressLine1: "12/3 ถนนนิมมานเหมินท์", addressLine2: "ซอย 7", addressLine3: "ต.สุเทพ อ.เมือง จ.เชียงใหม่",
        postcode: "50200", notes: "โทรหาหลัง 17.00 น.")

    @Test func theCommitteeSeesInitialsAndNoContacts() {
        let view = MemberView(Self.member, for: .committee)

        #expect(view.name == "ส••• มี••")  // one dot per letter as a reader counts them (รี, มี, สุ are one each)
        #expect(view.nameEn == "S••••• M•••••")
        #expect([view.email, view.mobile, view.lineUserID, view.postcode, view.notes] == ["", "", "", "", ""])
        #expect(view.addressLines.isEmpty)
        #expect(view.cardNumber == "EXA-0042")
        #expect(!view.showsPersonalData)
    }

    @Test(arguments: [StaffRole.counter, .customerTeam, .head, .admin])
    func staffWhoServeMembersSeeTheWholeRecord(role: StaffRole) {
        let view = MemberView(Self.member, for: role)

        #expect(view.name == "สมศรี มีสุข")
        #expect(view.email == "somsri@example.org")
        #expect(view.addressLines == ["12/3 ถนนนิมมานเหมินท์", "ซอย 7", "ต.สุเทพ อ.เมือง จ.เชียงใหม่"])
        #expect(view.notes == "โทรหาหลัง 17.00 น.")
    }

    @Test func onPaperIDNumbersShowTheirLastFourDigitsEvenToHeads() {
        let id = "1-1037-02071-81-1"
        for role in [StaffRole.head, .admin, .counter, .customerTeam] {
            #expect(PersonalDataMask(role: role).idNumber(id, on: .paper) == "•••••••••1811", "\(role)")
        }
        #expect(PersonalDataMask(role: .committee).idNumber(id, on: .paper) == "")
        #expect(PersonalDataMask.serverOperator.idNumber(id, on: .paper) == "•••••••••1811")
    }

    @Test func aProxyIsMaskedLikeAMemberWithTheIDNumberRule() {
        let head = PersonalDataMask(role: .head).proxy(name: "วิภา ญาติดี", idNumber: "1103700012345")
        #expect(head.line == "วิภา ญาติดี (1103700012345)")
        let counter = PersonalDataMask(role: .counter).proxy(name: "วิภา ญาติดี", idNumber: "1103700012345")
        #expect(counter.line == "วิภา ญาติดี (•••••••••2345)")
        let printed = PersonalDataMask(role: .head).proxy(name: "วิภา ญาติดี", idNumber: "1103700012345", on: .paper)
        #expect(printed.idNumber == "•••••••••2345")
        let committee = PersonalDataMask(role: .committee).proxy(name: "วิภา ญาติดี", idNumber: "1103700012345")
        #expect(committee.line == "วิ•• ญ•••", "initials only, no number")
        #expect(committee.idNumber.isEmpty)
    }

    @Test func idNumbersShowTheirLastFourDigitsExceptToHeadsAndAdmins() {
        let id = "1-1037-02071-81-1"
        #expect(PersonalDataMask(role: .head).idNumber(id) == id)
        #expect(PersonalDataMask(role: .admin).idNumber(id) == id)
        #expect(PersonalDataMask(role: .counter).idNumber(id) == "•••••••••1811")
        #expect(PersonalDataMask(role: .customerTeam).idNumber(id) == "•••••••••1811")
        #expect(PersonalDataMask(role: .committee).idNumber(id) == "")
        #expect(PersonalDataMask.anonymous.idNumber(id) == "")
    }

    @Test func onlyRolesThatSeeContactsMaySearchByThem() {
        #expect(!PersonalDataMask(role: .committee).searchesContactsAndNames)
        #expect(!PersonalDataMask.anonymous.searchesContactsAndNames)
        #expect(StaffRole.allCases.filter { PersonalDataMask(role: $0).searchesContactsAndNames } == [.counter, .customerTeam, .head, .admin])
    }

    static let words = Gen.int(in: 0...5).array(of: 1...12).map { $0.map { ["ก", "ข", "a", "Z", "é", "เ", "่"][$0] }.joined() }

    @Test func aMaskedNameKeepsOnlyTheFirstLetterOfEachWord() async {
        await propertyCheck(count: 300, input: Self.words.array(of: 1...4)) { words in
            let name = words.joined(separator: " ")
            let masked = PersonalDataMask(role: .committee).name(name)
            let maskedWords = masked.split(separator: " ")
            #expect(maskedWords.count == words.count)
            for (maskedWord, word) in zip(maskedWords, words) {
                #expect(maskedWord.first == word.first)
                #expect(maskedWord.dropFirst().allSatisfy { $0 == "•" })
                #expect(maskedWord.count == word.count)
            }
        }
    }
}

@Suite struct ProxyViewTests {
    @Test func aNumberThatCannotBeOpenedSaysSoToThoseWhoWouldSeeIt() {
        #expect(PersonalDataMask(role: .counter).proxy(name: "วิภา", idNumber: nil, unreadable: "(unreadable)").line == "วิภา ((unreadable))")
        #expect(PersonalDataMask(role: .committee).proxy(name: "วิภา", idNumber: nil, unreadable: "(unreadable)").line == "วิ••")
    }
}
