import PropertyBased
import Testing
@testable import PatronCore

/// Code 128 set B against the standard's patterns and hand-computed check symbols.
@Suite struct Code128Tests {
    @Test func knownPatternsFromTheStandard() {
        #expect(Code128.patterns.count == 107)
        #expect(Code128.patterns[0] == "212222")      // space in set B
        #expect(Code128.patterns[104] == "211214")    // Start B
        #expect(Code128.patterns[105] == "211232")    // Start C
        #expect(Code128.patterns[106] == "2331112")   // Stop
        #expect(Code128.patterns[33] == "111323")     // 'A'
        for pattern in Code128.patterns.dropLast() {
            #expect(pattern.count == 6)
            #expect(pattern.reduce(0) { $0 + Int($1.asciiValue! - 48) } == 11)
            // Bars (odd positions) always add up to an even number of modules.
            let bars = pattern.enumerated().filter { $0.offset % 2 == 0 }.reduce(0) { $0 + Int($1.element.asciiValue! - 48) }
            #expect(bars % 2 == 0)
        }
        #expect(Set(Code128.patterns).count == 107)
    }

    @Test func checkSymbolsComputedByHand() throws {
        // PJJ123C: 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879; 879 mod 103 = 55.
        let wiki = try Code128("PJJ123C")
        #expect(wiki.values == [104, 48, 42, 42, 17, 18, 19, 35, 55, 106])
        // DEMO-OLD1: D36 E37 M45 O47 -13 O47 L44 D36 1 17 → 104 + 36 + 74 + 135 + 188 + 65 + 282 + 308 + 288 + 153 = 1633; mod 103 = 88.
        #expect(try Code128("DEMO-OLD1").checkValue == 88)
        // A single "0": 104 + 16 = 120 mod 103 = 17.
        #expect(try Code128("0").values == [104, 16, 17, 106])
    }

    @Test func theModuleStringStartsWithStartBAndEndsWithStop() throws {
        let symbol = try Code128("6400123")
        #expect(symbol.modules.hasPrefix("11010010000"))      // 211214
        #expect(symbol.modules.hasSuffix("1100011101011"))    // 2331112
        #expect(symbol.modules.count == 11 * (7 + 2) + 13)
        #expect(symbol.totalModules == symbol.modules.count + 2 * Code128.quietZone)
        #expect(symbol.bars.first?.x == Code128.quietZone)
        #expect(symbol.bars.first == Code128.Bar(x: 10, width: 2), "Start B begins with a two-module bar")
        #expect(symbol.bars.count == 3 * (7 + 3) + 1, "three bars per symbol, four in Stop")
    }

    @Test func textOutsideSetBIsRefused() {
        #expect(throws: Code128.Problem.empty) { try Code128("") }
        #expect(throws: Code128.Problem.unencodable("ก")) { try Code128("Aก") }
    }

    /// Decoding the modules back (pattern lookup) gives the text, for any printable card number.
    @Test func modulesDecodeBackToTheText() async {
        let printable = Gen.int(in: 32...126).map { Character(UnicodeScalar(UInt8($0))) }.array(of: 1...20).map { String($0) }
        await propertyCheck(count: 300, input: printable) { text in
            let symbol = try! Code128(text)
            var widths = symbol.widths
            var values: [Int] = []
            while widths.count >= 6 {
                let chunk = widths.count == 7 ? widths : Array(widths.prefix(6))
                let pattern = chunk.map(String.init).joined()
                values.append(Code128.patterns.firstIndex(of: pattern) ?? -1)
                widths.removeFirst(chunk.count)
            }
            #expect(values == symbol.values)
            let data = values.dropFirst().dropLast(2)
            #expect(String(data.map { Character(UnicodeScalar(UInt8($0 + 32))) }) == text)
            #expect(Code128.checkValue(Array(values.dropLast(2))) == symbol.checkValue)
        }
    }
}
