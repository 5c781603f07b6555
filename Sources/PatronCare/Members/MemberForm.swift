import PatronCore
import Vapor

/// The member form as the browser posts it: every field is text until checked. Its fields map to
/// the record's through `MemberField` (the one field list), both ways.
struct MemberForm: Content {
    var cardNumber: String?
    var firstNameTh: String?
    var lastNameTh: String?
    var firstNameEn: String?
    var lastNameEn: String?
    var segment: String?
    var membershipType: String?
    var enrolledOn: String?
    var expiresOn: String?
    var status: String?
    var email: String?
    var mobile: String?
    var lineUserID: String?
    var addressLine1: String?
    var addressLine2: String?
    var addressLine3: String?
    var postcode: String?
    var preferredLanguage: String?
    var consentPostcard: String?
    var consentEmail: String?
    var consentSMS: String?
    var consentLINE: String?
    var notes: String?

    /// The form's input for a field of the record.
    static func input(_ field: MemberField) -> WritableKeyPath<MemberForm, String?> {
        switch field {
        case .cardNumber: \.cardNumber
        case .firstNameTh: \.firstNameTh
        case .lastNameTh: \.lastNameTh
        case .firstNameEn: \.firstNameEn
        case .lastNameEn: \.lastNameEn
        case .segment: \.segment
        case .membershipType: \.membershipType
        case .enrolledOn: \.enrolledOn
        case .expiresOn: \.expiresOn
        case .status: \.status
        case .email: \.email
        case .mobile: \.mobile
        case .lineUserID: \.lineUserID
        case .addressLine1: \.addressLine1
        case .addressLine2: \.addressLine2
        case .addressLine3: \.addressLine3
        case .postcode: \.postcode
        case .preferredLanguage: \.preferredLanguage
        case .consentPostcard: \.consentPostcard
        case .consentEmail: \.consentEmail
        case .consentSMS: \.consentSMS
        case .consentLINE: \.consentLINE
        case .notes: \.notes
        }
    }

    /// A ticked box posts `on`; an unticked one posts nothing.
    private static let ticked = "on"

    init(_ draft: MemberDraft) {
        for field in MemberField.allCases {
            switch draft.value(field) {
            case .text(let text): self[keyPath: Self.input(field)] = text
            case .flag(let on): self[keyPath: Self.input(field)] = on ? Self.ticked : nil
            }
        }
    }

    /// A blank form for a new member: enrolled today, one year of membership.
    static func blank(today: CivilDate) -> MemberForm {
        var form = MemberForm(MemberDraft(
            cardNumber: "", segment: .u1, membershipType: .student,
            enrolledOn: today, expiresOn: today.adding(years: 1)))
        form.segment = nil
        form.membershipType = nil
        return form
    }

    /// The checked record, or every problem found (unknown codes, bad dates and the draft's own rules).
    enum Checked {
        case valid(MemberDraft)
        case invalid([MemberProblem])
    }

    func draft() -> Checked {
        let read = MemberDraft.reading { field in
            let input = self[keyPath: Self.input(field)]
            return field.isFlag ? .flag(input != nil) : input.map { .text($0) }
        }
        switch read {
        case .unreadable(let problems):
            return .invalid(problems)
        case .read(let read):
            let draft = read.normalized()
            let ruleProblems = draft.validate()
            return ruleProblems.isEmpty ? .valid(draft) : .invalid(ruleProblems)
        }
    }
}

extension MemberForm {
    /// The form as it is shown again after a refusal: a field over its limit comes back cut to the
    /// limit (the message says so), so a 50 MB paste does not make a 50 MB page.
    func clippedToLimits() -> MemberForm {
        var copy = self
        func clip(_ value: String?, _ field: MemberTextField) -> String? {
            value.map { FieldLimits.exceeds($0, field.maximumLength) ? String($0.prefix(field.maximumLength)) : $0 }
        }
        copy.firstNameTh = clip(firstNameTh, .firstNameTh)
        copy.lastNameTh = clip(lastNameTh, .lastNameTh)
        copy.firstNameEn = clip(firstNameEn, .firstNameEn)
        copy.lastNameEn = clip(lastNameEn, .lastNameEn)
        copy.email = clip(email, .email)
        copy.mobile = clip(mobile, .mobile)
        copy.lineUserID = clip(lineUserID, .lineUserID)
        copy.addressLine1 = clip(addressLine1, .addressLine1)
        copy.addressLine2 = clip(addressLine2, .addressLine2)
        copy.addressLine3 = clip(addressLine3, .addressLine3)
        copy.notes = clip(notes, .notes)
        copy.cardNumber = cardNumber.map { String($0.prefix(40)) }
        copy.postcode = postcode.map { String($0.prefix(10)) }
        return copy
    }
}
