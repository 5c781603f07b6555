/// Every stored field of a member record, in the `members` table's column order: the one mapping
/// between a `MemberDraft` and its flat forms — the staff form's text, the model's columns, the
/// importer's and the reminder planner's SQL rows. A field added to the record is added here once.
public enum MemberField: String, CaseIterable, Sendable {
    case cardNumber = "card_number"
    case firstNameTh = "first_name_th"
    case lastNameTh = "last_name_th"
    case firstNameEn = "first_name_en"
    case lastNameEn = "last_name_en"
    case segment
    case membershipType = "membership_type"
    case enrolledOn = "enrolled_on"
    case expiresOn = "expires_on"
    case status
    case email
    case mobile
    case lineUserID = "line_user_id"
    case addressLine1 = "address_line1"
    case addressLine2 = "address_line2"
    case addressLine3 = "address_line3"
    case postcode
    case preferredLanguage = "preferred_language"
    case consentPostcard = "consent_postcard"
    case consentEmail = "consent_email"
    case consentSMS = "consent_sms"
    case consentLINE = "consent_line"
    case notes

    /// The column of the `members` table.
    public var column: String { rawValue }

    /// The consent ticks are flags; every other field is text.
    public var isFlag: Bool {
        switch self {
        case .consentPostcard, .consentEmail, .consentSMS, .consentLINE: true
        default: false
        }
    }
}

/// A field's value as stored: codes as their raw values, days as ISO text, consent as a flag.
public enum MemberFieldValue: Equatable, Sendable {
    case text(String)
    case flag(Bool)

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var flag: Bool {
        if case .flag(let value) = self { return value }
        return false
    }
}

extension MemberDraft {
    /// A record read back from its fields, or every reason it could not be.
    public enum Reading: Equatable, Sendable {
        case read(MemberDraft)
        case unreadable([MemberProblem])
    }

    /// The value of one field as it is stored.
    public func value(_ field: MemberField) -> MemberFieldValue {
        switch field {
        case .cardNumber: .text(cardNumber)
        case .firstNameTh: .text(firstNameTh)
        case .lastNameTh: .text(lastNameTh)
        case .firstNameEn: .text(firstNameEn)
        case .lastNameEn: .text(lastNameEn)
        case .segment: .text(segment.rawValue)
        case .membershipType: .text(membershipType.rawValue)
        case .enrolledOn: .text(enrolledOn.iso)
        case .expiresOn: .text(expiresOn.iso)
        case .status: .text(status.rawValue)
        case .email: .text(email)
        case .mobile: .text(mobile)
        case .lineUserID: .text(lineUserID)
        case .addressLine1: .text(addressLine1)
        case .addressLine2: .text(addressLine2)
        case .addressLine3: .text(addressLine3)
        case .postcode: .text(postcode)
        case .preferredLanguage: .text(preferredLanguage.rawValue)
        case .consentPostcard: .flag(consent.postcard)
        case .consentEmail: .flag(consent.email)
        case .consentSMS: .flag(consent.sms)
        case .consentLINE: .flag(consent.line)
        case .notes: .text(notes)
        }
    }

    /// A record read back from its fields' values (`nil`: not given). Codes are read as codes or
    /// raw values, days leniently (ISO, dd/mm/yyyy, B.E.); an unknown code or a day that is not a
    /// date is a problem, all of them collected. A missing status is active, an unknown language
    /// Thai, missing text empty and a missing flag off. The result is neither normalised nor validated.
    public static func reading(_ value: (MemberField) -> MemberFieldValue?) -> Reading {
        func text(_ field: MemberField) -> String? { value(field)?.text }
        func flag(_ field: MemberField) -> Bool { value(field)?.flag ?? false }
        var problems: [MemberProblem] = []
        let segment = Segment(code: text(.segment) ?? "")
        if segment == nil { problems.append(.unknownSegment(text(.segment) ?? "")) }
        let membershipType = MembershipType(code: text(.membershipType) ?? "")
        if membershipType == nil { problems.append(.unknownMembershipType(text(.membershipType) ?? "")) }
        let status = MemberStatus(code: text(.status) ?? "active")
        if status == nil { problems.append(.unknownStatus(text(.status) ?? "")) }
        let enrolled = CivilDate(lenient: text(.enrolledOn) ?? "")
        if enrolled == nil { problems.append(.dateInvalid(field: .enrolled, text: text(.enrolledOn) ?? "")) }
        let expires = CivilDate(lenient: text(.expiresOn) ?? "")
        if expires == nil { problems.append(.dateInvalid(field: .expires, text: text(.expiresOn) ?? "")) }
        guard let segment, let membershipType, let status, let enrolled, let expires else { return .unreadable(problems) }
        return .read(MemberDraft(
            cardNumber: text(.cardNumber) ?? "", firstNameTh: text(.firstNameTh) ?? "", lastNameTh: text(.lastNameTh) ?? "",
            firstNameEn: text(.firstNameEn) ?? "", lastNameEn: text(.lastNameEn) ?? "", segment: segment,
            membershipType: membershipType, enrolledOn: enrolled, expiresOn: expires, status: status,
            email: text(.email) ?? "", mobile: text(.mobile) ?? "", lineUserID: text(.lineUserID) ?? "",
            addressLine1: text(.addressLine1) ?? "", addressLine2: text(.addressLine2) ?? "", addressLine3: text(.addressLine3) ?? "",
            postcode: text(.postcode) ?? "", preferredLanguage: Language(rawValue: text(.preferredLanguage) ?? "") ?? .th,
            consent: ChannelConsent(postcard: flag(.consentPostcard), email: flag(.consentEmail),
                                    sms: flag(.consentSMS), line: flag(.consentLINE)),
            notes: text(.notes) ?? ""))
    }
}
