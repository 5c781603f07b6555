/// Code 128 (ISO/IEC 15417), code set B: printable ASCII (space … ~), enough for card numbers.
/// Postcards carry the member's card number in it, so a returned card is scanned at the counter.
///
/// A symbol is: quiet zone, Start B (104), one symbol per character (value = ASCII − 32), the check
/// symbol (Start B + Σ position × value, mod 103, positions from 1), Stop, quiet zone. Each symbol
/// is six alternating bar/space widths (bar first) summing to 11 modules; Stop has seven (13 modules).
/// The postcard template draws `bars` as SVG rectangles (`BarcodeDrawing`).
public struct Code128: Equatable, Sendable {
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// Code set B holds ASCII 32…126 only.
        case unencodable(Character)
    }

    /// A dark bar: where it starts and how wide it is, in modules from the left edge (quiet zone included).
    public struct Bar: Equatable, Sendable {
        public let x: Int
        public let width: Int
    }

    public static let startB = 104
    public static let stop = 106
    /// Ten modules of white each side, the minimum the standard asks for.
    public static let quietZone = 10

    public let text: String
    /// Start, data, check and stop values in order.
    public let values: [Int]

    public init(_ text: String) throws(Problem) {
        guard !text.isEmpty else { throw .empty }
        var values = [Self.startB]
        for character in text {
            guard let ascii = character.asciiValue, (32...126).contains(ascii) else { throw .unencodable(character) }
            values.append(Int(ascii) - 32)
        }
        values.append(Self.checkValue(values))
        values.append(Self.stop)
        self.text = text
        self.values = values
    }

    /// (start value + Σ i × value_i) mod 103, for the values after the start (positions from 1).
    public static func checkValue(_ startAndData: [Int]) -> Int {
        var sum = startAndData[0]
        for (position, value) in startAndData.dropFirst().enumerated() { sum += (position + 1) * value }
        return sum % 103
    }

    public var checkValue: Int { values[values.count - 2] }

    /// Bar and space widths of the whole symbol, quiet zones excluded, bar first.
    public var widths: [Int] { values.flatMap { Self.patterns[$0].map { Int($0.asciiValue! - 48) } } }

    /// The symbol as a string of modules, `1` dark and `0` light, quiet zones excluded.
    public var modules: String {
        var out = ""
        for (index, width) in widths.enumerated() { out += String(repeating: index % 2 == 0 ? "1" : "0", count: width) }
        return out
    }

    /// The whole width in modules, quiet zones included.
    public var totalModules: Int { widths.reduce(0, +) + 2 * Self.quietZone }

    public var bars: [Bar] {
        var bars: [Bar] = []
        var x = Self.quietZone
        for (index, width) in widths.enumerated() {
            if index % 2 == 0 { bars.append(Bar(x: x, width: width)) }
            x += width
        }
        return bars
    }

    /// The 107 patterns of ISO/IEC 15417 by value (0…105 symbols, 106 Stop).
    static let patterns: [String] = [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ]
}
