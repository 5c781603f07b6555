/// Why a whole import file is refused: nothing in it is imported. Line and column numbers
/// count from 1; the header is line 1.
public enum ImportFileProblem: Error, Equatable, Sendable {
    /// No bytes, or only blank lines: not even a header row.
    case empty
    /// A header row and nothing else.
    case noRecords
    /// The caller asked for an encoding this importer does not know.
    case unsupportedEncodingName(String)
    /// UTF-8 was asked for (or the file starts with a UTF-8 mark) but the bytes are not UTF-8.
    case invalidUTF8(line: Int)
    /// Neither UTF-8 nor Thai Windows-874/TIS-620 (e.g. Latin-1, a spreadsheet, a PDF).
    case unrecognisedEncoding(line: Int)
    /// Windows-874 was asked for but the bytes are not Thai Windows-874 text.
    case notWindows874(line: Int)
    /// Thai text garbled by a wrong conversion before the upload ("à¸ªà¸¡…", "เธชเธก…").
    case doubleEncoded(line: Int, sample: String)
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(line: Int)
    case emptyColumnName(position: Int)
    /// A header that is not a column of Koha's `borrowers` table; `suggestion` is the closest one.
    case unknownColumn(String, position: Int, suggestion: String?)
    case duplicateColumn(String, firstPosition: Int, position: Int)
    case missingCardNumberColumn

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.empty, .th):
            return "ไฟล์ว่างเปล่า ไม่มีแม้แต่แถวหัวตาราง — ส่งออกรายชื่อสมาชิกจาก Koha เป็นไฟล์ CSV ที่มีแถวหัวตาราง (cardnumber, surname, firstname, …) แล้วลองอีกครั้ง"
        case (.empty, .en):
            return "The file is empty: it has not even a header row. Export the patrons from Koha as a CSV file with a header row (cardnumber, surname, firstname, …) and try again."
        case (.noRecords, .th):
            return "ไฟล์มีเพียงแถวหัวตาราง ไม่มีข้อมูลสมาชิก — ตรวจว่าส่งออกข้อมูลจาก Koha ครบแล้ว"
        case (.noRecords, .en):
            return "The file has a header row but no patrons. Check that the Koha export is complete."
        case (.unsupportedEncodingName(let name), .th):
            return "ไม่รองรับการเข้ารหัส “\(name)” (ใช้ได้: utf-8, windows-874, tis-620 หรือเว้นว่างเพื่อให้ระบบตรวจเอง)"
        case (.unsupportedEncodingName(let name), .en):
            return "Unsupported encoding “\(name)” (use utf-8, windows-874 or tis-620, or leave it empty to detect it)."
        case (.invalidUTF8(let line), .th):
            return "ไฟล์ไม่ใช่ UTF-8 ที่ถูกต้อง (พบข้อมูลผิดรูปแบบที่บรรทัด \(line)) — บันทึกไฟล์ใหม่เป็น “CSV UTF-8” หรือเลือกการเข้ารหัสแบบอัตโนมัติหรือ Windows-874"
        case (.invalidUTF8(let line), .en):
            return "The file is not valid UTF-8 (malformed bytes on line \(line)). Save it again as “CSV UTF-8”, or choose automatic detection or Windows-874."
        case (.unrecognisedEncoding(let line), .th):
            return "อ่านไฟล์ไม่ได้: ไม่ใช่ UTF-8 และไม่ใช่ภาษาไทย Windows-874/TIS-620 (ดูบรรทัด \(line)) — เปิดไฟล์ใน Excel แล้วบันทึกเป็น “CSV UTF-8” แล้วนำเข้าใหม่"
        case (.unrecognisedEncoding(let line), .en):
            return "The file cannot be read: it is neither UTF-8 nor Thai Windows-874/TIS-620 (see line \(line)). Open it in Excel, save it as “CSV UTF-8” and import it again."
        case (.notWindows874(let line), .th):
            return "ไฟล์ไม่ใช่ข้อความภาษาไทย Windows-874/TIS-620 (บรรทัด \(line) มีอักขระที่การเข้ารหัสนี้ไม่มี หรือไฟล์ขึ้นต้นด้วยเครื่องหมาย UTF-8) — เลือก UTF-8 หรือแบบอัตโนมัติ"
        case (.notWindows874(let line), .en):
            return "The file is not Thai Windows-874/TIS-620 text (line \(line) holds bytes that encoding does not use, or the file starts with a UTF-8 mark). Choose UTF-8 or automatic detection."
        case (.doubleEncoded(let line, let sample), .th):
            return "ข้อความภาษาไทยในไฟล์ถูกแปลงรหัสซ้ำจนอ่านไม่ออก (บรรทัด \(line): “\(sample)”) — ส่งออกจาก Koha ใหม่เป็น UTF-8 และอย่าเปิดแล้วบันทึกทับด้วยโปรแกรมที่ใช้รหัสอื่น"
        case (.doubleEncoded(let line, let sample), .en):
            return "The Thai text in the file was converted twice and is garbled (line \(line): “\(sample)”). Export it from Koha again as UTF-8 and do not re-save it in a program that uses another encoding."
        case (.unterminatedQuote(let line), .th):
            return "เครื่องหมายคำพูด (\") ที่เปิดในบรรทัด \(line) ไม่มีการปิด จึงอ่านส่วนที่เหลือของไฟล์ไม่ได้ — แก้เครื่องหมายคำพูดในบรรทัดนั้นแล้วนำเข้าใหม่"
        case (.unterminatedQuote(let line), .en):
            return "The quote (\") opened on line \(line) is never closed, so the rest of the file cannot be read. Fix the quotes on that line and import again."
        case (.emptyColumnName(let position), .th):
            return "คอลัมน์ที่ \(position) ในแถวหัวตารางไม่มีชื่อ — ตั้งชื่อตามคอลัมน์ของตาราง borrowers ของ Koha หรือลบคอลัมน์นั้นออก"
        case (.emptyColumnName(let position), .en):
            return "Column \(position) of the header row has no name. Name it after a column of Koha's borrowers table, or delete the column."
        case (.unknownColumn(let name, let position, let suggestion), .th):
            let hint = suggestion.map { " (หมายถึง “\($0)” หรือไม่?)" } ?? ""
            return "คอลัมน์ “\(name)” (คอลัมน์ที่ \(position)) ไม่ใช่คอลัมน์ของตาราง borrowers ของ Koha\(hint) — แก้ชื่อคอลัมน์ หรือลบคอลัมน์นั้นออก"
        case (.unknownColumn(let name, let position, let suggestion), .en):
            let hint = suggestion.map { " (did you mean “\($0)”?)" } ?? ""
            return "Column “\(name)” (column \(position)) is not a column of Koha's borrowers table\(hint). Correct its name or delete the column."
        case (.duplicateColumn(let name, let first, let second), .th):
            return "คอลัมน์ “\(name)” ซ้ำกัน (คอลัมน์ที่ \(first) และ \(second)) — ลบคอลัมน์ที่ซ้ำออกหนึ่งคอลัมน์"
        case (.duplicateColumn(let name, let first, let second), .en):
            return "Column “\(name)” appears twice (columns \(first) and \(second)). Delete one of them."
        case (.missingCardNumberColumn, .th):
            return "แถวหัวตารางไม่มีคอลัมน์ cardnumber (เลขบัตรสมาชิก) ซึ่งจำเป็นสำหรับจับคู่กับสมาชิก — ส่งออกจาก Koha ใหม่โดยเลือกคอลัมน์ cardnumber ด้วย"
        case (.missingCardNumberColumn, .en):
            return "The header row has no cardnumber column, which is needed to match patrons to members. Export from Koha again including cardnumber."
        }
    }
}

/// Why one row of an import cannot be stored. The other rows are not affected.
public enum ImportRowProblem: Equatable, Sendable {
    /// The row does not have as many fields as the header has columns.
    case fieldCount(found: Int, expected: Int)
    /// `categorycode` is not in the category mapping.
    case unknownCategory(String)
    /// A column a new member needs is empty or absent (cardnumber, categorycode, dateenrolled, dateexpiry).
    case missingValue(KohaColumn)
    /// The same card number is on an earlier line of the same file.
    case duplicateCardNumber(String, firstLine: Int)
    /// A date cell that is not YYYY-MM-DD or DD/MM/YYYY (Gregorian or Buddhist year).
    case badDate(KohaColumn, text: String)
    /// The resulting member record is not valid (bad e-mail, expiry before enrolment, …).
    case member(MemberProblem)

    /// The Koha column to point at, when there is one.
    public var column: KohaColumn? {
        switch self {
        case .fieldCount: nil
        case .unknownCategory: .categorycode
        case .missingValue(let column), .badDate(let column, _): column
        case .duplicateCardNumber: .cardnumber
        case .member(let problem):
            switch problem {
            case .cardNumberMissing, .cardNumberInvalid, .cardNumberTaken: .cardnumber
            case .nameMissing: .firstname
            case .dateInvalid(let field, _): field == .enrolled ? .dateenrolled : .dateexpiry
            case .expiryBeforeEnrolment: .dateexpiry
            case .emailInvalid: .email
            case .mobileInvalid: .mobile
            case .postcodeInvalid: .zipcode
            case .unknownSegment: .sort1
            case .unknownMembershipType: .categorycode
            case .unknownStatus, .consentWithoutContact: nil
            case .tooLong(let field):
                switch field {
                case .firstNameTh, .firstNameEn: .firstname
                case .lastNameTh, .lastNameEn: .surname
                case .email: .email
                case .mobile: .mobile
                case .lineUserID: nil
                case .addressLine1: .address
                case .addressLine2: .address2
                case .addressLine3: .city
                case .notes: .borrowernotes
                }
            }
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.fieldCount(let found, let expected), .th):
            return "แถวนี้มี \(found) ช่อง แต่แถวหัวตารางมี \(expected) คอลัมน์ — ตรวจเครื่องหมายจุลภาค (,) หรือเครื่องหมายคำพูด (\") ที่ขาดหรือเกิน"
        case (.fieldCount(let found, let expected), .en):
            return "This row has \(found) fields but the header has \(expected) columns. Check for a missing or extra comma or quote."
        case (.unknownCategory(let code), .th):
            return "ไม่รู้จักประเภทผู้ใช้ Koha “\(code)” (categorycode) — เพิ่มรหัสนี้ในการจับคู่ประเภทสมาชิก หรือแก้รหัสในแถวนี้"
        case (.unknownCategory(let code), .en):
            return "Unknown Koha patron category “\(code)” (categorycode). Add it to the category mapping or correct the row."
        case (.missingValue(let column), .th):
            return "ไม่มี\(column.meaning(.th)) (คอลัมน์ \(column.rawValue)) ซึ่งจำเป็นสำหรับสมาชิกใหม่"
        case (.missingValue(let column), .en):
            return "The \(column.meaning(.en)) (column \(column.rawValue)) is empty; a new member needs one."
        case (.duplicateCardNumber(let card, let line), .th):
            return "เลขบัตร \(card) ซ้ำกับแถวบรรทัดที่ \(line) ในไฟล์เดียวกัน — ลบหรือแก้แถวที่ซ้ำ แล้วนำเข้าเฉพาะแถวนี้ใหม่"
        case (.duplicateCardNumber(let card, let line), .en):
            return "Card number \(card) is already on line \(line) of this file. Remove or correct the duplicate, then import this row again."
        case (.badDate(let column, let text), .th):
            return "\(column.meaning(.th)) “\(text)” (คอลัมน์ \(column.rawValue)) ไม่ใช่วันที่ที่ถูกต้อง (ใช้ YYYY-MM-DD หรือ วว/ดด/ปปปป ปี ค.ศ. หรือ พ.ศ.)"
        case (.badDate(let column, let text), .en):
            let meaning = column.meaning(.en)
            return "\(meaning.prefix(1).uppercased() + meaning.dropFirst()) “\(text)” (column \(column.rawValue)) is not a valid date (use YYYY-MM-DD or DD/MM/YYYY, Gregorian or Buddhist year)."
        case (.member(let problem), _):
            return problem.message(language)
        }
    }
}

/// A row that cannot be imported, with every reason found (not only the first).
public struct ImportRowRejection: Error, Equatable, Sendable {
    /// The physical line on which the row starts (the header is line 1).
    public let line: Int
    public let problems: [ImportRowProblem]

    public init(line: Int, problems: [ImportRowProblem]) {
        self.line = line
        self.problems = problems
    }

    /// One sentence per problem, for a report or the reject file.
    public func messages(_ language: Language) -> [String] { problems.map { $0.message(language) } }
}
