import Foundation
import PatronCore

/// Photos and PDFs sent with feedback, kept on disk under a random name after checking their
/// structure (`UploadContent`: a whole JPEG or PNG, or a PDF without scripts; what the browser
/// claims is ignored) and that they are not too large.
struct AttachmentStore {
    enum Problem: Error {
        case content(UploadContent.Problem)
        case tooLarge(maximumBytes: Int)

        func message(_ language: Language) -> String {
            switch (self, language) {
            case (.content(.unknownKind), .th): "ไฟล์แนบต้องเป็นรูปภาพ (JPEG, PNG) หรือ PDF เท่านั้น ไม่ได้บันทึกเรื่องนี้ กรุณาแนบไฟล์ใหม่หรือส่งโดยไม่มีไฟล์แนบ"
            case (.content(.unknownKind), .en): "The attachment must be a photo (JPEG, PNG) or a PDF; nothing was saved. Attach another file or send without one."
            case (.content(let problem), .th): problem.message(.th) + " ไม่ได้บันทึกเรื่องนี้"
            case (.content(let problem), .en): problem.message(.en) + " Nothing was saved."
            case (.tooLarge(let max), .th): "ไฟล์แนบใหญ่เกิน \(AttachmentStore.size(max)) ไม่ได้บันทึกเรื่องนี้ กรุณาย่อขนาดไฟล์แล้วส่งใหม่"
            case (.tooLarge(let max), .en): "The attachment is larger than \(AttachmentStore.size(max)); nothing was saved. Make it smaller and send again."
            }
        }
    }

    let directory: String

    /// `5 MB`, `512 KB`.
    static func size(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / 1024 / 1024) MB" : "\(max(1, bytes / 1024)) KB"
    }

    static func check(_ bytes: [UInt8], maximumBytes: Int) throws(Problem) -> String {
        guard bytes.count <= maximumBytes else { throw .tooLarge(maximumBytes: maximumBytes) }
        do {
            return try UploadContent.verify(bytes).fileExtension
        } catch {
            throw .content(error)
        }
    }

    /// Writes the file and returns its stored name.
    func save(_ bytes: [UInt8], kind: String) throws -> String {
        try ScanStore(directory: directory).save(bytes, kind: kind)
    }

    func path(of name: String) -> String { directory + "/" + name }

    func remove(_ name: String) { try? FileManager.default.removeItem(atPath: path(of: name)) }
}

/// A checked upload waiting to be filed with a new item.
struct PendingAttachment: Sendable {
    let bytes: [UInt8]
    let kind: String
    let originalName: String
}
