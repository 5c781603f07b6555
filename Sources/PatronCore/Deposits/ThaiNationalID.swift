/// The 13-digit Thai national ID number (เลขประจำตัวประชาชน) and its check digit.
public enum ThaiNationalID {
    /// Keeps the digits of `1-2345-67890-12-1` or `1 2345 67890 12 1`; nil when anything else is there.
    public static func normalize(_ text: String) -> String? {
        let trimmed = text.depositTrimmed(" \t")
        guard trimmed.allSatisfy({ $0.isDigit09 || $0 == "-" || $0 == " " }) else { return nil }
        return String(trimmed.filter(\.isDigit09))
    }

    /// Thirteen digits whose last is the check digit: (11 − Σ dᵢ·(14 − i) mod 11) mod 10 over the first 12.
    public static func isValid(_ text: String) -> Bool {
        guard let digits = normalize(text), digits.count == 13 else { return false }
        let d = digits.map { Int($0.asciiValue! - 48) }
        let sum = (0..<12).reduce(0) { $0 + d[$1] * (13 - $1) }
        return (11 - sum % 11) % 10 == d[12]
    }

    /// `1-2345-67890-12-1`.
    public static func formatted(_ text: String) -> String? {
        guard let s = normalize(text), s.count == 13 else { return nil }
        let c = Array(s)
        return "\(c[0])-\(String(c[1...4]))-\(String(c[5...9]))-\(String(c[10...11]))-\(c[12])"
    }
}
