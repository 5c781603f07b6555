import Foundation

/// The number a person uses to follow their feedback on the public status page:
/// `FB-2569-000123-7` — the Buddhist-era calendar year of the day it was received (Bangkok), a
/// sequence that restarts at 1 every year, and a check digit.
///
/// The check digit (Damm algorithm over the ten digits of year and zero-padded sequence) catches
/// every single mistyped digit and every swap of two neighbouring digits, so the status page can
/// say "check the number" before it looks anything up. It is not a secret: the public page must
/// show only the status and the published outcome, never names, contacts or internal notes.
///
/// The app allocates the sequence (one counter row per year, incremented in the same transaction as
/// the insert); `next(after:receivedOn:)` fixes the rule.
public struct ReferenceNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let prefix = "FB"
    public static let maximumSequence = 999_999

    /// Buddhist-era year (2569 = 2026).
    public let buddhistYear: Int
    public let sequence: Int

    public init?(buddhistYear: Int, sequence: Int) {
        guard (2400...9999).contains(buddhistYear), (1...ReferenceNumber.maximumSequence).contains(sequence) else { return nil }
        self.buddhistYear = buddhistYear
        self.sequence = sequence
    }

    /// The year part for an item received on `day` (Bangkok).
    public static func buddhistYear(receivedOn day: CivilDate) -> Int { day.year + CivilDate.buddhistEraOffset }

    /// The number to give an item received on `day`, given the last number already given (any year).
    /// Restarts at 1 in a new year; nil when the year's sequence is used up, or when `day` is in a
    /// year before the last number's (a clock gone backwards: never reuse a number).
    public static func next(after last: ReferenceNumber?, receivedOn day: CivilDate) -> ReferenceNumber? {
        let year = buddhistYear(receivedOn: day)
        guard let last, last.buddhistYear == year else {
            if let last, last.buddhistYear > year { return nil }
            return ReferenceNumber(buddhistYear: year, sequence: 1)
        }
        return ReferenceNumber(buddhistYear: year, sequence: last.sequence + 1)
    }

    /// The check digit, 0…9.
    public var checkDigit: Int { ReferenceNumber.damm(digits) }

    /// `FB-2569-000123-7`.
    public var description: String { "\(ReferenceNumber.prefix)-\(buddhistYear)-\(paddedSequence)-\(checkDigit)" }

    /// Parses what a person types: `FB-2569-000123-7`, `fb 2569 123 7`, `FB25690001237`,
    /// `2569-000123-7` (the prefix is optional), Thai digits (๒๕๖๙) too.
    /// With `requireCheckDigit` false (staff search), `FB-2569-123` is accepted as well.
    public static func parse(_ text: String, requireCheckDigit: Bool = true) -> Result<ReferenceNumber, ReferenceNumberProblem> {
        let shown = text.feedbackTrimmed
        var body = Substring(shown.uppercased())
        if body.hasPrefix(prefix) { body = body.dropFirst(prefix.count) }
        // Normalise Thai digits, treat any run of separators as one.
        var groups: [String] = []
        var current = ""
        for ch in body {
            if let d = ch.feedbackDigitValue {
                current.append(Character(String(d)))
            } else if ch == "-" || ch == " " || ch == "/" || ch == "." || ch == "_" || ch == "\u{2013}" {
                if !current.isEmpty { groups.append(current); current = "" }
            } else {
                return .failure(.malformed(shown))
            }
        }
        if !current.isEmpty { groups.append(current) }

        let yearText: String, sequenceText: String, checkText: String?
        switch groups.count {
        case 1 where groups[0].count == 11:
            let g = groups[0]
            yearText = String(g.prefix(4)); sequenceText = String(g.dropFirst(4).prefix(6)); checkText = String(g.suffix(1))
        case 1 where groups[0].count == 10:
            yearText = String(groups[0].prefix(4)); sequenceText = String(groups[0].suffix(6)); checkText = nil
        case 2:
            yearText = groups[0]; sequenceText = groups[1]; checkText = nil
        case 3:
            yearText = groups[0]; sequenceText = groups[1]; checkText = groups[2]
        default:
            return .failure(.malformed(shown))
        }
        guard yearText.count == 4, (1...6).contains(sequenceText.count), checkText.map({ $0.count == 1 }) ?? true,
              let year = Int(yearText), let sequence = Int(sequenceText) else {
            return .failure(.malformed(shown))
        }
        // The check digit first: a mistyped digit is reported as such, even when it also makes the
        // year or sequence impossible (`1569`).
        if let checkText, let check = Int(checkText) {
            let padded = String(repeating: "0", count: 6 - sequenceText.count) + sequenceText
            guard damm((yearText + padded).compactMap(\.feedbackDigitValue) + [check]) == 0 else {
                return .failure(.checkDigitMismatch(shown))
            }
        } else if requireCheckDigit {
            return ReferenceNumber(buddhistYear: year, sequence: sequence) == nil ? .failure(.malformed(shown)) : .failure(.missingCheckDigit(shown))
        }
        guard let number = ReferenceNumber(buddhistYear: year, sequence: sequence) else { return .failure(.malformed(shown)) }
        return .success(number)
    }

    public static func < (lhs: ReferenceNumber, rhs: ReferenceNumber) -> Bool {
        (lhs.buddhistYear, lhs.sequence) < (rhs.buddhistYear, rhs.sequence)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        switch ReferenceNumber.parse(text) {
        case .success(let n): self = n
        case .failure(let problem):
            throw DecodingError.dataCorruptedError(in: c, debugDescription: problem.message(.en))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    // MARK: internals

    private var paddedSequence: String {
        let s = String(sequence)
        return String(repeating: "0", count: max(0, 6 - s.count)) + s
    }

    private var digits: [Int] { "\(buddhistYear)\(paddedSequence)".compactMap(\.feedbackDigitValue) }

    /// Damm's totally anti-symmetric quasigroup of order 10.
    private static let dammTable: [[Int]] = [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
        [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
        [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
        [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
        [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
        [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
        [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ]

    /// The Damm check digit of `digits` (appending it makes the interim digit 0).
    static func damm(_ digits: [Int]) -> Int {
        digits.reduce(0) { dammTable[$0][$1] }
    }
}

/// Why a reference number typed on the status page was not accepted.
public enum ReferenceNumberProblem: Error, Equatable, Sendable {
    /// Not a reference number at all.
    case malformed(String)
    /// The last digit is missing (the status page requires it).
    case missingCheckDigit(String)
    /// A digit is wrong or two digits are swapped.
    case checkDigitMismatch(String)
    /// Well-formed, but no feedback has this number (the app's lookup says so).
    case notFound(String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.malformed(let t), .th):
            "“\(t)” ไม่ใช่เลขที่อ้างอิงที่ถูกต้อง เลขที่อ้างอิงมีรูปแบบ FB-2569-000123-7"
        case (.malformed(let t), .en):
            "“\(t)” is not a reference number; it looks like FB-2569-000123-7."
        case (.missingCheckDigit(let t), .th):
            "เลขที่อ้างอิง “\(t)” ไม่ครบ กรุณากรอกตัวเลขหลักสุดท้ายหลังขีดด้วย เช่น FB-2569-000123-7"
        case (.missingCheckDigit(let t), .en):
            "The reference number “\(t)” is incomplete; please include the last digit after the dash, e.g. FB-2569-000123-7."
        case (.checkDigitMismatch(let t), .th):
            "เลขที่อ้างอิง “\(t)” มีตัวเลขผิดหรือสลับตำแหน่ง กรุณาตรวจสอบกับเลขที่ได้รับอีกครั้ง"
        case (.checkDigitMismatch(let t), .en):
            "The reference number “\(t)” has a wrong or swapped digit; please check it against the number you were given."
        case (.notFound(let t), .th):
            "ไม่พบเรื่องที่มีเลขที่อ้างอิง “\(t)” กรุณาตรวจสอบเลขที่อีกครั้ง หรือติดต่อเจ้าหน้าที่"
        case (.notFound(let t), .en):
            "No feedback has the reference number “\(t)”; please check the number or contact the library."
        }
    }
}

extension Character {
    /// 0…9 for ASCII and Thai digits (๐…๙), else nil.
    var feedbackDigitValue: Int? {
        guard unicodeScalars.count == 1, let v = unicodeScalars.first?.value else { return nil }
        switch v {
        case 0x30...0x39: return Int(v - 0x30)
        case 0x0E50...0x0E59: return Int(v - 0x0E50)
        default: return nil
        }
    }
}
