/// An amount of money in satang (1 baht = 100 satang), the only way money is held in PatronCare.
///
/// Encoded as a bare integer (`100000` for 1,000 baht). Arithmetic that would overflow `Int64` is
/// an error: the throwing `adding`/`subtracting`/`multiplied(by:)` report it as
/// `MoneyError.overflow`; the operators `+` and `-` stop the program with a clear message (use them
/// only where the amounts are already bounded, e.g. on entries accepted by `Ledger.check`).
public struct Satang: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: Int64

    public init(_ value: Int64) { self.value = value }

    public static let zero = Satang(0)

    /// Whole baht, or nil when it does not fit.
    public init?(baht: Int64) {
        let (v, overflow) = baht.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        self.value = v
    }

    public var isPositive: Bool { value > 0 }
    public var isNegative: Bool { value < 0 }
    public var isZero: Bool { value == 0 }

    /// The whole-baht part (towards zero) and the satang part (0…99) of the magnitude.
    public var magnitudeParts: (baht: UInt64, satang: UInt64) {
        let m = value.magnitude
        return (m / 100, m % 100)
    }

    public static func < (lhs: Satang, rhs: Satang) -> Bool { lhs.value < rhs.value }

    // MARK: arithmetic

    public func adding(_ other: Satang) throws(MoneyError) -> Satang {
        let (v, o) = value.addingReportingOverflow(other.value)
        if o { throw .overflow }
        return Satang(v)
    }

    public func subtracting(_ other: Satang) throws(MoneyError) -> Satang {
        let (v, o) = value.subtractingReportingOverflow(other.value)
        if o { throw .overflow }
        return Satang(v)
    }

    public func multiplied(by factor: Int64) throws(MoneyError) -> Satang {
        let (v, o) = value.multipliedReportingOverflow(by: factor)
        if o { throw .overflow }
        return Satang(v)
    }

    public func negated() throws(MoneyError) -> Satang {
        guard value != .min else { throw .overflow }
        return Satang(-value)
    }

    /// The sum of the amounts, or `MoneyError.overflow`.
    public static func sum(_ amounts: some Sequence<Satang>) throws(MoneyError) -> Satang {
        var total = Satang.zero
        for a in amounts { total = try total.adding(a) }
        return total
    }

    public static func + (lhs: Satang, rhs: Satang) -> Satang {
        do { return try lhs.adding(rhs) } catch { preconditionFailure("Satang overflow: \(lhs.value) + \(rhs.value)") }
    }

    public static func - (lhs: Satang, rhs: Satang) -> Satang {
        do { return try lhs.subtracting(rhs) } catch { preconditionFailure("Satang overflow: \(lhs.value) - \(rhs.value)") }
    }

    public static prefix func - (amount: Satang) -> Satang {
        do { return try amount.negated() } catch { preconditionFailure("Satang overflow: -(\(amount.value))") }
    }

    public static func += (lhs: inout Satang, rhs: Satang) { lhs = lhs + rhs }
    public static func -= (lhs: inout Satang, rhs: Satang) { lhs = lhs - rhs }

    // MARK: Codable as an integer

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.value = try container.decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    // MARK: formatting

    /// How an amount is shown: `1,000.00`, `฿1,000.00` or `1,000.00 บาท`.
    public enum Style: Sendable, CaseIterable {
        case plain
        case symbol
        case bahtWord
    }

    /// Thousands separators and always two decimals; negative amounts get a leading `-`.
    public func formatted(_ style: Style = .plain) -> String {
        let (baht, satang) = magnitudeParts
        let digits = String(baht)
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        let number = "\(value < 0 ? "-" : "")\(grouped).\(satang < 10 ? "0" : "")\(satang)"
        switch style {
        case .plain: return number
        case .symbol: return value < 0 ? "-฿\(number.dropFirst())" : "฿\(number)"
        case .bahtWord: return "\(number) บาท"
        }
    }

    public var description: String { formatted(.plain) }

    // MARK: parsing

    /// Parses an amount of baht as staff type it: `1000`, `1,000`, `1000.5`, `1000.50`, `฿ 1,000.00`,
    /// `1,000 บาท`, Thai digits (๑,๐๐๐). Refuses negative amounts, more than two decimals, badly
    /// placed thousands separators and anything else.
    public static func parse(baht text: String) throws(SatangParseError) -> Satang {
        var s = Substring(text).depositTrimmed(" \t\r\n\u{00A0}")
        guard !s.isEmpty else { throw .empty }
        if s.hasPrefix("-") || s.hasPrefix("−") { throw .negative(text) }
        if s.hasPrefix("฿") { s = s.dropFirst().depositTrimmed(" \t\u{00A0}") }
        if s.hasSuffix("บาท") { s = s.dropLast("บาท".count).depositTrimmed(" \t\u{00A0}") }
        if s.hasPrefix("-") || s.hasPrefix("−") { throw .negative(text) }
        guard !s.isEmpty else { throw .notANumber(text) }
        // Thai digits to ASCII.
        let thaiDigits: [Character: Character] = ["๐": "0", "๑": "1", "๒": "2", "๓": "3", "๔": "4",
                                                  "๕": "5", "๖": "6", "๗": "7", "๘": "8", "๙": "9"]
        let normalized = String(s.map { thaiDigits[$0] ?? $0 })
        let parts = normalized.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .notANumber(text) }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isDigit09) else { throw .notANumber(text) }
        if parts.count == 2 && fraction.isEmpty { throw .notANumber(text) }
        if fraction.count > 2 { throw .tooManyDecimals(text) }
        guard !whole.isEmpty else { throw .notANumber(text) }
        // Thousands separators: either none, or groups of exactly three after the first.
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isDigit09) }) else { throw .notANumber(text) }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw .misplacedSeparator(text)
            }
        }
        let wholeDigits = groups.joined()
        var result: Int64 = 0
        for ch in wholeDigits {
            let (m, o1) = result.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(ch.asciiValue! - 48))
            if o1 || o2 { throw .tooLarge(text) }
            result = a
        }
        let satangDigits = fraction.count == 0 ? "00" : fraction.count == 1 ? fraction + "0" : String(fraction)
        let (m, o1) = result.multipliedReportingOverflow(by: 100)
        let (v, o2) = m.addingReportingOverflow(Int64(satangDigits)!)
        if o1 || o2 { throw .tooLarge(text) }
        return Satang(v)
    }
}

public enum MoneyError: Error, Equatable, Sendable {
    case overflow

    public func message(_ language: Language) -> String {
        switch language {
        case .th: "จำนวนเงินใหญ่เกินกว่าที่ระบบรองรับ"
        case .en: "The amount is larger than the system can hold."
        }
    }
}

/// Why a typed amount of baht was refused.
public enum SatangParseError: Error, Equatable, Sendable {
    case empty
    case negative(String)
    case tooManyDecimals(String)
    case misplacedSeparator(String)
    case notANumber(String)
    case tooLarge(String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.empty, .th): "กรุณากรอกจำนวนเงิน"
        case (.empty, .en): "Please enter an amount."
        case (.negative(let s), .th): "จำนวนเงิน “\(s)” ติดลบไม่ได้ กรุณากรอกจำนวนบวก เช่น 1,000.00"
        case (.negative(let s), .en): "The amount “\(s)” cannot be negative; enter a positive amount such as 1,000.00."
        case (.tooManyDecimals(let s), .th): "จำนวนเงิน “\(s)” มีทศนิยมเกิน 2 ตำแหน่ง (สตางค์มีได้ไม่เกิน 2 หลัก)"
        case (.tooManyDecimals(let s), .en): "The amount “\(s)” has more than two decimals; satang have at most two digits."
        case (.misplacedSeparator(let s), .th): "จำนวนเงิน “\(s)” ใส่เครื่องหมายจุลภาคไม่ถูกตำแหน่ง (เช่น 1,000 หรือ 1000)"
        case (.misplacedSeparator(let s), .en): "The amount “\(s)” has misplaced commas; write 1,000 or 1000."
        case (.notANumber(let s), .th): "“\(s)” ไม่ใช่จำนวนเงิน กรุณากรอกตัวเลข เช่น 1000 หรือ 1,000.50"
        case (.notANumber(let s), .en): "“\(s)” is not an amount; enter a number such as 1000 or 1,000.50."
        case (.tooLarge(let s), .th): "จำนวนเงิน “\(s)” ใหญ่เกินกว่าที่ระบบรองรับ"
        case (.tooLarge(let s), .en): "The amount “\(s)” is larger than the system can hold."
        }
    }
}
