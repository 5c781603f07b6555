import Testing
import PatronCore

@Suite struct ImportTextDecoderTests {
    @Test func dropsTheUTF8ByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("cardnumber\nสมชาย".utf8)

        let decoded = try ImportTextDecoder.decode(bytes)

        #expect(decoded.text == "cardnumber\nสมชาย")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.hadByteOrderMark)
    }

    @Test func usesValidUTF8AsItIs() throws {
        let text = "cardnumber,surname\n1,ใจดี Müller “quoted” €\n"

        let decoded = try ImportTextDecoder.decode(Array(text.utf8))

        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.hadByteOrderMark)
    }

    @Test func detectsAndDecodesTIS620() throws {
        // "ชื่อ,สมชาย" in TIS-620: ช ื ่ อ , ส ม ช า ย
        let bytes: [UInt8] = [0xAA, 0xD7, 0xE8, 0xCD, 0x2C, 0xCA, 0xC1, 0xAA, 0xD2, 0xC2]

        let decoded = try ImportTextDecoder.decode(bytes)

        #expect(decoded.text == "ชื่อ,สมชาย")
        #expect(decoded.encoding == .windows874)
    }

    @Test func decodesWindows874Punctuation() throws {
        // “สมชาย” – 100€…  (0x93, 0x94, 0x96, 0x80, 0x85 are Windows-874 additions to TIS-620)
        let bytes: [UInt8] = [0x93, 0xCA, 0xC1, 0xAA, 0xD2, 0xC2, 0x94, 0x20, 0x96, 0x20, 0x31, 0x30, 0x30, 0x80, 0x85]

        let decoded = try ImportTextDecoder.decode(bytes)

        #expect(decoded.text == "“สมชาย” – 100€…")
    }

    @Test func tis620FixtureDecodesToTheSameThaiAsTheUTF8One() throws {
        let tis = try KohaFixture.bytes("koha-patrons-tis620.csv")
        let utf8 = try ImportTextDecoder.decode(KohaFixture.bytes("koha-patrons-th.csv")).text

        let decoded = try ImportTextDecoder.decode(tis)

        #expect(decoded.encoding == .windows874)
        let lines = decoded.text.split(separator: "\r\n")
        #expect(lines.count == 7) // the header and six patrons
        for line in lines.dropFirst() where !line.contains("สวนธน") && !line.contains("ซอยพุทธบูชา") {
            #expect(utf8.contains(line), "\(line)")
        }
        #expect(decoded.text.contains("สมชาย"))
        #expect(decoded.text.contains("กรุงเทพมหานคร"))
    }

    @Test func refusesThaiDoubleEncodedThroughLatin1() throws {
        // Each UTF-8 byte of "ชื่อ" taken as a Latin-1 character: "à¸\u{8A}à¸·à¹\u{88}à¸­".
        let garbled = String(String.UnicodeScalarView(Array("ชื่อ".utf8).map { Unicode.Scalar($0) }))
        #expect(garbled.hasPrefix("à¸"))
        let bytes = Array("cardnumber,firstname\n1,\(garbled)\n".utf8)

        #expect(throws: ImportFileProblem.doubleEncoded(line: 2, sample: garbled)) {
            try ImportTextDecoder.decode(bytes)
        }
    }

    @Test func refusesTheMojibakeFixture() throws {
        let bytes = try KohaFixture.bytes("koha-patrons-mojibake.csv")

        let problem = #expect(throws: ImportFileProblem.self) { try KohaPatronFile(bytes: bytes) }

        guard case .doubleEncoded(let line, let sample) = problem else {
            Issue.record("expected doubleEncoded, got \(String(describing: problem))")
            return
        }
        #expect(line == 2)
        #expect(sample.hasPrefix("à¸"))
        #expect(problem?.message(.th).contains("บรรทัด 2") == true)
        #expect(problem?.message(.en).contains("line 2") == true)
    }

    @Test func refusesThaiUTF8ThatWasReadAsWindows874() throws {
        // "สวัสดี" in UTF-8 is E0 B8 AA E0 B8 A7 …; each byte read as Windows-874 gives เธช เธง …
        let utf8 = Array("สวัสดี".utf8)
        let garbled = String(String.UnicodeScalarView(utf8.map { b in
            b == 0x94 ? Unicode.Scalar(0x201D)! : Unicode.Scalar(0x0E01 + UInt32(b) - 0xA1)!
        }))
        #expect(garbled.hasPrefix("เธช"))
        let bytes = Array("cardnumber,firstname\n1,\(garbled)\n2,\(garbled)\n".utf8)

        let problem = #expect(throws: ImportFileProblem.self) { try ImportTextDecoder.decode(bytes) }

        guard case .doubleEncoded(let line, _) = problem else {
            Issue.record("expected doubleEncoded, got \(String(describing: problem))")
            return
        }
        #expect(line == 2)
    }

    @Test func keepsRealThaiThatContainsTheSamePairs() throws {
        let text = "cardnumber,borrowernotes\n1,เธอเดินไปโรงเรียนกับเพื่อนของเธอทุกวัน เธอชอบอ่านหนังสือ เน้นนิยาย\n"

        let decoded = try ImportTextDecoder.decode(Array(text.utf8))

        #expect(decoded.text == text)
    }

    @Test(arguments: [
        ("cardnumber\nMüller\n", 2),          // ü = 0xFC is not in Windows-874
        ("cardnumber\nJosé García\n", 2),     // é, í would be Thai vowel marks on Latin letters
        ("cardnumber\n1\n2\nVoilà, Åsa\n", 4),
    ])
    func refusesLatin1(text: String, line: Int) throws {
        let bytes = text.unicodeScalars.map { UInt8($0.value) }

        #expect(throws: ImportFileProblem.unrecognisedEncoding(line: line)) {
            try ImportTextDecoder.decode(bytes)
        }
    }

    @Test func forcedUTF8RefusesTIS620() throws {
        let bytes: [UInt8] = Array("cardnumber\n".utf8) + [0xCA, 0xC1, 0xAA, 0xD2, 0xC2]

        #expect(throws: ImportFileProblem.invalidUTF8(line: 2)) {
            try ImportTextDecoder.decode(bytes, forcing: .utf8)
        }
    }

    @Test func forcedWindows874RefusesUTF8Thai() throws {
        // ก in UTF-8 is E0 B8 81, and 0x81 does not exist in Windows-874.
        let bytes = Array("cardnumber,firstname\n1,กมล\n".utf8)

        #expect(throws: ImportFileProblem.notWindows874(line: 2)) {
            try ImportTextDecoder.decode(bytes, forcing: .windows874)
        }
    }

    @Test func forcedWindows874RefusesAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("cardnumber\n1\n".utf8)

        #expect(throws: ImportFileProblem.notWindows874(line: 1)) {
            try ImportTextDecoder.decode(bytes, forcing: .windows874)
        }
    }

    @Test func forcedWindows874DecodesBytesThatAreAlsoValidUTF8() throws {
        // ร (0xC3) + ก (0xA1) is also the UTF-8 for "á"; forced, it is read as Thai.
        let bytes: [UInt8] = [0xC3, 0xA1]

        #expect(try ImportTextDecoder.decode(bytes).text == "á")
        #expect(try ImportTextDecoder.decode(bytes, forcing: .windows874).text == "รก")
    }

    @Test(arguments: [
        ("utf-8", TextEncoding.utf8), ("UTF8", .utf8), ("windows-874", .windows874), ("CP874", .windows874),
        ("tis-620", .windows874), (" TIS620 ", .windows874), ("iso-8859-11", .windows874),
    ])
    func encodingLabels(label: String, expected: TextEncoding) {
        #expect(TextEncoding(label: label) == expected)
    }

    @Test func unknownEncodingLabelIsAFileProblem() {
        #expect(TextEncoding(label: "latin-1") == nil)
        #expect(throws: ImportFileProblem.unsupportedEncodingName("latin-1")) {
            try KohaPatronFile(bytes: Array("cardnumber\n1\n".utf8), encodingLabel: "latin-1")
        }
    }
}
