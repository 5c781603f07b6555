extension CivilDate {
    /// Buddhist-era years are the Gregorian year + 543; any year above 2400 is taken as B.E.
    public static let buddhistEraOffset = 543

    /// Parses a date the way library staff write them: `YYYY-MM-DD` or `DD/MM/YYYY`
    /// (also `D/M/YYYY` and `-` or `.` as separators), with Buddhist-era years (> 2400) converted.
    /// Returns nil for anything else, including days that do not exist.
    public init?(lenient text: some StringProtocol) {
        if let (year, month, day) = CivilDate.isoFields(text) {
            self.init(year: year > 2400 ? year - CivilDate.buddhistEraOffset : year, month: month, day: day)
            return
        }
        let trimmed = text.trimmingCharacters(in: " \t")
        guard !trimmed.isEmpty else { return nil }
        let separators: Set<Character> = ["-", "/", "."]
        let parts = trimmed.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4 {
            (year, month, day) = (a, b, c)          // YYYY-MM-DD
        } else if parts[2].count == 4 {
            (year, month, day) = (c, b, a)          // DD/MM/YYYY
        } else {
            return nil
        }
        let gregorianYear = year > 2400 ? year - CivilDate.buddhistEraOffset : year
        self.init(year: gregorianYear, month: month, day: day)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
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
