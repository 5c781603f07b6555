/// How many SMS parts a text needs, for the staff preview before sending.
///
/// - GSM-7 when every character is in the GSM 03.38 basic or extension table: 160 septets in one
///   message, 153 per part when split; extension characters (`^ { } \ [ ~ ] |` `€` and form feed)
///   take two septets (escape + character) and are never split across parts.
/// - Otherwise UCS-2 (any Thai character forces it): 70 UTF-16 code units in one message, 67 per
///   part; characters outside the Basic Multilingual Plane (most emoji) take two units and are never
///   split across parts. Thai vowel and tone marks are characters of their own: `น้ำ` is 3.
public struct SMSSegments: Equatable, Sendable, CustomStringConvertible {
    public enum Encoding: String, Sendable {
        case gsm7 = "GSM-7"
        case ucs2 = "UCS-2"
    }

    public let encoding: Encoding
    /// Septets (GSM-7) or UTF-16 code units (UCS-2) — what the gateway counts.
    public let characters: Int
    public let parts: Int
    /// The limit per part for this text: 160/153 (GSM-7) or 70/67 (UCS-2).
    public let perPart: Int
    /// Characters left in the last part before another part is needed.
    public let remainingInLastPart: Int

    public static let gsmSingle = 160, gsmPart = 153, ucs2Single = 70, ucs2Part = 67

    public init(encoding: Encoding, characters: Int, parts: Int, perPart: Int, remainingInLastPart: Int) {
        self.encoding = encoding
        self.characters = characters
        self.parts = parts
        self.perPart = perPart
        self.remainingInLastPart = remainingInLastPart
    }

    /// Counts `text` as the gateway will.
    public init(_ text: String) {
        var gsm = true
        var septets = 0
        var units = 0
        for scalar in text.unicodeScalars {
            let u = scalar.value > 0xFFFF ? 2 : 1
            units += u
            guard gsm else { continue }
            if SMSSegments.isGSMBasic(scalar) {
                septets += 1
            } else if SMSSegments.isGSMExtension(scalar) {
                septets += 2
            } else {
                gsm = false
            }
        }
        if gsm {
            encoding = .gsm7
            characters = septets
            (parts, perPart, remainingInLastPart) = SMSSegments.pack(
                text.unicodeScalars.lazy.map { SMSSegments.isGSMExtension($0) ? 2 : 1 }, total: septets,
                single: Self.gsmSingle, part: Self.gsmPart)
        } else {
            encoding = .ucs2
            characters = units
            (parts, perPart, remainingInLastPart) = SMSSegments.pack(
                text.unicodeScalars.lazy.map { $0.value > 0xFFFF ? 2 : 1 }, total: units,
                single: Self.ucs2Single, part: Self.ucs2Part)
        }
    }

    /// Parts needed when units of size 1 or 2 are packed without splitting a 2.
    private static func pack(_ sizes: some Sequence<Int>, total: Int, single: Int, part: Int) -> (Int, Int, Int) {
        if total == 0 { return (1, single, single) }
        if total <= single { return (1, single, single - total) }
        var parts = 1
        var used = 0
        for s in sizes {
            if used + s > part {
                parts += 1
                used = 0
            }
            used += s
        }
        return (parts, part, part - used)
    }

    public var description: String { "\(encoding.rawValue), \(characters) characters, \(parts) part\(parts == 1 ? "" : "s")" }

    /// `SMS ภาษาไทย (UCS-2) 85 ตัวอักษร 2 ข้อความ` / `SMS (UCS-2): 85 characters, 2 parts`.
    public func preview(_ language: Language) -> String {
        switch language {
        case .th: "SMS (\(encoding.rawValue)) \(characters) ตัวอักษร แบ่งส่ง \(parts) ข้อความ (ข้อความละไม่เกิน \(perPart) ตัวอักษร)"
        case .en: "SMS (\(encoding.rawValue)): \(characters) characters, \(parts) part\(parts == 1 ? "" : "s") (at most \(perPart) per part)"
        }
    }

    static let basic: Set<UInt32> = {
        let chars = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
        return Set(chars.unicodeScalars.map(\.value))
    }()

    static let extensionTable: Set<UInt32> = Set("\u{0C}^{}\\[~]|€".unicodeScalars.map(\.value))

    static func isGSMBasic(_ s: Unicode.Scalar) -> Bool { basic.contains(s.value) }
    static func isGSMExtension(_ s: Unicode.Scalar) -> Bool { extensionTable.contains(s.value) }
}
