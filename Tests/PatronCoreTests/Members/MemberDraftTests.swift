import Testing
@testable import PatronCore

@Suite struct MemberDraftTests {
    private func valid() -> MemberDraft {
        MemberDraft(cardNumber: "EXA-1", firstNameTh: "สมชาย", lastNameTh: "ใจดี", segment: .u5, membershipType: .externalA,
                    enrolledOn: CivilDate(year: 2026, month: 1, day: 1)!, expiresOn: CivilDate(year: 2027, month: 1, day: 1)!)
    }

    @Test func aCompleteDraftHasNoProblems() {
        #expect(valid().normalized().validate().isEmpty)
    }

    @Test func normalisingTrimsAndCleansContacts() {
        var draft = valid()
        draft.cardNumber = "  EXA-1 "
        draft.email = " Malee@Example.ORG "
        draft.mobile = "+66 81-234-5678"
        let normalized = draft.normalized()
        #expect(normalized.cardNumber == "EXA-1")
        #expect(normalized.email == "malee@example.org")
        #expect(normalized.mobile == "0812345678")
        #expect(normalized.validate().isEmpty)
    }

    @Test func eachBrokenRuleIsNamed() {
        var draft = valid()
        draft.cardNumber = ""
        draft.firstNameTh = ""
        draft.lastNameTh = ""
        draft.expiresOn = CivilDate(year: 2025, month: 1, day: 1)!
        draft.email = "a@b"
        draft.mobile = "0212345678"
        draft.postcode = "1020"
        draft.consent = ChannelConsent(line: true)
        let problems = draft.validate()
        #expect(problems.contains(.cardNumberMissing))
        #expect(problems.contains(.nameMissing))
        #expect(problems.contains(.expiryBeforeEnrolment(enrolled: draft.enrolledOn, expires: draft.expiresOn)))
        #expect(problems.contains(.emailInvalid("a@b")))
        #expect(problems.contains(.mobileInvalid("0212345678")))
        #expect(problems.contains(.postcodeInvalid("1020")))
        #expect(problems.contains(.consentWithoutContact(.line)))
        #expect(problems.count == 7)
    }

    @Test(arguments: ["malee@example.org", "a.b-c@mail.kku.ac.th", "สมชาย@ตัวอย่าง.ไทย"])
    func plausibleEmailAddressesPass(address: String) {
        #expect(EmailAddress.isValid(address))
    }

    @Test(arguments: ["malee", "malee@", "@example.org", "malee@example", "ma lee@example.org", "a@b..c", "a@-b.c", "a@b.c,d@e.f"])
    func typingMistakesInEmailAreCaught(address: String) {
        #expect(!EmailAddress.isValid(address))
    }

    @Test func effectiveStatusFollowsTheExpiryDate() {
        let today = CivilDate(year: 2026, month: 11, day: 23)!
        #expect(MemberStatus.effective(stored: .active, expiresOn: today, today: today) == .active)
        #expect(MemberStatus.effective(stored: .active, expiresOn: today.adding(days: -1), today: today) == .expired)
        #expect(MemberStatus.effective(stored: .suspended, expiresOn: today.adding(days: -1), today: today) == .suspended)
    }

    @Test func codesAreReadInAnyLetterCase() {
        #expect(Segment(code: "pa1") == .pa1)
        #expect(Segment(code: "U5 ") == .u5)
        #expect(Segment(code: "U6") == nil)
        #expect(MembershipType(code: "EXTERNAL_A") == .externalA)
    }

    @Test func everyMessageExistsInBothLanguagesAndDiffers() {
        let problems: [MemberProblem] = [
            .cardNumberMissing, .cardNumberInvalid("x y"), .cardNumberTaken("1"), .nameMissing, .unknownSegment("U9"),
            .unknownMembershipType("v"), .unknownStatus("z"), .dateInvalid(field: .enrolled, text: "x"),
            .expiryBeforeEnrolment(enrolled: CivilDate(year: 2026, month: 2, day: 1)!, expires: CivilDate(year: 2026, month: 1, day: 1)!),
            .emailInvalid("a"), .mobileInvalid("1"), .postcodeInvalid("1"), .consentWithoutContact(.sms),
        ]
        for problem in problems {
            #expect(!problem.message(.th).isEmpty)
            #expect(problem.message(.th) != problem.message(.en))
        }
    }

    @Test func rolesLimitWhoSeesAndDoesWhat() {
        #expect(StaffRole.admin.can(.manageStaff))
        #expect(!StaffRole.counter.can(.manageStaff))
        #expect(!StaffRole.counter.can(.importMembers))
        #expect(StaffRole.head.can(.importMembers))
        #expect(!StaffRole.committee.can(.viewMemberPersonalData))
        #expect(StaffRole.customerTeam.can(.viewMemberPersonalData))
        #expect(!StaffRole.customerTeam.can(.editMembers))
    }
}
