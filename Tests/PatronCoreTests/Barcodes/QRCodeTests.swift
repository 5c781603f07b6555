import Foundation
import Testing
@testable import PatronCore

/// QR Code (ISO/IEC 18004:2015), byte mode, level M: the standard's tables, hand-computed codewords,
/// and symbols decoded by a real reader (`zbarimg`, Debian's zbar-tools).
@Suite struct QRCodeTests {
    @Test func formatBitsMatchTheStandardsTableForLevelM() {
        // Annex C, table C.1: the 15-bit sequences for level M, masks 0…7 (after the XOR with 101010000010010).
        let expected = [
            "101010000010010", "101000100100101", "101111001111100", "101101101001011",
            "100010111111001", "100000011001110", "100111110010111", "100101010100000",
        ]
        for mask in 0..<8 {
            #expect(String(QRCode.formatBits(mask: mask), radix: 2).leftPadded(to: 15) == expected[mask], "mask \(mask)")
        }
    }

    @Test func versionBitsMatchAnnexD() {
        // Annex D, table D.1.
        #expect(QRCode.versionBits(version: 7) == 0x07C94)
        #expect(QRCode.versionBits(version: 8) == 0x085BC)
        #expect(QRCode.versionBits(version: 9) == 0x09A99)
        #expect(QRCode.versionBits(version: 10) == 0x0A4D3)
    }

    @Test func capacitiesAndCodewordCountsMatchTables7And9() {
        // Byte-mode capacity at level M, versions 1…10 (table 7).
        #expect(QRCode.versions.map { QRCode.byteCapacity(version: $0) } == [14, 26, 42, 62, 84, 106, 122, 152, 180, 213])
        // Total codewords per version (table 1) and data codewords at level M (table 7).
        #expect(QRCode.versions.map { QRCode.totalCodewords(version: $0) } == [26, 44, 70, 100, 134, 172, 196, 242, 292, 346])
        #expect(QRCode.versions.map { QRCode.dataCodewordCount(version: $0) } == [16, 28, 44, 64, 86, 108, 124, 154, 182, 216])
        #expect(QRCode.alignmentPositions(version: 7) == [6, 22, 38])
    }

    @Test func theSmallestVersionThatHoldsTheTextIsChosen() throws {
        #expect(try QRCode(String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode(String(repeating: "a", count: 15)).version == 2)
        #expect(try QRCode(String(repeating: "a", count: 213)).version == 10)
        #expect(throws: QRCode.Problem.tooLong(bytes: 214)) { try QRCode(String(repeating: "a", count: 214)) }
        #expect(throws: QRCode.Problem.empty) { try QRCode("") }
        // Thai text counts in UTF-8 bytes: 5 characters × 3 bytes = 15 → version 2.
        #expect(try QRCode("ห้องสม").version == 2)
        let symbol = try QRCode("https://example.org")
        #expect(symbol.size == 4 * symbol.version + 17)
    }

    @Test func dataCodewordsComputedByHand() {
        // "A" in version 1: 0100 | 00000001 | 01000001 | 0000 → 0x40 0x14 0x10, then the pad bytes.
        #expect(QRCode.dataCodewords(Array("A".utf8), version: 1)
            == [0x40, 0x14, 0x10, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC])
    }

    @Test func reedSolomonMatchesThePublishedHelloWorldExample() {
        // "HELLO WORLD" at 1-M (alphanumeric): its 16 data codewords and 10 error-correction codewords,
        // the worked example of the standard's annex I / thonky.com's tutorial.
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.remainder(data, degree: 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
        // The generator of degree 7 (annex A): α⁰x⁷ + α⁸⁷x⁶ + α²²⁹x⁵ + α¹⁴⁶x⁴ + α¹⁴⁹x³ + α²³⁸x² + α¹⁰²x + α²¹.
        func alpha(_ exponent: Int) -> UInt8 { (0..<exponent).reduce(UInt8(1)) { value, _ in ReedSolomon.multiply(value, 2) } }
        #expect(ReedSolomon.generator(degree: 7) == [87, 229, 146, 149, 238, 102, 21].map(alpha))
    }

    @Test func theFormatInformationReadBackFromTheSymbolNamesTheMask() throws {
        let symbol = try QRCode("https://library.example.ac.th/refund-steps")
        let m = symbol.modules
        // Copy 1 (figure 25): bits 0–5 down column 8, 6 at row 7, 7 at (8,8), 8 at (8,7), 9–14 along row 8 leftwards.
        var bits = 0
        let positions: [(Int, Int)] = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7), (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
        for (index, (row, column)) in positions.enumerated() where m[row][column] { bits |= 1 << index }
        #expect(bits == QRCode.formatBits(mask: symbol.mask))
        // The dark module and the finder's corner.
        #expect(m[4 * symbol.version + 9][8])
        #expect(m[0][0] && m[6][6] && !m[7][7])
    }

    @Test func theChosenMaskHasTheLowestPenalty() throws {
        let text = "https://library.example.ac.th/feedback/status"
        let chosen = try QRCode(text)
        for mask in 0..<8 {
            let other = QRCode(text, version: chosen.version, mask: mask)
            #expect(QRCode.penalty(other.modules) >= QRCode.penalty(chosen.modules))
        }
    }

    @Test func theSVGIsOnePathWithTheQuietZone() throws {
        let symbol = try QRCode("http://127.0.0.1:8080/refund-steps")
        let svg = symbol.svg(label: "a \"label\" <b>")
        let width = symbol.size + 8
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(width)\" shape-rendering=\"crispEdges\""))
        #expect(svg.contains("aria-label=\"a &quot;label&quot; &lt;b&gt;\""))
        #expect(symbol.runs.allSatisfy { $0.row >= 4 && $0.column >= 4 && $0.column + $0.length <= width - 4 })
        #expect(symbol.runs.reduce(0) { $0 + $1.length } == symbol.modules.joined().filter { $0 }.count)
    }

    /// Every symbol a real reader decodes back to its text: several versions (1, 2, 3, 5, 8 with version
    /// information, 10 with a 16-bit count), Thai path text percent-encoded, and every mask at one version.
    @Test func zbarimgDecodesWhatWeEncode() throws {
        let zbarimg = try #require(QRReader.zbarimg, "zbarimg is not installed (Debian: apt-get install zbar-tools); CI installs it")
        let thai = "ขอรับเงินคืน".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
        let texts = [
            "https://lib.th/a",                                                            // 16 bytes: version 2
            "http://a.th/",                                                                // version 1
            "http://127.0.0.1:8080/refund-steps",                                          // version 3
            "https://library.example.ac.th/feedback/status?ref=FB-2569-000123-7",          // version 5
            "https://library.example.ac.th/\(thai)",                                       // 138 bytes: version 8
            "https://lib.th/\(thai)?ref=FB-2569-000123-7&lang=th&q=\(thai.prefix(45))",     // 200 bytes: version 10
        ]
        var versions = Set<Int>()
        for text in texts {
            let symbol = try QRCode(text)
            versions.insert(symbol.version)
            #expect(try QRReader.decode(symbol, with: zbarimg) == text, "version \(symbol.version), mask \(symbol.mask)")
        }
        #expect(versions.isSuperset(of: [1, 2, 3, 5, 10]))
        #expect(versions.contains { $0 >= 7 && $0 < 10 })
        for mask in 0..<8 {
            let symbol = QRCode("https://library.example.ac.th/\(thai)", version: 8, mask: mask)
            #expect(try QRReader.decode(symbol, with: zbarimg) == symbol.text, "mask \(mask)")
        }
    }
}

/// Writes a symbol as a PNG (8 px a module) and reads it with zbarimg.
enum QRReader {
    static var zbarimg: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/zbarimg" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func decode(_ symbol: QRCode, with zbarimg: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).png")
        try PNGWriter.grey(symbol, scale: 8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", url.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// The smallest PNG writer that works: 8-bit greyscale, zlib "stored" blocks (no compression), CRC-32 and Adler-32.
enum PNGWriter {
    static func grey(_ symbol: QRCode, scale: Int) -> Data {
        let side = symbol.totalModules * scale
        var raw: [UInt8] = []
        raw.reserveCapacity((side + 1) * side)
        for y in 0..<side {
            raw.append(0)  // filter: none
            let row = y / scale - QRCode.quietZone
            for x in 0..<side {
                let column = x / scale - QRCode.quietZone
                let dark = (0..<symbol.size).contains(row) && (0..<symbol.size).contains(column) && symbol.modules[row][column]
                raw.append(dark ? 0 : 255)
            }
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.append(chunk("IHDR", bigEndian(UInt32(side)) + bigEndian(UInt32(side)) + [8, 0, 0, 0, 0]))
        png.append(chunk("IDAT", zlibStored(raw)))
        png.append(chunk("IEND", []))
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ body: [UInt8]) -> Data {
        let typed = Array(type.utf8) + body
        return Data(bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed)))
    }

    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let final: UInt8 = offset + length == data.count ? 1 : 0
            out += [final, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[offset..<offset + length]
            offset += length
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        return out + bigEndian(b << 16 | a)
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
