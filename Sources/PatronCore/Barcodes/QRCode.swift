/// QR Code model 2 (ISO/IEC 18004:2015), just what printed addresses need: **byte mode**, error
/// correction level **M** (about 15 % of the symbol may be lost), versions **1–10** (21…57 modules,
/// up to 213 bytes), the smallest version that holds the text, and the mask with the lowest penalty.
/// The postcard sheet, the notice-board sheet and the refund slip print the public address of the
/// refund steps or the complaint status in it.
///
/// How a symbol is made (section numbers of ISO/IEC 18004:2015):
/// 1. data bits (7.4): mode indicator `0100` (byte), character count (8 bits for versions 1–9,
///    16 for 10), the UTF-8 bytes, terminator, zero bits to a byte boundary, pad bytes 0xEC 0x11 (7.4.10);
/// 2. the data codewords split into blocks (table 9), Reed–Solomon error correction for each block
///    (7.5.2), data then error-correction codewords interleaved block by block (7.6);
/// 3. function patterns (6.3): finders with separators, timing, alignment (annex E), the dark module,
///    areas kept for format and version information;
/// 4. the codeword bits placed in two-module columns, bottom right upwards, zig-zag (7.7.3);
/// 5. each of the 8 masks (7.8.2) applied and scored (7.8.3, table 11); the lowest penalty wins;
/// 6. format information (7.9: level and mask, BCH(15,5), XOR 0x5412) and, from version 7, version
///    information (7.10: BCH(18,6)).
public struct QRCode: Equatable, Sendable {
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// More bytes than version 10 at level M holds (213).
        case tooLong(bytes: Int)
    }

    /// Four modules of light on every side: the quiet zone the standard asks for (6.3.8).
    public static let quietZone = 4
    public static let versions = 1...10

    public let text: String
    public let version: Int
    /// The mask pattern chosen (0…7).
    public let mask: Int
    /// `modules[row][column]`, true = dark; `size` × `size`, quiet zone excluded.
    public let modules: [[Bool]]

    public var size: Int { modules.count }

    public init(_ text: String) throws(Problem) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        guard let version = Self.versions.first(where: { Self.byteCapacity(version: $0) >= bytes.count }) else {
            throw .tooLong(bytes: bytes.count)
        }
        let codewords = Self.interleaved(Self.dataCodewords(bytes, version: version), version: version)
        var grid = Grid(version: version)
        grid.place(codewords)
        var best: (mask: Int, penalty: Int, modules: [[Bool]])?
        for mask in 0..<8 {
            var candidate = grid
            candidate.apply(mask: mask)
            candidate.drawFormat(mask: mask)
            let penalty = Self.penalty(candidate.modules)
            if best == nil || penalty < best!.penalty { best = (mask, penalty, candidate.modules) }
        }
        self.text = text
        self.version = version
        mask = best!.mask
        modules = best!.modules
    }

    /// Builds a symbol with a given mask (for tests against published examples).
    init(_ text: String, version: Int, mask: Int) {
        let codewords = Self.interleaved(Self.dataCodewords(Array(text.utf8), version: version), version: version)
        var grid = Grid(version: version)
        grid.place(codewords)
        grid.apply(mask: mask)
        grid.drawFormat(mask: mask)
        self.text = text
        self.version = version
        self.mask = mask
        modules = grid.modules
    }

    // MARK: Capacity and blocks (table 7, table 9: level M)

    /// Error-correction codewords per block at level M, versions 1…10.
    static let ecCodewordsPerBlock = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
    /// Number of blocks at level M, versions 1…10.
    static let blockCount = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5]

    /// All codewords of a version (data + error correction): (modules − function patterns) / 8.
    static func totalCodewords(version: Int) -> Int { rawDataModules(version: version) / 8 }

    static func dataCodewordCount(version: Int) -> Int {
        totalCodewords(version: version) - ecCodewordsPerBlock[version - 1] * blockCount[version - 1]
    }

    /// Bytes of text a version holds in byte mode: data bits less mode (4) and count (8 or 16).
    public static func byteCapacity(version: Int) -> Int {
        (dataCodewordCount(version: version) * 8 - 4 - (version < 10 ? 8 : 16)) / 8
    }

    /// Modules left for data and error correction once the function patterns are drawn (remainder bits included).
    static func rawDataModules(version: Int) -> Int {
        let size = 4 * version + 17
        var result = size * size
        result -= 3 * 8 * 8          // finders and their separators
        result -= 2 * (size - 16)    // timing patterns between the separators
        result -= 2 * 15 + 1         // format information (two copies) and the dark module
        if version >= 2 {
            let count = version / 7 + 2                 // alignment positions per axis
            result -= (count * count - 3) * 25          // less the three corners under finders
            result += 2 * (count - 2) * 5               // those on the timing lines were counted twice
        }
        if version >= 7 { result -= 2 * 18 }            // version information (two copies)
        return result
    }

    // MARK: Data codewords (7.4)

    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)                               // byte mode (table 2)
        bits.append(bytes.count, count: version < 10 ? 8 : 16)      // character count (table 3)
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacity = dataCodewordCount(version: version) * 8
        bits.append(0, count: min(4, capacity - bits.count))        // terminator (7.4.9)
        bits.append(0, count: (8 - bits.count % 8) % 8)             // to a byte boundary
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {                      // pad codewords (7.4.10)
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data into blocks (short blocks first, the last ones one codeword longer), adds each
    /// block's error correction and interleaves: data codeword i of every block, then EC codeword i (7.6).
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let blocks = blockCount[version - 1]
        let ecLength = ecCodewordsPerBlock[version - 1]
        let shortLength = data.count / blocks
        let longBlocks = data.count % blocks
        var dataBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blocks {
            let length = shortLength + (index >= blocks - longBlocks ? 1 : 0)
            dataBlocks.append(Array(data[start..<start + length]))
            start += length
        }
        let ecBlocks = dataBlocks.map { ReedSolomon.remainder($0, degree: ecLength) }
        var result: [UInt8] = []
        for index in 0...shortLength {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<ecLength {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }

    // MARK: Format and version information (7.9, 7.10)

    /// The 15 format bits for level M (indicator `00`) and a mask: BCH(15,5) with generator
    /// x¹⁰+x⁸+x⁵+x⁴+x²+x+1 (0x537), XOR 0x5412 so that no format is all light (annex C).
    public static func formatBits(mask: Int) -> Int {
        let data = 0b00 << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The 18 version bits (versions 7 and up): 6 bits of version, BCH(18,6) with generator 0x1F25 (annex D).
    public static func versionBits(version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return version << 12 | remainder
    }

    /// Centres of the alignment patterns along each axis (annex E, table E.1), versions 2…10.
    static func alignmentPositions(version: Int) -> [Int] {
        guard version >= 2 else { return [] }
        let table: [[Int]] = [
            [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
            [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
        ]
        return table[version - 2]
    }

    // MARK: Mask penalty (7.8.3, table 11)

    /// N1 = 3, N2 = 3, N3 = 40, N4 = 10.
    static func penalty(_ modules: [[Bool]]) -> Int {
        let size = modules.count
        var total = 0
        let columns = (0..<size).map { column in modules.map { $0[column] } }
        for line in modules + columns {
            // N1: five or more modules of one colour in a row: 3 + (run − 5).
            var run = 1
            for index in 1..<size {
                if line[index] == line[index - 1] {
                    run += 1
                } else {
                    if run >= 5 { total += 3 + run - 5 }
                    run = 1
                }
            }
            if run >= 5 { total += 3 + run - 5 }
            // N3: dark-light-dark-dark-dark-light-dark (1:1:3:1:1) with four light modules on one side;
            // beyond the symbol counts as light (the quiet zone).
            let padded = [Bool](repeating: false, count: 4) + line + [Bool](repeating: false, count: 4)
            for start in 0...(padded.count - 11) {
                let window = Array(padded[start..<start + 11])
                if window == finderLikeBefore || window == finderLikeAfter { total += 40 }
            }
        }
        // N2: each 2 × 2 block of one colour.
        for row in 0..<size - 1 {
            for column in 0..<size - 1 {
                let colour = modules[row][column]
                if modules[row][column + 1] == colour, modules[row + 1][column] == colour, modules[row + 1][column + 1] == colour {
                    total += 3
                }
            }
        }
        // N4: 10 points for every full 5 % the dark share strays from 50 %.
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let percent = dark * 100 / (size * size)
        total += 10 * (abs(percent - 50) / 5)
        return total
    }

    private static let finderLikeBefore: [Bool] = [false, false, false, false, true, false, true, true, true, false, true]
    private static let finderLikeAfter: [Bool] = [true, false, true, true, true, false, true, false, false, false, false]

    // MARK: Drawing

    /// Dark modules as horizontal runs (row, first column, length), quiet zone included in the coordinates.
    public struct Run: Equatable, Sendable {
        public let row: Int
        public let column: Int
        public let length: Int
    }

    /// The width (and height) in modules with the quiet zone.
    public var totalModules: Int { size + 2 * Self.quietZone }

    public var runs: [Run] {
        var runs: [Run] = []
        for (row, line) in modules.enumerated() {
            var column = 0
            while column < size {
                guard line[column] else { column += 1; continue }
                let start = column
                while column < size, line[column] { column += 1 }
                runs.append(Run(row: row + Self.quietZone, column: start + Self.quietZone, length: column - start))
            }
        }
        return runs
    }

    /// The dark modules as one SVG path: a one-module-high rectangle per run (`M x y h length v1 h -length z`).
    public var pathData: String {
        runs.map { "M\($0.column) \($0.row)h\($0.length)v1h-\($0.length)z" }.joined()
    }

    /// The symbol as an SVG element (one path, a white background, the quiet zone inside the view box):
    /// `crispEdges` so no module is blurred, sized by the page's CSS. `label` is read by screen readers.
    /// The app's views draw the same markup through their escaping `HTML` (`PrintedAddress.svg`).
    public func svg(label: String) -> String {
        let width = totalModules
        let path = pathData
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(width)\" shape-rendering=\"crispEdges\" "
            + "role=\"img\" aria-label=\"\(Self.escaped(label))\" class=\"qr\">"
            + "<rect width=\"\(width)\" height=\"\(width)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// The module grid while a symbol is built: modules and which of them belong to function patterns.
private struct Grid {
    let version: Int
    let size: Int
    var modules: [[Bool]]
    var isFunction: [[Bool]]

    init(version: Int) {
        self.version = version
        size = 4 * version + 17
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
        drawFunctionPatterns()
    }

    mutating func set(_ row: Int, _ column: Int, _ dark: Bool) {
        modules[row][column] = dark
        isFunction[row][column] = true
    }

    /// 6.3: finders, separators, timing, alignment, dark module; format and version areas kept.
    mutating func drawFunctionPatterns() {
        for index in 0..<size {                              // timing patterns (6.3.5): row 6 and column 6
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        drawFinder(row: 3, column: 3)
        drawFinder(row: 3, column: size - 4)
        drawFinder(row: size - 4, column: 3)
        let positions = QRCode.alignmentPositions(version: version)
        for (i, row) in positions.enumerated() {
            for (j, column) in positions.enumerated() {
                let underFinder = (i == 0 && j == 0) || (i == 0 && j == positions.count - 1) || (i == positions.count - 1 && j == 0)
                if !underFinder { drawAlignment(row: row, column: column) }
            }
        }
        drawFormat(mask: 0)                                  // keeps the areas; drawn again with the chosen mask
        drawVersion()
    }

    /// A 7 × 7 finder (6.3.3) centred at (row, column) with its one-module light separator (6.3.4).
    mutating func drawFinder(row: Int, column: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let r = row + dy, c = column + dx
                guard (0..<size).contains(r), (0..<size).contains(c) else { continue }
                let distance = max(abs(dx), abs(dy))
                set(r, c, distance != 2 && distance != 4)
            }
        }
    }

    /// A 5 × 5 alignment pattern (6.3.6): dark ring, light ring, dark centre.
    mutating func drawAlignment(row: Int, column: Int) {
        for dy in -2...2 {
            for dx in -2...2 { set(row + dy, column + dx, max(abs(dx), abs(dy)) != 1) }
        }
    }

    /// Format information (7.9.1, figure 25): bits 0–7 and 8–14 around the top-left finder, and
    /// again split under the top-right and beside the bottom-left finders; the dark module at (4V + 9, 8).
    mutating func drawFormat(mask: Int) {
        let bits = QRCode.formatBits(mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        // Around the top-left finder: column 8 going down (skipping the timing row), then row 8 going left.
        for index in 0...5 { set(index, 8, bit(index)) }
        set(7, 8, bit(6))
        set(8, 8, bit(7))
        set(8, 7, bit(8))
        for index in 9..<15 { set(8, 14 - index, bit(index)) }
        // The second copy: row 8 from the right edge, then column 8 up from the bottom.
        for index in 0..<8 { set(8, size - 1 - index, bit(index)) }
        for index in 8..<15 { set(size - 15 + index, 8, bit(index)) }
        set(size - 8, 8, true)
    }

    /// Version information (7.10, figure 27), versions 7 and up: a 6 × 3 block above the bottom-left
    /// finder and its transpose left of the top-right finder.
    mutating func drawVersion() {
        guard version >= 7 else { return }
        let bits = QRCode.versionBits(version: version)
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(a, b, dark)
            set(b, a, dark)
        }
    }

    /// 7.7.3: two-module columns from the right, upwards then downwards, skipping the vertical timing
    /// column and every function module; the most significant bit of each codeword first. Remainder
    /// bits (versions 2–6) stay light.
    mutating func place(_ codewords: [UInt8]) {
        var bitIndex = 0
        let bitCount = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for offset in 0..<2 {
                    let column = right - offset
                    guard !isFunction[row][column], bitIndex < bitCount else { continue }
                    modules[row][column] = (codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// The data mask patterns of table 10 (i = row, j = column), on data modules only.
    mutating func apply(mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row][column] {
                let i = row, j = column
                let flip = switch mask {
                case 0: (i + j) % 2 == 0
                case 1: i % 2 == 0
                case 2: j % 3 == 0
                case 3: (i + j) % 3 == 0
                case 4: (i / 2 + j / 3) % 2 == 0
                case 5: (i * j) % 2 + (i * j) % 3 == 0
                case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
                default: ((i * j) % 3 + (i + j) % 2) % 2 == 0
                }
                if flip { modules[row][column].toggle() }
            }
        }
    }
}

/// Bits appended most significant first, read back as bytes.
private struct BitBuffer {
    private(set) var bits: [Bool] = []
    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        guard count > 0 else { return }
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<min(start + 8, bits.count)].enumerated().reduce(UInt8(0)) { $0 | ($1.element ? 0x80 >> UInt8($1.offset) : 0) }
        }
    }
}

/// Reed–Solomon error correction over GF(2⁸) with the field polynomial x⁸+x⁴+x³+x²+1 (0x11D),
/// generator ∏ (x − αⁱ) for i = 0…degree−1 (7.5.2, annex A).
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var result = 0
        var a = Int(x)
        var b = Int(y)
        while b > 0 {
            if b & 1 == 1 { result ^= a }
            a <<= 1
            if a & 0x100 != 0 { a ^= 0x11D }
            b >>= 1
        }
        return UInt8(result)
    }

    /// Coefficients of the generator polynomial, highest power first, the leading 1 left out.
    static func generator(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 2)
        }
        return result
    }

    /// The error-correction codewords: the data polynomial × x^degree, modulo the generator.
    static func remainder(_ data: [UInt8], degree: Int) -> [UInt8] {
        let divisor = generator(degree: degree)
        var result = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in 0..<degree { result[index] ^= multiply(divisor[index], factor) }
        }
        return result
    }
}
