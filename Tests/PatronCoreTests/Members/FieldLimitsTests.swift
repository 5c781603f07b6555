import Testing
@testable import PatronCore

@Suite struct FieldLimitsTests {
    static func draft() -> MemberDraft {
        MemberDraft(cardNumber: "EXA-1", firstNameTh: "สมชาย", lastNameTh: "ใจดี", segment: .u5, membershipType: .externalA,
                    enrolledOn: CivilDate(year: 2026, month: 1, day: 1)!, expiresOn: CivilDate(year: 2027, month: 1, day: 1)!)
    }

    @Test func aFiftyMegabyteSurnameIsRefusedWithoutBeingEchoed() {
        var draft = Self.draft()
        draft.lastNameTh = String(repeating: "ก", count: 50 * 1024 * 1024 / 3)

        let problems = draft.normalized().validate()

        #expect(problems == [.tooLong(.lastNameTh)])
        #expect(problems[0].message(.th) == "นามสกุล (ไทย)ยาวเกิน 100 ตัวอักษร กรุณาย่อให้สั้นลง")
        #expect(problems[0].message(.en) == "Surname (Thai) is longer than 100 characters. Please shorten it.")
        #expect(problems[0].field == "lastNameTh")
    }

    @Test func limitsCountWhatAPersonSeesNotBytes() {
        var draft = Self.draft()
        draft.firstNameTh = String(repeating: "ที่", count: 100)  // 100 Thai letters with marks: 300 scalars
        #expect(draft.normalized().validate().isEmpty)
        draft.firstNameTh += "ก"
        #expect(draft.normalized().validate() == [.tooLong(.firstNameTh)])
    }

    @Test func everyTextFieldHasALimit() {
        for field in MemberTextField.allCases {
            var draft = Self.draft()
            let long = String(repeating: "x", count: field.maximumLength + 1)
            switch field {
            case .firstNameTh: draft.firstNameTh = long
            case .lastNameTh: draft.lastNameTh = long
            case .firstNameEn: draft.firstNameEn = long
            case .lastNameEn: draft.lastNameEn = long
            case .email: draft.email = long
            case .mobile: draft.mobile = long
            case .lineUserID: draft.lineUserID = long
            case .addressLine1: draft.addressLine1 = long
            case .addressLine2: draft.addressLine2 = long
            case .addressLine3: draft.addressLine3 = long
            case .notes: draft.notes = long
            }
            #expect(draft.validate() == [.tooLong(field)], "\(field)")
        }
    }

    @Test func aLongLedgerNoteIsRefusedByTheLedgerRules() {
        let entry = LedgerEntry.received(id: .init(), depositID: .init(), amount: Satang(100_000), by: StaffRef(id: "c", name: "C"),
                                         at: .init(timeIntervalSince1970: 1_790_000_000), counter: "Counter 1", paymentMethod: .cash,
                                         note: String(repeating: "น", count: FieldLimits.moneyNote + 1))
        #expect(Ledger.check(entry, against: []).contains(.reasonTooLong(maximum: FieldLimits.moneyNote)))
    }
}
