import Testing
@testable import PatronCore

@Suite struct MemberFieldTests {
    /// An imported member as they come: an address, no consent ticked, an English language choice.
    private func imported() -> MemberDraft {
        MemberDraft(cardNumber: "EXA-0042", firstNameTh: "มาลี", lastNameTh: "ศรีสุข", firstNameEn: "Malee", lastNameEn: "Srisuk",
                    segment: .u5, membershipType: .externalA, enrolledOn: CivilDate(year: 2019, month: 6, day: 3)!,
                    expiresOn: CivilDate(year: 2020, month: 6, day: 2)!, status: .expired, email: "malee@example.org",
                    mobile: "0812345678", addressLine1: "99/1 ถนนพหลโยธิน", addressLine3: "กรุงเทพฯ", postcode: "10900",
                    preferredLanguage: .en, consent: ChannelConsent(postcard: false, email: true, sms: false, line: false),
                    notes: "ย้ายมาจากระบบเดิม")
    }

    @Test func aDraftReadBackFromItsOwnValuesIsTheSameDraft() {
        let draft = imported()
        #expect(MemberDraft.reading { draft.value($0) } == .read(draft))
    }

    @Test func codesAndDaysAreStoredAsText() {
        let draft = imported()
        #expect(draft.value(.segment) == .text("U5"))
        #expect(draft.value(.enrolledOn) == .text("2019-06-03"))
        #expect(draft.value(.consentEmail) == .flag(true))
        #expect(draft.value(.consentPostcard) == .flag(false))
    }

    @Test func everyUnreadableCodeAndDayIsAProblemAtOnce() {
        let given: [MemberField: MemberFieldValue] = [.segment: .text("Z9"), .membershipType: .text("alien"),
                                                      .enrolledOn: .text("31/02/2569"), .expiresOn: .text("soon")]
        guard case .unreadable(let problems) = MemberDraft.reading({ given[$0] }) else {
            Issue.record("unreadable values were accepted")
            return
        }
        #expect(problems.contains(.unknownSegment("Z9")))
        #expect(problems.contains(.unknownMembershipType("alien")))
        #expect(problems.contains(.dateInvalid(field: .enrolled, text: "31/02/2569")))
        #expect(problems.contains(.dateInvalid(field: .expires, text: "soon")))
    }

    @Test func aMissingStatusIsActiveAndAnUnknownLanguageThai() {
        var given: [MemberField: MemberFieldValue] = [:]
        for field in MemberField.allCases { given[field] = imported().value(field) }
        given[.status] = nil
        given[.preferredLanguage] = .text("fr")
        guard case .read(let draft) = MemberDraft.reading({ given[$0] }) else {
            Issue.record("a record without status and with an unknown language was refused")
            return
        }
        #expect(draft.status == .active)
        #expect(draft.preferredLanguage == .th)
    }
}
