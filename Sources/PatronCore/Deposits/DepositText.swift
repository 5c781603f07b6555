// Small text helpers for the deposit and working-calendar code, kept here (rather than reusing the
// members code's internal helpers) so the two can change independently.

extension StringProtocol {
    /// Drops the given characters from both ends.
    func depositTrimmed(_ characters: String = " \t\r\n") -> Substring {
        let chars = Set(characters)
        var start = startIndex
        var end = endIndex
        while start < end, chars.contains(self[start]) { start = index(after: start) }
        while end > start, chars.contains(self[index(before: end)]) { end = index(before: end) }
        return Substring(self[start..<end])
    }
}

extension Character {
    /// 0–9 in ASCII only (not Thai or other digits).
    var isDigit09: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
