/// A Koha patron CSV (the columns of Koha's `borrowers` table), read and checked as a whole.
///
/// ```swift
/// let file = try KohaPatronFile(bytes: upload)                  // throws ImportFileProblem
/// let existing = try await members.drafts(cardNumbers: file.cardNumbers)   // the app's bulk lookup
/// for record in file.records {
///     switch record.draft(existing: existing[record.cardNumber], mapping: mapping) {
///     case .success(let draft): save(draft)
///     case .failure(let rejection): rejected.append(record); report(rejection.messages(.th))
///     }
/// }
/// let rejectsCSV = file.rejectCSV(rejected)                     // same header, rows unchanged
/// ```
public struct KohaPatronFile: Equatable, Sendable {
    /// The encoding the upload was in (`.windows874` when it was converted from TIS-620).
    public let encoding: TextEncoding
    public let header: KohaHeader
    /// The data rows, in file order, without blank rows.
    public let records: [KohaPatronRecord]

    /// Decodes (see `ImportTextDecoder`), parses and checks the header. Throws for problems of
    /// the whole file; problems of single rows come later, from `KohaPatronRecord.draft`.
    public init(bytes: [UInt8], forcing encoding: TextEncoding? = nil) throws(ImportFileProblem) {
        let decoded = try ImportTextDecoder.decode(bytes, forcing: encoding)
        try self.init(text: decoded.text, encoding: decoded.encoding)
    }

    /// `encodingLabel` as typed by a person or given on the command line (`utf-8`, `tis-620`, …);
    /// nil or empty to detect it.
    public init(bytes: [UInt8], encodingLabel: String?) throws(ImportFileProblem) {
        var forced: TextEncoding?
        if let label = encodingLabel, !label.trimmingCharacters(in: " ").isEmpty {
            guard let encoding = TextEncoding(label: label) else { throw .unsupportedEncodingName(label) }
            forced = encoding
        }
        try self.init(bytes: bytes, forcing: forced)
    }

    /// Parses text that is already decoded. A leading U+FEFF is dropped.
    public init(text: String, encoding: TextEncoding = .utf8) throws(ImportFileProblem) {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let rows = try CSVParser.records(in: text)
        guard let headerRow = rows.first else { throw .empty }
        let header = try KohaHeader(headerRow.fields)
        guard rows.count > 1 else { throw .noRecords }

        let cardPosition = header.position(of: .cardnumber)!
        var firstLineOfCard: [String: Int] = [:]
        firstLineOfCard.reserveCapacity(rows.count)
        var records: [KohaPatronRecord] = []
        records.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            var duplicateOf: Int?
            var card = ""
            if row.fields.count == header.count {
                card = KohaPatronRecord.clean(row.fields[cardPosition])
                if !card.isEmpty {
                    if let first = firstLineOfCard[card] { duplicateOf = first } else { firstLineOfCard[card] = row.line }
                }
            }
            records.append(KohaPatronRecord(line: row.line, fields: row.fields, header: header,
                                            cardNumber: card, duplicateOfLine: duplicateOf))
        }
        self.encoding = encoding
        self.header = header
        self.records = records
    }

    /// The distinct, non-empty card numbers of the file (trimmed, as typed), for looking up the
    /// existing members in one query.
    public var cardNumbers: Set<String> {
        Set(records.lazy.map(\.cardNumber).filter { !$0.isEmpty })
    }

    /// A CSV with the file's header and the given rows exactly as they were uploaded, to be
    /// corrected and imported again. UTF-8 with a byte-order mark (so Excel shows the Thai)
    /// unless `byteOrderMark` is false.
    public func rejectCSV(_ rejected: [KohaPatronRecord], byteOrderMark: Bool = true) -> String {
        CSVWriter.roundTripDocument([header.names] + rejected.map(\.fields), byteOrderMark: byteOrderMark)
    }
}

/// One data row of a Koha patron file.
public struct KohaPatronRecord: Equatable, Sendable {
    /// The physical line on which the row starts (the header is line 1).
    public let line: Int
    /// The fields exactly as uploaded, for writing the row back unchanged.
    public let fields: [String]
    public let header: KohaHeader
    /// `cardnumber`, trimmed; empty when the cell is empty or the row has the wrong field count.
    public let cardNumber: String
    /// The line where this card number first appears, when this row repeats it.
    public let duplicateOfLine: Int?

    public init(line: Int, fields: [String], header: KohaHeader, cardNumber: String, duplicateOfLine: Int?) {
        self.line = line
        self.fields = fields
        self.header = header
        self.cardNumber = cardNumber
        self.duplicateOfLine = duplicateOfLine
    }

    /// The raw cell of a column; nil when the file has no such column or the row is too short.
    public subscript(column: KohaColumn) -> String? {
        guard let position = header.position(of: column), position < fields.count else { return nil }
        return fields[position]
    }

    /// Builds the member record this row describes.
    ///
    /// * `existing == nil` — a new member: `cardnumber`, a name (`firstname` or `surname`),
    ///   `categorycode`, `dateenrolled` and `dateexpiry` are required; status is active, or
    ///   suspended when `debarred` is set; no channel consent (PDPA: an import never grants it).
    /// * `existing` given — an update of that member: **a column missing from the file, or an
    ///   empty cell, keeps the existing value.** An import never erases data (this is also how
    ///   Koha's own patron import treats blank cells); clearing a field is done in PatronCare.
    ///   Consent, LINE user ID and status are kept (a non-empty `debarred` still suspends; an
    ///   empty one does not lift a suspension).
    ///
    /// Mapping: `firstname`/`surname` → Thai name fields when they contain Thai script, else the
    /// English ones (the other language's name is kept on update); `categorycode` → type and
    /// segment through `mapping`, then `sort1` holding a segment code overrides the segment;
    /// `address` → line 1, `address2` → line 2, `city` + `state` → line 3, `zipcode` → postcode
    /// (line breaks inside these cells become ", "); `mobile`, else `smsalertnumber`, else
    /// `phone` when it is a Thai mobile number → mobile (a landline in `phone` is ignored rather
    /// than rejecting the row); `email` → e-mail; `borrowernotes` → notes; `lang` starting `th`/`en`
    /// → language (otherwise, for a new member, Thai when there is a Thai name, else English);
    /// `dateenrolled`/`dateexpiry` via `CivilDate(lenient:)` (ISO or DD/MM/YYYY, B.E. years).
    /// The draft is `normalized()` and `validate()`d; every problem found is reported at once.
    public func draft(existing: MemberDraft?, mapping: KohaCategoryMapping = .default) -> Result<MemberDraft, ImportRowRejection> {
        guard fields.count == header.count else {
            return .failure(ImportRowRejection(line: line, problems: [.fieldCount(found: fields.count, expected: header.count)]))
        }
        var problems: [ImportRowProblem] = []
        let isNew = existing == nil

        func text(_ column: KohaColumn) -> String? {
            guard let position = header.position(of: column) else { return nil }
            let value = KohaPatronRecord.clean(fields[position])
            return value.isEmpty ? nil : value
        }
        func date(_ column: KohaColumn) -> CivilDate? {
            guard let value = text(column) else {
                if isNew { problems.append(.missingValue(column)) }
                return nil
            }
            guard let date = KohaPatronRecord.date(value) else {
                problems.append(.badDate(column, text: value))
                return nil
            }
            return date
        }

        // Identity and category.
        if cardNumber.isEmpty { problems.append(.missingValue(.cardnumber)) }
        var category: KohaCategoryMapping.Entry?
        if let code = text(.categorycode) {
            category = mapping.entry(for: code)
            if category == nil { problems.append(.unknownCategory(code)) }
        } else if isNew {
            problems.append(.missingValue(.categorycode))
        }
        let sortSegment = text(.sort1).flatMap { Segment(code: $0) }
        let enrolled = date(.dateenrolled)
        let expires = date(.dateexpiry)
        if let first = duplicateOfLine { problems.append(.duplicateCardNumber(cardNumber, firstLine: first)) }

        // Start from the existing record, or from placeholders for what is missing so that the
        // rest of the row is still checked; problems caused by placeholders are dropped below.
        let placeholderDate = enrolled ?? expires ?? CivilDate(year: 2000, month: 1, day: 1)!
        var draft = existing ?? MemberDraft(
            cardNumber: cardNumber,
            segment: category?.segment ?? .u1,
            membershipType: category?.membershipType ?? .student,
            enrolledOn: enrolled ?? placeholderDate,
            expiresOn: expires ?? placeholderDate
        )
        if !cardNumber.isEmpty { draft.cardNumber = cardNumber }
        if let category {
            draft.membershipType = category.membershipType
            draft.segment = category.segment
        }
        if let sortSegment { draft.segment = sortSegment }
        if let enrolled { draft.enrolledOn = enrolled }
        if let expires { draft.expiresOn = expires }

        // Names.
        if let first = text(.firstname).map(KohaPatronRecord.singleLine) {
            if first.containsThai { draft.firstNameTh = first } else { draft.firstNameEn = first }
        }
        if let last = text(.surname).map(KohaPatronRecord.singleLine) {
            if last.containsThai { draft.lastNameTh = last } else { draft.lastNameEn = last }
        }

        // Address.
        if let line1 = text(.address) { draft.addressLine1 = KohaPatronRecord.singleLine(line1) }
        if let line2 = text(.address2) { draft.addressLine2 = KohaPatronRecord.singleLine(line2) }
        let city = text(.city).map(KohaPatronRecord.singleLine)
        let state = text(.state).map(KohaPatronRecord.singleLine)
        if city != nil || state != nil {
            draft.addressLine3 = [city, state].compactMap { $0 }.joined(separator: " ")
        }
        if let postcode = text(.zipcode) { draft.postcode = postcode }

        // Contacts and the rest.
        let phoneIfMobile = text(.phone).flatMap { PhoneNumber.isValidThaiMobile(PhoneNumber.normalize($0)) ? $0 : nil }
        if let mobile = text(.mobile) ?? text(.smsalertnumber) ?? phoneIfMobile { draft.mobile = mobile }
        if let email = text(.email) { draft.email = email }
        if let notes = text(.borrowernotes) { draft.notes = notes }
        let language = text(.lang).flatMap(KohaPatronRecord.language)
        if let language {
            draft.preferredLanguage = language
        } else if isNew {
            draft.preferredLanguage = draft.firstNameTh.isEmpty && draft.lastNameTh.isEmpty ? .en : .th
        }
        if let debarred = text(.debarred), !KohaPatronRecord.isZeroDate(debarred) {
            draft.status = .suspended
        } else if isNew {
            draft.status = .active
        }
        if isNew { draft.consent = ChannelConsent() }

        draft = draft.normalized()
        let datesArePlaceholders = enrolled == nil || expires == nil
        for problem in draft.validate() {
            switch problem {
            case .cardNumberMissing where cardNumber.isEmpty: continue
            case .expiryBeforeEnrolment where isNew && datesArePlaceholders: continue
            default: problems.append(.member(problem))
            }
        }
        guard problems.isEmpty else { return .failure(ImportRowRejection(line: line, problems: problems)) }
        return .success(draft)
    }

    // MARK: Cell helpers

    /// Trims spaces, tabs, line breaks and no-break spaces around a cell.
    static func clean(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return cell }
        if !isTrimmable(first) && !isTrimmable(last) { return cell }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmable(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmable(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0xFEFF, 0x200B: true
        default: false
        }
    }

    /// A multi-line cell (a quoted address typed with line breaks) as one line: ", " between lines.
    static func singleLine(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return value }
        return value.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { clean(String($0)) }
            .filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    /// `CivilDate(lenient:)`, with a byte-level fast path for the usual `YYYY-MM-DD` and
    /// `DD/MM/YYYY` (same results; anything unusual goes to `CivilDate(lenient:)` itself).
    static func date(_ text: String) -> CivilDate? {
        var parts = (0, 0, 0)
        var lengths = (0, 0, 0)
        var index = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                let digit = Int(byte - 0x30)
                switch index {
                case 0: parts.0 = parts.0 * 10 + digit; lengths.0 += 1
                case 1: parts.1 = parts.1 * 10 + digit; lengths.1 += 1
                default: parts.2 = parts.2 * 10 + digit; lengths.2 += 1
                }
                if lengths.0 > 9 || lengths.1 > 9 || lengths.2 > 9 { return CivilDate(lenient: text) }
            } else if byte == 0x2D || byte == 0x2F || byte == 0x2E, index < 2 {
                index += 1
            } else {
                return CivilDate(lenient: text)
            }
        }
        guard index == 2, lengths.0 > 0, lengths.1 > 0, lengths.2 > 0 else { return CivilDate(lenient: text) }
        let (year, month, day): (Int, Int, Int)
        if lengths.0 == 4 {
            (year, month, day) = (parts.0, parts.1, parts.2)
        } else if lengths.2 == 4 {
            (year, month, day) = (parts.2, parts.1, parts.0)
        } else {
            return nil
        }
        return CivilDate(year: year > 2400 ? year - CivilDate.buddhistEraOffset : year, month: month, day: day)
    }

    /// Koha's `lang` (`th`, `th-TH`, `en`, `en-GB`, …); `default` and others give nil.
    static func language(_ value: String) -> Language? {
        let lower = value.lowercased()
        if lower.hasPrefix("th") { return .th }
        if lower.hasPrefix("en") { return .en }
        return nil
    }

    /// MySQL's "no date" (`0000-00-00`), found in old Koha exports.
    static func isZeroDate(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 == 0x30 || $0 == 0x2D || $0 == 0x2F || $0 == 0x20 || $0 == 0x3A }
    }
}

extension String {
    /// Holds at least one character of the Thai block (U+0E01…U+0E5B).
    var containsThai: Bool {
        unicodeScalars.contains { $0.value >= 0x0E01 && $0.value <= 0x0E5B }
    }
}
