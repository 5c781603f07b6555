/// The longest text each stored field accepts, in characters as a person sees them. Forms, the API
/// and imports all go through the core's validation, so a 50 MB surname is refused everywhere
/// with the same message instead of making a 100 MB page.
public enum FieldLimits {
    public static let name = 100
    public static let email = 254
    /// Before normalising to digits (spaces and dashes allowed).
    public static let mobile = 20
    public static let lineUserID = 64
    public static let addressLine = 200
    public static let notes = 2_000
    /// A ledger note, a correction's reason, a late-refund override's reason, a refund request's note.
    public static let moneyNote = 1_000
    /// A proxy's name on a refund.
    public static let proxyName = 200
    public static let proxyIDNumber = 20
    /// The counter (service point) named on a receipt.
    public static let counter = 100

    /// More than `maximum` characters? Counting UTF-8 first keeps a 50 MB text from being walked
    /// grapheme by grapheme.
    public static func exceeds(_ text: String, _ maximum: Int) -> Bool {
        text.utf8.count > maximum && text.count > maximum
    }
}

/// A member field a length limit applies to, with its name in both languages.
public enum MemberTextField: String, Sendable, CaseIterable {
    case firstNameTh, lastNameTh, firstNameEn, lastNameEn, email, mobile, lineUserID
    case addressLine1, addressLine2, addressLine3, notes

    public var maximumLength: Int {
        switch self {
        case .firstNameTh, .lastNameTh, .firstNameEn, .lastNameEn: FieldLimits.name
        case .email: FieldLimits.email
        case .mobile: FieldLimits.mobile
        case .lineUserID: FieldLimits.lineUserID
        case .addressLine1, .addressLine2, .addressLine3: FieldLimits.addressLine
        case .notes: FieldLimits.notes
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.firstNameTh, .th): "ชื่อ (ไทย)"
        case (.firstNameTh, .en): "First name (Thai)"
        case (.lastNameTh, .th): "นามสกุล (ไทย)"
        case (.lastNameTh, .en): "Surname (Thai)"
        case (.firstNameEn, .th): "ชื่อ (อังกฤษ)"
        case (.firstNameEn, .en): "First name (English)"
        case (.lastNameEn, .th): "นามสกุล (อังกฤษ)"
        case (.lastNameEn, .en): "Surname (English)"
        case (.email, .th): "อีเมล"
        case (.email, .en): "E-mail"
        case (.mobile, .th): "เบอร์โทรศัพท์มือถือ"
        case (.mobile, .en): "Mobile number"
        case (.lineUserID, .th): "LINE ID"
        case (.lineUserID, .en): "LINE ID"
        case (.addressLine1, .th): "ที่อยู่ บรรทัด 1"
        case (.addressLine1, .en): "Address line 1"
        case (.addressLine2, .th): "ที่อยู่ บรรทัด 2"
        case (.addressLine2, .en): "Address line 2"
        case (.addressLine3, .th): "ที่อยู่ บรรทัด 3"
        case (.addressLine3, .en): "Address line 3"
        case (.notes, .th): "หมายเหตุ"
        case (.notes, .en): "Notes"
        }
    }

    func value(in draft: MemberDraft) -> String {
        switch self {
        case .firstNameTh: draft.firstNameTh
        case .lastNameTh: draft.lastNameTh
        case .firstNameEn: draft.firstNameEn
        case .lastNameEn: draft.lastNameEn
        case .email: draft.email
        case .mobile: draft.mobile
        case .lineUserID: draft.lineUserID
        case .addressLine1: draft.addressLine1
        case .addressLine2: draft.addressLine2
        case .addressLine3: draft.addressLine3
        case .notes: draft.notes
        }
    }
}

/// A free-text field of a money movement that is longer than `FieldLimits` allows.
public struct TextTooLong: Error, Equatable, Sendable {
    public let fieldTh: String
    public let fieldEn: String
    public let maximum: Int

    public init(fieldTh: String, fieldEn: String, maximum: Int) {
        self.fieldTh = fieldTh
        self.fieldEn = fieldEn
        self.maximum = maximum
    }

    /// Nil when `text` fits in `maximum` characters.
    public static func check(_ text: String, maximum: Int, th: String, en: String) -> TextTooLong? {
        FieldLimits.exceeds(text, maximum) ? TextTooLong(fieldTh: th, fieldEn: en, maximum: maximum) : nil
    }

    public func message(_ language: Language) -> String {
        language == .th ? "\(fieldTh)ยาวเกิน \(maximum) ตัวอักษร กรุณาย่อให้สั้นลง" : "\(fieldEn) is longer than \(maximum) characters. Please shorten it."
    }
}
