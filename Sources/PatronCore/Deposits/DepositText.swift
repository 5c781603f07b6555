// Small text helpers for the deposit and working-calendar code, kept here (rather than reusing the
// members code's internal helpers) so the two can change independently.

extension StringProtocol {
    /// Drops the given characters from both ends. In a Swift string `"\r\n"` is one character, so a
    /// set naming it also drops a lone `\r` or `\n` (a reason of " \n " is empty, not text).
    func depositTrimmed(_ characters: String = " \t\r\n") -> Substring {
        var chars = Set(characters)
        if chars.contains("\r\n") { chars.formUnion(["\r", "\n"]) }
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
