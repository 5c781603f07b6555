/// A named day off (a public holiday, a substitution day, a special day the cabinet adds, a day the
/// library itself is closed).
public struct Holiday: Hashable, Sendable, Codable, CustomStringConvertible {
    public var date: CivilDate
    public var nameTh: String
    public var nameEn: String
    public var kind: HolidayKind

    /// `kind` defaults to what the Thai name says: `วันหยุดชดเชย…` is a substitution day, anything
    /// else a public holiday.
    public init(_ date: CivilDate, th nameTh: String, en nameEn: String, kind: HolidayKind? = nil) {
        self.date = date
        self.nameTh = nameTh
        self.nameEn = nameEn
        self.kind = kind ?? HolidayKind.inferred(fromThaiName: nameTh)
    }

    public func name(_ language: Language) -> String { language == .th ? nameTh : nameEn }

    /// What makes two entries the same holiday: the day and the Thai name (a day may hold two).
    public var identity: String { "\(date.iso) \(nameTh)" }

    /// One line of the text format: `2026-04-13  วันสงกรานต์ | Songkran`, with the kind in brackets
    /// when the Thai name does not say it (`2026-08-14  ปิดห้องสมุด | Closed [closure]`).
    public var description: String {
        "\(date.iso)  \(nameTh) | \(nameEn)" + (kind == HolidayKind.inferred(fromThaiName: nameTh) ? "" : " [\(kind.rawValue)]")
    }
}

/// The days the library is closed, configurable by administrators as plain text:
///
/// ```
/// # comments start with #
/// 2026-04-13  วันสงกรานต์ | Songkran Festival
/// 2026-04-14  วันสงกรานต์ | Songkran Festival
/// ```
///
/// One holiday per line: an ISO date (`YYYY-MM-DD`, Gregorian), spaces, the Thai name, `|`, the English
/// name, optionally the kind in brackets (`[closure]`; without it, `วันหยุดชดเชย…` is a substitution day
/// and anything else a public holiday). A line without `|` uses the Thai name for both. Blank lines and
/// `#` comments are ignored.
/// Two holidays may share a date (e.g. a festival and a special day); the same date and name twice is an
/// error.
public struct HolidayCalendar: Equatable, Sendable, Codable {
    /// Sorted by date, then Thai name.
    public private(set) var holidays: [Holiday]
    private var dates: Set<CivilDate>

    public init(_ holidays: [Holiday] = []) {
        self.holidays = holidays.sorted { ($0.date, $0.nameTh) < ($1.date, $1.nameTh) }
        self.dates = Set(holidays.map(\.date))
    }

    public static let empty = HolidayCalendar()

    public func isHoliday(_ day: CivilDate) -> Bool { dates.contains(day) }

    public func holidays(on day: CivilDate) -> [Holiday] { holidays.filter { $0.date == day } }

    public func holidays(inYear year: Int) -> [Holiday] { holidays.filter { $0.date.year == year } }

    /// The Gregorian years that have at least one holiday.
    public var years: Set<Int> { Set(holidays.map(\.date.year)) }

    public func holidays(from first: CivilDate, through last: CivilDate) -> [Holiday] {
        holidays.filter { first <= $0.date && $0.date <= last }
    }

    /// This calendar plus the other's holidays (the same day and Thai name kept once, as this
    /// calendar has it).
    public func merging(_ other: HolidayCalendar) -> HolidayCalendar {
        var seen = Set(holidays.map(\.identity))
        var all = holidays
        for h in other.holidays where !seen.contains(h.identity) {
            seen.insert(h.identity)
            all.append(h)
        }
        return HolidayCalendar(all)
    }

    // MARK: text format

    public static func parse(_ text: String) throws(HolidayCalendarParseError) -> HolidayCalendar {
        var result: [Holiday] = []
        var seen = Set<Holiday>()
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = rawLine.depositTrimmed(" \t\u{FEFF}")
            if line.isEmpty || line.hasPrefix("#") { continue }
            let dateText = line.prefix { !$0.isWhitespace }
            guard let date = CivilDate(iso: dateText) else {
                throw HolidayCalendarParseError(line: lineNumber, text: String(line), reason: .badDate(String(dateText)))
            }
            let rest = line.dropFirst(dateText.count).depositTrimmed(" \t")
            let names = rest.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            var th = names.first.map { $0.depositTrimmed(" \t") } ?? ""
            var en = names.count > 1 ? names[1].depositTrimmed(" \t") : th
            var kind: HolidayKind?
            if let open = en.lastIndex(of: "["), en.hasSuffix("]"),
               let tagged = HolidayKind(rawValue: String(en[en.index(after: open)..<en.index(before: en.endIndex)])) {
                kind = tagged
                en = en[..<open].depositTrimmed(" \t")
                if names.count == 1 { th = en }
            }
            guard !th.isEmpty else {
                throw HolidayCalendarParseError(line: lineNumber, text: String(line), reason: .missingName)
            }
            guard !en.isEmpty else {
                throw HolidayCalendarParseError(line: lineNumber, text: String(line), reason: .missingEnglishName)
            }
            guard !en.contains("|") else {
                throw HolidayCalendarParseError(line: lineNumber, text: String(line), reason: .tooManySeparators)
            }
            let holiday = Holiday(date, th: String(th), en: String(en), kind: kind)
            guard seen.insert(holiday).inserted else {
                throw HolidayCalendarParseError(line: lineNumber, text: String(line), reason: .duplicate)
            }
            result.append(holiday)
        }
        return HolidayCalendar(result)
    }

    /// The text format, one holiday per line in date order; `parse(serialized())` gives the same calendar.
    public func serialized(header: String? = nil) -> String {
        var lines: [String] = []
        if let header {
            lines += header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }
        }
        lines += holidays.map(\.description)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Codable as the text format

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        do {
            self = try HolidayCalendar.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: error.message(.en))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(serialized())
    }
}

/// A line of a holiday calendar that could not be read.
public struct HolidayCalendarParseError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case badDate(String)
        case missingName
        case missingEnglishName
        case tooManySeparators
        case duplicate
    }

    public let line: Int
    public let text: String
    public let reason: Reason

    public func message(_ language: Language) -> String {
        switch (reason, language) {
        case (.badDate(let d), .th):
            "บรรทัด \(line): “\(d)” ไม่ใช่วันที่ที่ถูกต้อง ใช้รูปแบบ YYYY-MM-DD ปี ค.ศ. เช่น 2026-04-13  วันสงกรานต์ | Songkran"
        case (.badDate(let d), .en):
            "Line \(line): “\(d)” is not a valid date; use YYYY-MM-DD (Gregorian), e.g. 2026-04-13  วันสงกรานต์ | Songkran."
        case (.missingName, .th): "บรรทัด \(line): ไม่มีชื่อวันหยุด ให้เขียนชื่อภาษาไทย | ชื่อภาษาอังกฤษ ต่อจากวันที่"
        case (.missingName, .en): "Line \(line): the holiday has no name; write the Thai name | English name after the date."
        case (.missingEnglishName, .th): "บรรทัด \(line): มี | แต่ไม่มีชื่อภาษาอังกฤษต่อท้าย"
        case (.missingEnglishName, .en): "Line \(line): there is a | but no English name after it."
        case (.tooManySeparators, .th): "บรรทัด \(line): มีเครื่องหมาย | มากกว่าหนึ่งตัว (ใช้คั่นชื่อไทยกับชื่ออังกฤษเท่านั้น)"
        case (.tooManySeparators, .en): "Line \(line): more than one | (it only separates the Thai and English names)."
        case (.duplicate, .th): "บรรทัด \(line): วันหยุดนี้มีอยู่แล้วในรายการ ให้ลบบรรทัดที่ซ้ำ"
        case (.duplicate, .en): "Line \(line): this holiday is already listed; remove the duplicate line."
        }
    }
}
