import Foundation
import PatronCore
import Vapor

/// Keeps uploaded scans (a proxy's authorisation letter) on disk under a random name, after
/// checking their structure (`UploadContent`: a whole JPEG or PNG, or a PDF without scripts) and size.
struct ScanStore {
    static let maximumBytes = 10 * 1024 * 1024

    enum Problem: Error {
        case content(UploadContent.Problem)
        case tooLarge

        func message(_ language: Language) -> String {
            switch (self, language) {
            case (.content(let problem), _): problem.message(language)
            case (.tooLarge, .th): "ไฟล์สแกนใหญ่เกิน 10 MB"
            case (.tooLarge, .en): "The scan is larger than 10 MB."
            }
        }
    }

    let directory: String

    /// The file's extension when its content is a well-formed JPEG, PNG or script-free PDF.
    static func check(_ bytes: [UInt8]) throws(Problem) -> String {
        guard bytes.count <= maximumBytes else { throw .tooLarge }
        do {
            return try UploadContent.verify(bytes).fileExtension
        } catch {
            throw .content(error)
        }
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

extension Request {
    /// An uploaded scan or attachment as a response: its type from what the check found at upload
    /// (the stored extension), never sniffed (`nosniff`), sandboxed, not cached; a PDF is always a
    /// download (`attachment`), never opened inside the site.
    func storedUploadResponse(at path: String, storedName: String) async throws -> Response {
        let kind = UploadContent.Kind.allCases.first { storedName.hasSuffix("." + $0.fileExtension) }
        let response = try await fileio.asyncStreamFile(at: path)
        response.headers.replaceOrAdd(name: .contentType, value: kind?.mediaType ?? "application/octet-stream")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .contentSecurityPolicy, value: "default-src 'none'; sandbox")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if kind?.isImage != true {
            response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(storedName)\"")
        }
        return response
    }
}
