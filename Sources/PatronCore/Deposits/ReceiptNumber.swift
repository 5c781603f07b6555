import Foundation

/// A deposit receipt number: the fiscal year (B.E.) and a sequence that restarts at 1 every fiscal
/// year, shown `2570/000123`. Numbers are never reused: the app allocates the sequence in the
/// database (one row per fiscal year, incremented in the same transaction as the ledger entry);
/// this type only fixes the format and the fiscal-year rule (`FiscalYear(containing:)` of the
/// Bangkok day the deposit is received).
public struct ReceiptNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let maximumSequence = 999_999

    public let fiscalYear: FiscalYear
    public let sequence: Int

    public init?(fiscalYear: FiscalYear, sequence: Int) {
        guard (1...ReceiptNumber.maximumSequence).contains(sequence),
              (1000...9999).contains(fiscalYear.buddhistYear) else { return nil }
        self.fiscalYear = fiscalYear
        self.sequence = sequence
    }

    /// Parses `2570/000123` (also `2570/123`, surrounding spaces ignored).
    public init?(parsing text: some StringProtocol) {
        let parts = text.depositTrimmed(" \t").split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...6).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy(\.isDigit09) }),
              let year = Int(parts[0]), let seq = Int(parts[1]) else { return nil }
        self.init(fiscalYear: FiscalYear(buddhistYear: year), sequence: seq)
    }

    /// The fiscal year a receipt issued at this instant belongs to (Bangkok day).
    public static func fiscalYear(issuedAt instant: Date) -> FiscalYear {
        FiscalYear(containing: BangkokTime.day(of: instant))
    }

    /// The number to issue on `day`, given the last number already issued (in any year).
    /// Restarts at 1 in a new fiscal year. Nil when the sequence is exhausted, or when `day` falls in
    /// a fiscal year before the last number's (a clock gone backwards: never reuse a number).
    public static func next(after last: ReceiptNumber?, issuedOn day: CivilDate) -> ReceiptNumber? {
        let year = FiscalYear(containing: day)
        guard let last else { return ReceiptNumber(fiscalYear: year, sequence: 1) }
        if last.fiscalYear < year { return ReceiptNumber(fiscalYear: year, sequence: 1) }
        if last.fiscalYear > year { return nil }
        return ReceiptNumber(fiscalYear: year, sequence: last.sequence + 1)
    }

    /// `2570/000123`.
    public var description: String {
        let s = String(sequence)
        return "\(fiscalYear.buddhistYear)/\(String(repeating: "0", count: max(0, 6 - s.count)))\(s)"
    }

    public static func < (lhs: ReceiptNumber, rhs: ReceiptNumber) -> Bool {
        (lhs.fiscalYear, lhs.sequence) < (rhs.fiscalYear, rhs.sequence)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let n = ReceiptNumber(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "Expected a receipt number like 2570/000123, got \(text)")
        }
        self = n
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
