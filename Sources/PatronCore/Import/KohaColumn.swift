/// The columns of Koha's `borrowers` table (Koha 22.05 … 24.x), which are the header names of
/// Koha's patron export and of its patron-import CSV, plus the three pseudo-columns that Koha's
/// patron import accepts (`patron_attributes`, `guarantor_id`, `guarantor_relationship`).
///
/// Only the columns in `imported` are read into PatronCare; the others are accepted and ignored,
/// so an unchanged Koha export can be uploaded.
public enum KohaColumn: String, CaseIterable, Sendable, Codable {
    case borrowernumber, cardnumber, surname, firstname
    case middleName = "middle_name"
    case preferredName = "preferred_name"
    case title, othernames, initials, pronouns
    case streetnumber, streettype, address, address2, city, state, zipcode, country
    case email, phone, mobile, fax, emailpro, phonepro
    case bStreetnumber = "B_streetnumber"
    case bStreettype = "B_streettype"
    case bAddress = "B_address"
    case bAddress2 = "B_address2"
    case bCity = "B_city"
    case bState = "B_state"
    case bZipcode = "B_zipcode"
    case bCountry = "B_country"
    case bEmail = "B_email"
    case bPhone = "B_phone"
    case dateofbirth, branchcode, categorycode, dateenrolled, dateexpiry
    case passwordExpirationDate = "password_expiration_date"
    case dateRenewed = "date_renewed"
    case gonenoaddress, lost, debarred, debarredcomment
    case contactname, contactfirstname, contacttitle, borrowernotes, relationship, sex
    case password, secret
    case authMethod = "auth_method"
    case flags, userid, opacnote, contactnote, sort1, sort2
    case altcontactfirstname, altcontactsurname, altcontactaddress1, altcontactaddress2, altcontactaddress3
    case altcontactstate, altcontactzipcode, altcontactcountry, altcontactphone
    case smsalertnumber
    case smsProviderID = "sms_provider_id"
    case privacy
    case privacyGuarantorFines = "privacy_guarantor_fines"
    case privacyGuarantorCheckouts = "privacy_guarantor_checkouts"
    case checkprevcheckout
    case updatedOn = "updated_on"
    case lastseen, lang
    case loginAttempts = "login_attempts"
    case overdriveAuthToken = "overdrive_auth_token"
    case anonymized
    case autorenewCheckouts = "autorenew_checkouts"
    case primaryContactMethod = "primary_contact_method"
    case protected
    // Accepted by Koha's patron import, not columns of `borrowers`.
    case patronAttributes = "patron_attributes"
    case guarantorID = "guarantor_id"
    case guarantorRelationship = "guarantor_relationship"

    /// The columns PatronCare reads; see `KohaPatronRecord.draft(existing:mapping:)`.
    public static let imported: Set<KohaColumn> = [
        .cardnumber, .surname, .firstname, .categorycode, .sort1, .dateenrolled, .dateexpiry,
        .address, .address2, .city, .state, .zipcode, .email, .mobile, .smsalertnumber, .phone,
        .borrowernotes, .lang, .debarred,
    ]

    public var isImported: Bool { KohaColumn.imported.contains(self) }

    /// Header text → column, case-insensitive, surrounding spaces ignored.
    public init?(header: some StringProtocol) {
        guard let column = KohaColumn.byLowercasedName[String(header.trimmingCharacters(in: " \t\r\n")).lowercased()] else { return nil }
        self = column
    }

    static let byLowercasedName: [String: KohaColumn] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue.lowercased(), $0) })

    /// What the column holds, in words, for messages ("the enrolment date").
    public func meaning(_ language: Language) -> String {
        switch (self, language) {
        case (.cardnumber, .th): "เลขบัตรสมาชิก"
        case (.cardnumber, .en): "card number"
        case (.categorycode, .th): "ประเภทผู้ใช้"
        case (.categorycode, .en): "patron category"
        case (.dateenrolled, .th): "วันที่สมัคร"
        case (.dateenrolled, .en): "enrolment date"
        case (.dateexpiry, .th): "วันหมดอายุ"
        case (.dateexpiry, .en): "expiry date"
        case (.firstname, .th): "ชื่อ"
        case (.firstname, .en): "first name"
        case (.surname, .th): "นามสกุล"
        case (.surname, .en): "surname"
        case (.debarred, .th): "วันที่ระงับสิทธิ์"
        case (.debarred, .en): "restriction date"
        case (.dateofbirth, .th): "วันเกิด"
        case (.dateofbirth, .en): "date of birth"
        case (_, .th): "ข้อมูล"
        case (_, .en): "value"
        }
    }

    /// The known column closest to a misspelt header, when it is close enough to be a typo.
    static func suggestion(for header: String) -> KohaColumn? {
        let wanted = Array(header.trimmingCharacters(in: " \t").lowercased().utf8)
        guard !wanted.isEmpty else { return nil }
        var best: (KohaColumn, Int)?
        for column in allCases {
            let d = editDistance(wanted, Array(column.rawValue.lowercased().utf8))
            if d < (best?.1 ?? Int.max) { best = (column, d) }
        }
        guard let (column, distance) = best, distance <= max(1, min(3, wanted.count / 3)) else { return nil }
        return column
    }

    /// Edits (insert, delete, replace, swap two neighbours) between two names.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                var d = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = Swift.min(d, beforePrevious[j - 2] + 1) }
                current[j] = d
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}

/// The header row of a Koha patron file: which column each field position holds.
public struct KohaHeader: Equatable, Sendable {
    /// The header cells as written in the file, for writing rejected rows back unchanged.
    public let names: [String]
    /// The column at each position.
    public let columns: [KohaColumn]
    let positions: [KohaColumn: Int]

    /// Reads a header row. Refuses (as a file problem) a cell that is not a Koha `borrowers`
    /// column, an empty cell, a column given twice and a header without `cardnumber`.
    public init(_ names: [String]) throws(ImportFileProblem) {
        var columns: [KohaColumn] = []
        var positions: [KohaColumn: Int] = [:]
        for (index, name) in names.enumerated() {
            let trimmed = String(name.trimmingCharacters(in: " \t\r\n"))
            guard !trimmed.isEmpty else { throw .emptyColumnName(position: index + 1) }
            guard let column = KohaColumn(header: trimmed) else {
                throw .unknownColumn(trimmed, position: index + 1, suggestion: KohaColumn.suggestion(for: trimmed)?.rawValue)
            }
            if let first = positions[column] {
                throw .duplicateColumn(column.rawValue, firstPosition: first + 1, position: index + 1)
            }
            positions[column] = index
            columns.append(column)
        }
        guard positions[.cardnumber] != nil else { throw .missingCardNumberColumn }
        self.names = names
        self.columns = columns
        self.positions = positions
    }

    public var count: Int { columns.count }

    /// The 0-based field position of a column, or nil when the file does not have it.
    public func position(of column: KohaColumn) -> Int? { positions[column] }

    public func contains(_ column: KohaColumn) -> Bool { positions[column] != nil }

    /// Columns present in the file that PatronCare does not read (to tell the user).
    public var ignoredColumns: [KohaColumn] { columns.filter { !$0.isImported } }
}
