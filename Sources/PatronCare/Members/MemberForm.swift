import PatronCore
import Vapor

/// The member form as the browser posts it: every field is text until checked.
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

    init(_ draft: MemberDraft) {
        cardNumber = draft.cardNumber
        firstNameTh = draft.firstNameTh
        lastNameTh = draft.lastNameTh
        firstNameEn = draft.firstNameEn
        lastNameEn = draft.lastNameEn
        segment = draft.segment.rawValue
        membershipType = draft.membershipType.rawValue
        enrolledOn = draft.enrolledOn.iso
        expiresOn = draft.expiresOn.iso
        status = draft.status.rawValue
        email = draft.email
        mobile = draft.mobile
        lineUserID = draft.lineUserID
        addressLine1 = draft.addressLine1
        addressLine2 = draft.addressLine2
        addressLine3 = draft.addressLine3
        postcode = draft.postcode
        preferredLanguage = draft.preferredLanguage.rawValue
        consentPostcard = draft.consent.postcard ? "on" : nil
        consentEmail = draft.consent.email ? "on" : nil
        consentSMS = draft.consent.sms ? "on" : nil
        consentLINE = draft.consent.line ? "on" : nil
        notes = draft.notes
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
        var problems: [MemberProblem] = []
        let segmentValue = Segment(code: segment ?? "")
        if segmentValue == nil { problems.append(.unknownSegment(segment ?? "")) }
        let typeValue = MembershipType(code: membershipType ?? "")
        if typeValue == nil { problems.append(.unknownMembershipType(membershipType ?? "")) }
        let statusValue = MemberStatus(code: status ?? "active")
        if statusValue == nil { problems.append(.unknownStatus(status ?? "")) }
        let enrolled = CivilDate(lenient: enrolledOn ?? "")
        if enrolled == nil { problems.append(.dateInvalid(field: .enrolled, text: enrolledOn ?? "")) }
        let expires = CivilDate(lenient: expiresOn ?? "")
        if expires == nil { problems.append(.dateInvalid(field: .expires, text: expiresOn ?? "")) }
        guard let segmentValue, let typeValue, let statusValue, let enrolled, let expires else {
            return .invalid(problems)
        }
        let draft = MemberDraft(
            cardNumber: cardNumber ?? "", firstNameTh: firstNameTh ?? "", lastNameTh: lastNameTh ?? "",
            firstNameEn: firstNameEn ?? "", lastNameEn: lastNameEn ?? "", segment: segmentValue,
            membershipType: typeValue, enrolledOn: enrolled, expiresOn: expires, status: statusValue,
            email: email ?? "", mobile: mobile ?? "", lineUserID: lineUserID ?? "",
            addressLine1: addressLine1 ?? "", addressLine2: addressLine2 ?? "", addressLine3: addressLine3 ?? "",
            postcode: postcode ?? "", preferredLanguage: Language(rawValue: preferredLanguage ?? "") ?? .th,
            consent: ChannelConsent(postcard: consentPostcard != nil, email: consentEmail != nil,
                                    sms: consentSMS != nil, line: consentLINE != nil),
            notes: notes ?? ""
        ).normalized()
        let ruleProblems = draft.validate()
        return ruleProblems.isEmpty ? .valid(draft) : .invalid(ruleProblems)
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
