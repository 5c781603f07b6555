/// A deliberately plain e-mail check: one `@`, a dotted domain, no spaces. It catches typing
/// mistakes at the counter; whether the address works is the SMTP server's word, not ours.
public enum EmailAddress {
    public static func isValid(_ text: String) -> Bool {
        guard text.count <= 254, !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}

/// Thai mobile numbers: ten digits starting 06, 08 or 09; `+66` and `66` prefixes are accepted
/// and stored in the national form.
public enum PhoneNumber {
    /// Keeps the digits, turns `+66 81 234 5678` into `0812345678`. Leaves nonsense as digits so
    /// validation can name it.
    public static func normalize(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: " \t\r\n")
        guard !trimmed.isEmpty else { return "" }
        let allowed = Set(" -().+")
        guard trimmed.allSatisfy({ $0.isASCIIDigit || allowed.contains($0) }) else { return String(trimmed) }
        var digits = String(trimmed.filter(\.isASCIIDigit))
        if digits.hasPrefix("66") && digits.count == 11 { digits = "0" + digits.dropFirst(2) }
        return digits
    }

    public static func isValidThaiMobile(_ digits: String) -> Bool {
        digits.count == 10 && digits.allSatisfy(\.isASCIIDigit)
            && (digits.hasPrefix("06") || digits.hasPrefix("08") || digits.hasPrefix("09"))
    }
}
