/// What one reader may see of a person's personal data (PDPA: least privilege). Every page, receipt,
/// CSV, search, API answer and command builds a member's appearance through this one rule
/// (see `MemberView`), so a new screen cannot forget it.
///
/// * Without `viewMemberPersonalData` (the committee): names keep only the first letter of each
///   word, contacts, addresses, notes and ID numbers are not shown at all.
/// * National ID numbers (a proxy's) show only their last four digits, except to roles with
///   `viewFullIDNumbers` (heads, admins).
public struct PersonalDataMask: Sendable, Equatable {
    public let showsPersonalData: Bool
    public let showsFullIDNumbers: Bool

    public init(role: StaffRole) {
        showsPersonalData = role.can(.viewMemberPersonalData)
        showsFullIDNumbers = role.can(.viewFullIDNumbers)
    }

    init(showsPersonalData: Bool, showsFullIDNumbers: Bool) {
        self.showsPersonalData = showsPersonalData
        self.showsFullIDNumbers = showsFullIDNumbers
    }

    /// The operator on the server's command line (imports, `report unclaimed`): someone with the
    /// database in hand already, who sees what it holds.
    public static let serverOperator = PersonalDataMask(showsPersonalData: true, showsFullIDNumbers: true)

    /// Someone not signed in: sees nobody's personal data.
    public static let anonymous = PersonalDataMask(showsPersonalData: false, showsFullIDNumbers: false)

    /// May this reader search by phone, e-mail or full name? Without it a search by contact would
    /// confirm whose number it is even when the result is masked, so only the card number is searched.
    public var searchesContactsAndNames: Bool { showsPersonalData }

    /// A person's name, or its initials followed by dots.
    public func name(_ name: String) -> String {
        showsPersonalData ? name : Self.initials(name)
    }

    /// An e-mail address, mobile number, LINE id, address line, postcode or free-text note.
    public func contact(_ value: String) -> String {
        showsPersonalData ? value : ""
    }

    /// A national ID number: whole for heads and admins, its last four digits for other staff who
    /// see personal data, nothing for the others.
    public func idNumber(_ number: String) -> String {
        guard showsPersonalData else { return "" }
        if showsFullIDNumbers { return number }
        let digits = number.filter(\.isASCIIDigit)
        guard digits.count > 4 else { return String(repeating: "•", count: digits.count) }
        return String(repeating: "•", count: digits.count - 4) + digits.suffix(4)
    }

    /// Keeps the first letter of each word: enough for a committee member to tell rows apart.
    static func initials(_ name: String) -> String {
        name.split(separator: " ").map { word in
            "\(word.prefix(1))" + String(repeating: "•", count: max(word.count - 1, 0))
        }.joined(separator: " ")
    }
}

/// A member as one reader may see them: the single function (`init(_:mask:)`) every view uses.
public struct MemberView: Sendable, Equatable {
    public let cardNumber: String
    /// Thai name when there is one, else the English one (masked as `PersonalDataMask.name`).
    public let name: String
    public let nameTh: String
    public let nameEn: String
    public let email: String
    public let mobile: String
    public let lineUserID: String
    /// Non-empty address lines (none when masked).
    public let addressLines: [String]
    public let postcode: String
    /// Staff notes are free text about the person: personal data.
    public let notes: String
    public let showsPersonalData: Bool

    public init(_ draft: MemberDraft, mask: PersonalDataMask) {
        func joined(_ parts: String...) -> String { parts.filter { !$0.isEmpty }.joined(separator: " ") }
        cardNumber = draft.cardNumber
        name = mask.name(draft.displayName)
        nameTh = mask.name(joined(draft.firstNameTh, draft.lastNameTh))
        nameEn = mask.name(joined(draft.firstNameEn, draft.lastNameEn))
        email = mask.contact(draft.email)
        mobile = mask.contact(draft.mobile)
        lineUserID = mask.contact(draft.lineUserID)
        addressLines = [draft.addressLine1, draft.addressLine2, draft.addressLine3].map(mask.contact).filter { !$0.isEmpty }
        postcode = mask.contact(draft.postcode)
        notes = mask.contact(draft.notes)
        showsPersonalData = mask.showsPersonalData
    }

    public init(_ draft: MemberDraft, for role: StaffRole) {
        self.init(draft, mask: PersonalDataMask(role: role))
    }
}
