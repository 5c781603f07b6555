import Foundation
import PatronCore

/// The library's logo (`PATRONCARE_LOGO_FILE`), read and checked once at start: readable, at most
/// `LogoContent.maxBytes`, a PNG, JPEG or script-free SVG by its content (the core's `LogoContent`).
/// Served publicly at `SiteRoute.libraryLogo` with caching headers and an ETag; the public header
/// shows it beside the library's name.
struct LibraryLogo: Sendable, Equatable {
    let bytes: [UInt8]
    let kind: LogoContent.Kind
    /// SHA-256 of the bytes: the ETag, and the `v` of the header's link (a new file, a new address).
    let digest: String

    init(bytes: [UInt8]) throws(LogoContent.Problem) {
        kind = try LogoContent.verify(bytes)
        self.bytes = bytes
        digest = Hashing.sha256Hex(bytes: bytes)
    }

    var etag: String { "\"\(digest.prefix(32))\"" }

    /// The header's `<img src>`: the stable path plus the content's version.
    var href: String { SiteRoute.libraryLogo.href + "?v=" + digest.prefix(12) }

    /// nil when the variable is unset or empty; a start-up error naming the variable and the file otherwise.
    static func load(_ values: ConfigurationValues) throws -> LibraryLogo? {
        guard let path = values.nonEmpty(.logoFile) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("PATRONCARE_LOGO_FILE: cannot read \(path) (a PNG, JPEG or SVG file the app may read).")
        }
        do {
            return try LibraryLogo(bytes: Array(data))
        } catch {
            throw ConfigError("PATRONCARE_LOGO_FILE: \(path): \(error.message(.en))")
        }
    }
}
