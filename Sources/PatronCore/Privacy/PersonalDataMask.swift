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

    /// Where a value is shown: on a screen behind the sign-in, or on paper that leaves the system
    /// (a refund slip handed over and filed).
    public enum Medium: Sendable, Equatable {
        case screen
        case paper
    }

    /// A national ID number: on screen whole for heads and admins, its last four digits for other
    /// staff who see personal data, nothing for the others. On paper its last four digits for
    /// everyone who sees personal data, heads too: a printed sheet is beyond the access rules (the
    /// whole number stays sealed in the ledger, for heads to read on screen).
    public func idNumber(_ number: String, on medium: Medium = .screen) -> String {
        guard showsPersonalData else { return "" }
        if showsFullIDNumbers && medium == .screen { return number }
        let digits = number.filter(\.isASCIIDigit)
        guard digits.count > 4 else { return String(repeating: "•", count: digits.count) }
        return String(repeating: "•", count: digits.count - 4) + digits.suffix(4)
    }

    /// A proxy who collected a refund, as this reader may see them (`ProxyView`). `idNumber` nil: the
    /// stored number could not be opened (sealed with another key); readers who would see a number
    /// see `unreadable` instead, never silently nothing.
    public func proxy(name: String, idNumber: String?, unreadable: String = "", on medium: Medium = .screen) -> ProxyView {
        let shown = idNumber.map { self.idNumber($0, on: medium) } ?? (showsPersonalData ? unreadable : "")
        return ProxyView(name: self.name(name), idNumber: shown)
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

/// The person who collected a refund for a member, as one reader may see them: the name masked
/// like a member's, the national ID number as `PersonalDataMask.idNumber` allows (empty: not shown).
/// Every place a proxy appears — the deposit's history, the refund slip — builds it through
/// `PersonalDataMask.proxy(name:idNumber:on:)`.
public struct ProxyView: Sendable, Equatable {
    public let name: String
    public let idNumber: String

    init(name: String, idNumber: String) {
        self.name = name
        self.idNumber = idNumber
    }

    /// `วิภา ญาติดี (•••••••••2345)`, or the name alone when the number is not shown.
    public var line: String { idNumber.isEmpty ? name : "\(name) (\(idNumber))" }
}
