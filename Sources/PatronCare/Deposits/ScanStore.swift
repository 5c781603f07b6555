import Foundation
import PatronCore
import Vapor

/// Keeps uploaded scans (a proxy's authorisation letter) on disk under a random name, after
/// checking by their first bytes that they are a JPEG, PNG or PDF and not too large.
struct ScanStore {
    static let maximumBytes = 10 * 1024 * 1024

    enum Problem: Error {
        case notImageOrPDF
        case tooLarge

        func message(_ language: Language) -> String {
            switch (self, language) {
            case (.notImageOrPDF, .th): "ไฟล์สแกนต้องเป็นรูปภาพ (JPEG, PNG) หรือ PDF"
            case (.notImageOrPDF, .en): "The scan must be an image (JPEG, PNG) or a PDF."
            case (.tooLarge, .th): "ไฟล์สแกนใหญ่เกิน 10 MB"
            case (.tooLarge, .en): "The scan is larger than 10 MB."
            }
        }
    }

    let directory: String

    /// The file's extension when its content is a JPEG, PNG or PDF; what the browser claims is ignored.
    static func kind(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if bytes.starts(with: Array("%PDF-".utf8)) { return "pdf" }
        return nil
    }

    static func check(_ bytes: [UInt8]) throws(Problem) -> String {
        guard bytes.count <= maximumBytes else { throw .tooLarge }
        guard let kind = kind(of: bytes) else { throw .notImageOrPDF }
        return kind
    }

    /// Writes the scan and returns its stored name.
    func save(_ bytes: [UInt8], kind: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let name = "\(UUID().uuidString.lowercased()).\(kind)"
        guard FileManager.default.createFile(atPath: path(of: name), contents: Data(bytes)) else {
            throw DatabaseFailure("could not write the scan to \(directory)")
        }
        return name
    }

    func path(of name: String) -> String { directory + "/" + name }
}
