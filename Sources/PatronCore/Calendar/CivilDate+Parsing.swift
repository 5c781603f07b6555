extension CivilDate {
    /// Buddhist-era years are the Gregorian year + 543; any year above 2400 is taken as B.E.
    public static let buddhistEraOffset = 543

    /// Parses a date the way library staff write them: `YYYY-MM-DD` or `DD/MM/YYYY`
    /// (also `D/M/YYYY`, `-` or `.` as separators, spaces around them, Thai digits `๒๓/๑๑/๒๕๖๙`),
    /// with Buddhist-era years (> 2400) converted.
    /// Returns nil for anything else, including days that do not exist.
    public init?(lenient text: some StringProtocol) {
        if let (year, month, day) = CivilDate.isoFields(text) {  // as the database returns days: read byte by byte
            self.init(year: year > 2400 ? year - CivilDate.buddhistEraOffset : year, month: month, day: day)
            return
        }
        guard let parts = CivilDate.lenientParts(text) else { return nil }
        self.init(year: parts.gregorianYear, month: parts.month, day: parts.day)
    }

    /// The year, month and day a text is written as, before checking that the day exists
    /// (`31/02/2569` has parts; it is not a day). Nil when the text is not shaped like a date.
    static func lenientParts(_ text: some StringProtocol) -> (gregorianYear: Int, month: Int, day: Int, writtenYear: Int)? {
        var normalised = ""
        for c in text {
            if let value = c.thaiDigitValue { normalised.append(Character(Unicode.Scalar(UInt8(48 + value)))) } else { normalised.append(c) }
        }
        let trimmed = normalised.trimmingCharacters(in: " \t\u{00A0}")
        guard !trimmed.isEmpty else { return nil }
        let separators: Set<Character> = ["-", "/", "."]
        let parts = trimmed.split(omittingEmptySubsequences: false) { separators.contains($0) }
            .map { $0.trimmingCharacters(in: " \t\u{00A0}") }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            (year, month, day) = (a, b, c)          // YYYY-MM-DD
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            (year, month, day) = (c, b, a)          // DD/MM/YYYY
        } else {
            return nil
        }
        let gregorianYear = year > 2400 ? year - CivilDate.buddhistEraOffset : year
        return (gregorianYear, month, day, year)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }

    /// ๐ … ๙ (U+0E50 … U+0E59) as 0 … 9.
    var thaiDigitValue: Int? {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first, (0x0E50...0x0E59).contains(scalar.value) else { return nil }
        return Int(scalar.value - 0x0E50)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        let chars = Set(set)
        var start = startIndex
        var end = endIndex
        while start < end, chars.contains(self[start]) { start = index(after: start) }
        while end > start, chars.contains(self[index(before: end)]) { end = index(before: end) }
        return Substring(self[start..<end])
    }
}
