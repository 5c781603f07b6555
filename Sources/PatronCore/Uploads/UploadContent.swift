/// What an uploaded scan or attachment really is, decided by walking its structure — never by what
/// the browser claims, and not by its first bytes alone (a JPEG header followed by HTML is not a
/// photo). Images are walked to their end marker with nothing after it; PDFs may not carry scripts.
public enum UploadContent {
    public enum Kind: String, Sendable, CaseIterable {
        case jpeg = "jpg"
        case png
        case pdf

        /// The stored file's extension.
        public var fileExtension: String { rawValue }

        /// Images may be shown in the page; PDFs are only ever downloaded.
        public var isImage: Bool { self != .pdf }

        public var mediaType: String {
            switch self {
            case .jpeg: "image/jpeg"
            case .png: "image/png"
            case .pdf: "application/pdf"
            }
        }
    }

    public enum Problem: Error, Equatable, Sendable {
        /// Neither a JPEG, a PNG nor a PDF.
        case unknownKind
        /// Starts like an image but its structure is broken, or something follows its end.
        case damagedImage(Kind)
        /// A PDF with JavaScript or a launch action (`/JS`, `/JavaScript`, `/Launch`).
        case pdfWithScript

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.unknownKind, .th): "ไฟล์ต้องเป็นรูปภาพ (JPEG, PNG) หรือ PDF"
            case (.unknownKind, .en): "The file must be an image (JPEG, PNG) or a PDF."
            case (.damagedImage(let kind), .th): "ไฟล์ \(kind == .png ? "PNG" : "JPEG") เสียหายหรือมีข้อมูลอื่นต่อท้าย กรุณาบันทึกรูปใหม่แล้วแนบอีกครั้ง"
            case (.damagedImage(let kind), .en): "The \(kind == .png ? "PNG" : "JPEG") file is damaged or has other data after the image. Save the picture again and attach it again."
            case (.pdfWithScript, .th): "ไฟล์ PDF นี้มีสคริปต์ (JavaScript) หรือคำสั่งเปิดโปรแกรม จึงรับไม่ได้ กรุณาพิมพ์เป็น PDF ใหม่หรือสแกนเป็นรูปภาพ"
            case (.pdfWithScript, .en): "This PDF contains JavaScript or a launch action and cannot be accepted. Print it to a new PDF or scan it as an image."
            }
        }
    }

    /// The kind of a well-formed JPEG, PNG or script-free PDF; otherwise the problem.
    public static func verify(_ bytes: [UInt8]) throws(Problem) -> Kind {
        if bytes.starts(with: pngSignature) {
            guard PNGStructure.isWellFormed(bytes) else { throw .damagedImage(.png) }
            return .png
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            guard JPEGStructure.isWellFormed(bytes) else { throw .damagedImage(.jpeg) }
            return .jpeg
        }
        if bytes.starts(with: Array("%PDF-".utf8)) {
            guard !PDFScripts.present(in: bytes) else { throw .pdfWithScript }
            return .pdf
        }
        throw .unknownKind
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
}

/// PNG (ISO/IEC 15948): the signature, then chunks — 4-byte length, 4-letter type, data, CRC-32 of
/// type and data — starting with IHDR and ending with IEND, which must be the last byte.
enum PNGStructure {
    static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        var offset = UploadContent.pngSignature.count
        var first = true
        while offset + 12 <= bytes.count {
            let length = Int(bigEndian32(bytes, at: offset))
            let typeStart = offset + 4
            let dataStart = typeStart + 4
            guard length <= bytes.count, dataStart + length + 4 <= bytes.count else { return false }
            let type = Array(bytes[typeStart..<dataStart])
            guard type.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else { return false }
            let stored = bigEndian32(bytes, at: dataStart + length)
            guard CRC32.checksum(bytes[typeStart..<(dataStart + length)]) == stored else { return false }
            let name = String(decoding: type, as: UTF8.self)
            if first {
                guard name == "IHDR", length == 13 else { return false }
                first = false
            }
            offset = dataStart + length + 4
            if name == "IEND" { return length == 0 && offset == bytes.count }
        }
        return false
    }

    static func bigEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}

/// CRC-32 (ISO 3309, the one PNG uses), table-driven. A checksum of the file format, not a hash
/// for security: swift-crypto has none, and PNG's chunks cannot be checked without it.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// JPEG (ITU T.81): SOI, then marker segments with their lengths; after each start-of-scan the
/// entropy-coded data runs to the next marker that is not a stuffed `FF 00` or a restart marker.
/// Well-formed when a frame header and a scan are seen and EOI is the last two bytes.
enum JPEGStructure {
    static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        var i = 2
        var sawFrame = false
        var sawScan = false
        while i < bytes.count {
            guard bytes[i] == 0xFF else { return false }
            while i < bytes.count && bytes[i] == 0xFF { i += 1 }  // fill bytes
            guard i < bytes.count else { return false }
            let marker = bytes[i]
            i += 1
            switch marker {
            case 0xD9:
                return sawFrame && sawScan && i == bytes.count
            case 0x01, 0xD0...0xD7:
                continue
            case 0x00, 0xD8:
                return false
            default:
                guard i + 2 <= bytes.count else { return false }
                let length = Int(bytes[i]) << 8 | Int(bytes[i + 1])
                guard length >= 2, i + length <= bytes.count else { return false }
                if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) { sawFrame = true }
                i += length
                if marker == 0xDA {
                    guard sawFrame else { return false }
                    sawScan = true
                    // Entropy-coded data: stop at FF followed by a real marker.
                    while i + 1 < bytes.count {
                        if bytes[i] == 0xFF, bytes[i + 1] != 0x00, !(0xD0...0xD7).contains(bytes[i + 1]), bytes[i + 1] != 0xFF { break }
                        i += 1
                    }
                    guard i + 1 < bytes.count else { return false }
                }
            }
        }
        return false
    }
}

/// Finds PDF names that run code: `/JS`, `/JavaScript` (also inside `/OpenAction` and `/AA`) and
/// `/Launch`, with `#xx` escapes in names decoded (`/J#53` is `/JS`).
enum PDFScripts {
    static let refused: Set<String> = ["JS", "JavaScript", "Launch"]

    static func present(in bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x2F else { i += 1; continue }  // "/"
            i += 1
            var name: [UInt8] = []
            while i < bytes.count, !isDelimiter(bytes[i]) {
                if bytes[i] == 0x23, i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                    name.append(high << 4 | low)
                    i += 3
                } else {
                    name.append(bytes[i])
                    i += 1
                }
                if name.count > 16 { break }
            }
            if refused.contains(String(decoding: name, as: UTF8.self)) { return true }
        }
        return false
    }

    /// White space and the PDF delimiters `()<>[]{}/%`.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25].contains(byte)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
