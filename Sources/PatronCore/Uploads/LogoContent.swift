/// The library's logo (`PATRONCARE_LOGO_FILE`) judged by its content, never by its name: a PNG or JPEG
/// that `UploadContent` finds well formed, or an SVG document with no script in it. The logo is served
/// on the public pages from the library's own address, so an SVG that could run script there (a
/// `<script>`, an `on…=` handler, a `javascript:` link, `<foreignObject>` HTML, or entities) is refused.
public enum LogoContent {
    public enum Kind: String, Sendable, CaseIterable {
        case png, jpeg, svg

        public var mediaType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .svg: "image/svg+xml"
            }
        }
    }

    public enum Problem: Error, Equatable, Sendable {
        case empty
        case tooLarge(bytes: Int, limit: Int)
        /// Neither PNG, JPEG nor SVG (a PDF included).
        case notAnImage
        case damaged(Kind)
        case svgWithScript

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.empty, .th): "ไฟล์โลโก้ว่างเปล่า"
            case (.empty, .en): "The logo file is empty."
            case (.tooLarge(let bytes, let limit), .th): "ไฟล์โลโก้ใหญ่เกินไป (\(bytes / 1024) KB; ไม่เกิน \(limit / 1024) KB)"
            case (.tooLarge(let bytes, let limit), .en): "The logo file is too large (\(bytes / 1024) KB; at most \(limit / 1024) KB)."
            case (.notAnImage, .th): "ไฟล์โลโก้ต้องเป็นรูปภาพ PNG, JPEG หรือ SVG"
            case (.notAnImage, .en): "The logo must be a PNG, JPEG or SVG image."
            case (.damaged(let kind), .th): "ไฟล์โลโก้ \(kind.rawValue.uppercased()) เสียหายหรือมีข้อมูลอื่นต่อท้าย"
            case (.damaged(let kind), .en): "The \(kind.rawValue.uppercased()) logo is damaged or has other data after the image."
            case (.svgWithScript, .th): "โลโก้ SVG มีสคริปต์ ตัวจัดการเหตุการณ์ (on…=) ลิงก์ javascript: หรือ entity จึงใช้ไม่ได้ กรุณาส่งออกเป็น SVG ธรรมดาหรือ PNG"
            case (.svgWithScript, .en): "The SVG logo contains script, an event handler (on…=), a javascript: link or entities. Export it as a plain SVG or a PNG."
            }
        }
    }

    /// A logo is a small picture: 512 KB is generous for a page header.
    public static let maxBytes = 512 * 1024

    public static func verify(_ bytes: [UInt8], maxBytes: Int = maxBytes) throws(Problem) -> Kind {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        if bytes.starts(with: UploadContent.pngSignature) {
            guard PNGStructure.isWellFormed(bytes) else { throw .damaged(.png) }
            return .png
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            guard JPEGStructure.isWellFormed(bytes) else { throw .damaged(.jpeg) }
            return .jpeg
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notAnImage }
        let lowered = text.lowercased()
        var start = Substring(lowered)
        if start.hasPrefix("\u{FEFF}") { start = start.dropFirst() }
        start = start.drop(while: \.isWhitespace)
        guard start.hasPrefix("<?xml") || start.hasPrefix("<svg") || start.hasPrefix("<!--") || start.hasPrefix("<!doctype svg"),
              lowered.contains("<svg") else { throw .notAnImage }
        if ["<script", "javascript:", "<foreignobject", "<!entity", "<iframe", "<embed", "<object"].contains(where: lowered.contains)
            || hasEventHandler(lowered) {
            throw .svgWithScript
        }
        return .svg
    }

    /// An attribute named `on…` (`onload=`, `onclick =`): whitespace, "on", letters, optional spaces, "=".
    static func hasEventHandler(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 3 < scalars.count {
            defer { index += 1 }
            guard scalars[index].properties.isWhitespace || scalars[index] == "/",
                  scalars[index + 1] == "o", scalars[index + 2] == "n" else { continue }
            var end = index + 3
            while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
            guard end > index + 3 else { continue }
            while end < scalars.count, scalars[end].properties.isWhitespace { end += 1 }
            if end < scalars.count, scalars[end] == "=" { return true }
        }
        return false
    }
}
