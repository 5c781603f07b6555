/// Everything a member record holds, as typed by staff or read from an import, before it is stored.
/// `validate()` is the single place that decides whether a record may be stored.
public struct MemberDraft: Equatable, Sendable, Codable {
    public var cardNumber: String
    public var firstNameTh: String
    public var lastNameTh: String
    public var firstNameEn: String
    public var lastNameEn: String
    public var segment: Segment
    public var membershipType: MembershipType
    public var enrolledOn: CivilDate
    public var expiresOn: CivilDate
    public var status: MemberStatus
    public var email: String
    public var mobile: String
    public var lineUserID: String
    public var addressLine1: String
    public var addressLine2: String
    public var addressLine3: String
    public var postcode: String
    public var preferredLanguage: Language
    public var consent: ChannelConsent
    public var notes: String

    public init(
        cardNumber: String, firstNameTh: String = "", lastNameTh: String = "",
        firstNameEn: String = "", lastNameEn: String = "", segment: Segment,
        membershipType: MembershipType, enrolledOn: CivilDate, expiresOn: CivilDate,
        status: MemberStatus = .active, email: String = "", mobile: String = "", lineUserID: String = "",
        addressLine1: String = "", addressLine2: String = "", addressLine3: String = "", postcode: String = "",
        preferredLanguage: Language = .th, consent: ChannelConsent = ChannelConsent(), notes: String = ""
    ) {
        self.cardNumber = cardNumber
        self.firstNameTh = firstNameTh
        self.lastNameTh = lastNameTh
        self.firstNameEn = firstNameEn
        self.lastNameEn = lastNameEn
        self.segment = segment
        self.membershipType = membershipType
        self.enrolledOn = enrolledOn
        self.expiresOn = expiresOn
        self.status = status
        self.email = email
        self.mobile = mobile
        self.lineUserID = lineUserID
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.postcode = postcode
        self.preferredLanguage = preferredLanguage
        self.consent = consent
        self.notes = notes
    }

    /// Trims surrounding spaces, normalises the mobile number to digits and lower-cases the e-mail,
    /// so the same person typed twice compares equal.
    public func normalized() -> MemberDraft {
        var copy = self
        func trim(_ s: String) -> String { String(s.trimmingCharacters(in: " \t\r\n")) }
        copy.cardNumber = trim(cardNumber)
        copy.firstNameTh = trim(firstNameTh)
        copy.lastNameTh = trim(lastNameTh)
        copy.firstNameEn = trim(firstNameEn)
        copy.lastNameEn = trim(lastNameEn)
        copy.email = trim(email).lowercased()
        copy.mobile = PhoneNumber.normalize(mobile)
        copy.lineUserID = trim(lineUserID)
        copy.addressLine1 = trim(addressLine1)
        copy.addressLine2 = trim(addressLine2)
        copy.addressLine3 = trim(addressLine3)
        copy.postcode = trim(postcode)
        copy.notes = trim(notes)
        return copy
    }

    /// Every problem with the record; empty when it may be stored. Call on a `normalized()` draft.
    public func validate() -> [MemberProblem] {
        var problems: [MemberProblem] = []
        // Lengths first: a field that is too long is named, never echoed back or checked further.
        let tooLong = MemberTextField.allCases.filter { FieldLimits.exceeds($0.value(in: self), $0.maximumLength) }
        if !tooLong.isEmpty { return tooLong.map(MemberProblem.tooLong) }
        if cardNumber.isEmpty {
            problems.append(.cardNumberMissing)
        } else if cardNumber.count > 32 || !cardNumber.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
            problems.append(.cardNumberInvalid(String(cardNumber.prefix(40))))
        }
        if firstNameTh.isEmpty && firstNameEn.isEmpty && lastNameTh.isEmpty && lastNameEn.isEmpty {
            problems.append(.nameMissing)
        }
        if expiresOn < enrolledOn {
            problems.append(.expiryBeforeEnrolment(enrolled: enrolledOn, expires: expiresOn))
        }
        if !email.isEmpty && !EmailAddress.isValid(email) {
            problems.append(.emailInvalid(email))
        }
        if !mobile.isEmpty && !PhoneNumber.isValidThaiMobile(mobile) {
            problems.append(.mobileInvalid(mobile))
        }
        if !postcode.isEmpty && !(postcode.count == 5 && postcode.allSatisfy(\.isASCIIDigit)) {
            problems.append(.postcodeInvalid(postcode))
        }
        if consent.email && email.isEmpty { problems.append(.consentWithoutContact(.email)) }
        if consent.sms && mobile.isEmpty { problems.append(.consentWithoutContact(.sms)) }
        if consent.line && lineUserID.isEmpty { problems.append(.consentWithoutContact(.line)) }
        if consent.postcard && (addressLine1.isEmpty || postcode.isEmpty) {
            problems.append(.consentWithoutContact(.postcard))
        }
        return problems
    }

    /// Thai name when there is one, else the English name.
    public var displayName: String {
        Self.displayName(firstNameTh: firstNameTh, lastNameTh: lastNameTh, firstNameEn: firstNameEn, lastNameEn: lastNameEn)
    }

    /// The rule of `displayName`, for readers that select only the name columns.
    public static func displayName(firstNameTh: String, lastNameTh: String, firstNameEn: String, lastNameEn: String) -> String {
        let thai = [firstNameTh, lastNameTh].filter { !$0.isEmpty }.joined(separator: " ")
        let english = [firstNameEn, lastNameEn].filter { !$0.isEmpty }.joined(separator: " ")
        return thai.isEmpty ? english : thai
    }
}

/// Which channels the member agreed to be contacted on (PDPA consent), one flag per channel.
public struct ChannelConsent: Equatable, Hashable, Sendable, Codable {
    public var postcard: Bool
    public var email: Bool
    public var sms: Bool
    public var line: Bool

    public init(postcard: Bool = false, email: Bool = false, sms: Bool = false, line: Bool = false) {
        self.postcard = postcard
        self.email = email
        self.sms = sms
        self.line = line
    }

    public func allows(_ channel: ContactChannel) -> Bool {
        switch channel {
        case .postcard: postcard
        case .email: email
        case .sms: sms
        case .line: line
        }
    }
}
