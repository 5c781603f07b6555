/// The character encodings an imported file may be in. Thai offices still produce Windows-874
/// (a superset of TIS-620) when Excel saves "CSV" rather than "CSV UTF-8".
public enum TextEncoding: String, CaseIterable, Codable, Sendable {
    case utf8 = "utf-8"
    case windows874 = "windows-874"

    /// Accepts the usual labels: `utf-8`, `utf8`; `windows-874`, `cp874`, `tis-620`, `tis620`,
    /// `iso-8859-11`, `x-windows-874` (any letter case). Nil for anything else.
    public init?(label: some StringProtocol) {
        switch String(label.trimmingCharacters(in: " \t")).lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-874", "windows874", "cp874", "x-windows-874", "ms874",
             "tis-620", "tis620", "tis_620", "iso-8859-11", "iso8859-11":
            self = .windows874
        default: return nil
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.utf8, _): "UTF-8"
        case (.windows874, .th): "ภาษาไทย Windows-874 (TIS-620)"
        case (.windows874, .en): "Thai Windows-874 (TIS-620)"
        }
    }
}

/// Text read from an uploaded file, and how it was read.
public struct DecodedText: Equatable, Sendable {
    public let text: String
    /// The encoding the bytes were in: `.windows874` means they were converted from Thai TIS-620.
    public let encoding: TextEncoding
    /// The file began with a UTF-8 byte-order mark (Excel's "CSV UTF-8"); it is not part of `text`.
    public let hadByteOrderMark: Bool
}

/// Turns the bytes of an uploaded file into text without ever returning mojibake.
///
/// * A UTF-8 byte-order mark is dropped.
/// * Valid UTF-8 is used as it is — unless it holds Thai that was already garbled by a wrong
///   conversion ("à¸ªà¸¡…", Thai UTF-8 read as Latin-1/CP1252, or "เธชเธก…", Thai UTF-8 read as
///   Windows-874), which is refused.
/// * Invalid UTF-8 whose high bytes are all Windows-874 characters and look like Thai writing is
///   converted from Windows-874 (TIS-620); anything else (Latin-1 "café", "Müller", binary files)
///   is refused with the line to look at.
/// * `forcing` skips detection: `.utf8` refuses invalid UTF-8, `.windows874` converts even
///   bytes that happen to be valid UTF-8 (the same Thai-writing and mojibake checks still apply).
public enum ImportTextDecoder {
    public static func decode(_ bytes: [UInt8], forcing forced: TextEncoding? = nil) throws(ImportFileProblem) -> DecodedText {
        let result: Result<DecodedText, ImportFileProblem> = bytes.withUnsafeBufferPointer { buffer in
            let hasBOM = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
            let body = UnsafeBufferPointer(rebasing: buffer[(hasBOM ? 3 : 0)...])
            if forced == .windows874 {
                if hasBOM { return .failure(.notWindows874(line: 1)) }
                return decodeWindows874(body, forced: true).map {
                    DecodedText(text: $0, encoding: .windows874, hadByteOrderMark: false)
                }
            }
            if let bad = firstInvalidUTF8Offset(body) {
                if forced == .utf8 || hasBOM { return .failure(.invalidUTF8(line: lineNumber(at: bad, in: body))) }
                return decodeWindows874(body, forced: false).map {
                    DecodedText(text: $0, encoding: .windows874, hadByteOrderMark: false)
                }
            }
            if let problem = mojibake(in: body) { return .failure(problem) }
            return .success(DecodedText(text: String(decoding: body, as: UTF8.self), encoding: .utf8, hadByteOrderMark: hasBOM))
        }
        return try result.get()
    }

    // MARK: UTF-8

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8Offset(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = p.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return i
            }
            if i + need >= n { return i }
            let c1 = p[i + 1]
            if c1 < low || c1 > high { return i }
            var k = 2
            while k <= need {
                if p[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += need + 1
        }
        return nil
    }

    /// Physical line (1-based) holding byte `offset`.
    static func lineNumber(at offset: Int, in p: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        while i < offset && i < p.count {
            if p[i] == 0x0A { line += 1 }
            i += 1
        }
        return line
    }

    // MARK: Mojibake

    /// Thai UTF-8 read as Latin-1/CP1252 and saved again as UTF-8 turns every Thai letter into
    /// "à¸…" or "à¹…" (bytes C3 A0 C2 B8 / C3 A0 C2 B9) — a sequence no real text contains.
    /// Thai UTF-8 read as Windows-874 turns every letter into "เธ…" or "เน…"; real Thai has these
    /// pairs (เธอ, เน้น) but rarely, so the text is refused only when they make up a fifth or more
    /// of its Thai characters.
    static func mojibake(in p: UnsafeBufferPointer<UInt8>) -> ImportFileProblem? {
        let n = p.count
        var i = 0
        var thai = 0
        var pairs = 0
        var firstPair = -1
        while i < n {
            let b = p[i]
            if b < 0xC3 { i += 1; continue }
            if b == 0xC3, i + 3 < n, p[i + 1] == 0xA0, p[i + 2] == 0xC2, p[i + 3] == 0xB8 || p[i + 3] == 0xB9 {
                return .doubleEncoded(line: lineNumber(at: i, in: p), sample: sample(at: i, in: p))
            }
            if b == 0xE0, i + 2 < n, p[i + 1] == 0xB8 || p[i + 1] == 0xB9 {
                thai += 1
                // เ = E0 B9 80, followed by ธ = E0 B8 98 or น = E0 B8 99
                if p[i + 1] == 0xB9, p[i + 2] == 0x80, i + 5 < n, p[i + 3] == 0xE0, p[i + 4] == 0xB8,
                   p[i + 5] == 0x98 || p[i + 5] == 0x99 {
                    pairs += 1
                    if firstPair < 0 { firstPair = i }
                }
                i += 3
                continue
            }
            i += 1
        }
        if pairs >= 3 && pairs * 5 >= thai {
            return .doubleEncoded(line: lineNumber(at: firstPair, in: p), sample: sample(at: firstPair, in: p))
        }
        return nil
    }

    /// A few characters from `offset`, for the message; never cut inside a character.
    static func sample(at offset: Int, in p: UnsafeBufferPointer<UInt8>) -> String {
        var end = min(p.count, offset + 24)
        while end < p.count && p[end] & 0xC0 == 0x80 { end += 1 }
        var stop = offset
        while stop < end && p[stop] != 0x0A && p[stop] != 0x0D && p[stop] != 0x2C { stop += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: p[offset..<stop]), as: UTF8.self)
    }

    // MARK: Windows-874 / TIS-620

    /// Unicode scalar for each byte 0x80…0xFF in Windows-874; 0 where the code page has none.
    /// TIS-620 bytes 0xA1…0xFB map to U+0E01 + (byte − 0xA1), except the unused 0xDB…0xDE.
    static let windows874High: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 128)
        table[0x80 - 0x80] = 0x20AC // €
        table[0x85 - 0x80] = 0x2026 // …
        let quotes: [UInt32] = [0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014]
        for (k, scalar) in quotes.enumerated() { table[0x91 - 0x80 + k] = scalar }
        table[0xA0 - 0x80] = 0x00A0
        for b in 0xA1...0xFB where !(0xDB...0xDE).contains(b) {
            table[b - 0x80] = 0x0E01 + UInt32(b - 0xA1)
        }
        return table
    }()

    static func isThaiConsonant(_ b: UInt8) -> Bool { b >= 0xA1 && b <= 0xCE }
    /// Vowels above/below and tone marks: they sit on a consonant and never start a syllable.
    static func isThaiCombining(_ b: UInt8) -> Bool { b == 0xD1 || (b >= 0xD4 && b <= 0xDA) || (b >= 0xE7 && b <= 0xEE) }
    /// เ แ โ ใ ไ: written before the consonant they belong to.
    static func isThaiLeadingVowel(_ b: UInt8) -> Bool { b >= 0xE0 && b <= 0xE4 }
    static func isThaiDigit(_ b: UInt8) -> Bool { b >= 0xF0 && b <= 0xF9 }
    static func isThaiByte(_ b: UInt8) -> Bool { b >= 0xA1 && b <= 0xFB }
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Decodes Windows-874, refusing undefined bytes and byte patterns that are not Thai writing
    /// (which is what Latin-1 text looks like when read as Windows-874).
    static func decodeWindows874(_ p: UnsafeBufferPointer<UInt8>, forced: Bool) -> Result<String, ImportFileProblem> {
        let table = windows874High
        let n = p.count
        var out: [UInt8] = []
        out.reserveCapacity(n + n / 2)
        var thaiRuns = 0
        var oddities = 0
        var firstOddity = -1
        var runLength = 0
        var runStart = 0
        func odd(_ at: Int) {
            oddities += 1
            if firstOddity < 0 { firstOddity = at }
        }
        /// A lone Thai letter glued to Latin letters ("caf\u{E9}", "\u{C5}sa") is how Latin-1 looks.
        func endRun(at end: Int) {
            thaiRuns += 1
            if runLength == 1 {
                let b = p[runStart]
                let previous: UInt8 = runStart > 0 ? p[runStart - 1] : 0x20
                let next: UInt8 = end < n ? p[end] : 0x20
                let standalone = b == 0xE6 || b == 0xCF || b == 0xDF || isThaiDigit(b) // ๆ ฯ ฿ digits
                if !standalone && (isASCIILetter(previous) || isASCIILetter(next)) { odd(runStart) }
            }
            runLength = 0
        }

        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                out.append(b)
                if runLength > 0 { endRun(at: i) }
                i += 1
                continue
            }
            let scalar = table[Int(b) - 0x80]
            if scalar == 0 {
                let line = lineNumber(at: i, in: p)
                return .failure(forced ? .notWindows874(line: line) : .unrecognisedEncoding(line: line))
            }
            // Plausibility of Thai writing.
            if isThaiByte(b) {
                if runLength == 0 { runStart = i }
                runLength += 1
                let previous: UInt8 = i > 0 ? p[i - 1] : 0x20
                let next: UInt8 = i + 1 < n ? p[i + 1] : 0x20
                if isThaiCombining(b) && !(isThaiConsonant(previous) || isThaiCombining(previous)) { odd(i) }
                if isThaiLeadingVowel(b) && !isThaiConsonant(next) { odd(i) }
                if isThaiDigit(b) && (isASCIILetter(previous) || isASCIILetter(next)) { odd(i) }
            } else if runLength > 0 {
                endRun(at: i)
            }
            // Append the scalar as UTF-8 (all are in the BMP and above U+007F).
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
            i += 1
        }
        if runLength > 0 { endRun(at: n) }

        // A real Thai file may hold the odd typo; Latin-1 text is mostly oddities.
        if oddities > 0 && oddities * 20 > thaiRuns {
            let line = lineNumber(at: firstOddity, in: p)
            return .failure(forced ? .notWindows874(line: line) : .unrecognisedEncoding(line: line))
        }
        let decoded = out.withUnsafeBufferPointer { buffer -> Result<String, ImportFileProblem> in
            if let problem = mojibake(in: buffer) { return .failure(problem) }
            return .success(String(decoding: buffer, as: UTF8.self))
        }
        return decoded
    }
}
