import Foundation
import Testing
@testable import PatronCore

/// Real files (made by Pillow and a hand-written PDF) in `Tests/Fixtures/uploads`, and the
/// polyglots an attacker would send.
@Suite struct UploadContentTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        try KohaFixture.bytes("uploads/" + name)
    }

    @Test(arguments: [("scan.jpg", UploadContent.Kind.jpeg), ("scan-progressive.jpg", .jpeg), ("scan.png", .png), ("letter.pdf", .pdf)])
    func wellFormedFilesAreAccepted(name: String, kind: UploadContent.Kind) throws {
        #expect(try UploadContent.verify(Self.fixture(name)) == kind)
    }

    @Test(arguments: ["polyglot-jpeg-html.jpg", "jpeg-then-html.jpg"])
    func aJPEGHeaderFollowedByHTMLIsRefused(name: String) throws {
        let bytes = try Self.fixture(name)
        #expect(throws: UploadContent.Problem.damagedImage(.jpeg)) { try UploadContent.verify(bytes) }
    }

    @Test func aPNGWithSomethingAfterIENDIsRefused() throws {
        let bytes = try Self.fixture("png-then-html.png")
        #expect(throws: UploadContent.Problem.damagedImage(.png)) { try UploadContent.verify(bytes) }
    }

    @Test func aPNGWithABadChecksumIsRefused() throws {
        var bytes = try Self.fixture("scan.png")
        bytes[bytes.count - 20] ^= 0xFF  // inside the IDAT data: its CRC no longer matches
        #expect(throws: UploadContent.Problem.damagedImage(.png)) { try UploadContent.verify(bytes) }
    }

    @Test func aTruncatedJPEGIsRefused() throws {
        let bytes = try Self.fixture("scan.jpg")
        #expect(throws: UploadContent.Problem.damagedImage(.jpeg)) { try UploadContent.verify(Array(bytes.dropLast(2))) }
    }

    @Test(arguments: ["letter-with-javascript.pdf", "letter-with-escaped-javascript.pdf"])
    func aPDFWithJavaScriptIsRefused(name: String) throws {
        let bytes = try Self.fixture(name)
        #expect(throws: UploadContent.Problem.pdfWithScript) { try UploadContent.verify(bytes) }
        #expect(UploadContent.Problem.pdfWithScript.message(.th).contains("JavaScript"))
        #expect(UploadContent.Problem.pdfWithScript.message(.en).contains("JavaScript"))
    }

    @Test func aPDFNameThatMerelyStartsLikeJSIsAccepted() throws {
        let text = "%PDF-1.4\n1 0 obj << /Type /Catalog /JSONData (x) /JSX 1 >> endobj\n%%EOF\n"
        #expect(try UploadContent.verify(Array(text.utf8)) == .pdf)
    }

    @Test func htmlAndEmptyFilesAreNeitherImagesNorPDFs() {
        #expect(throws: UploadContent.Problem.unknownKind) { try UploadContent.verify(Array("<html><script>".utf8)) }
        #expect(throws: UploadContent.Problem.unknownKind) { try UploadContent.verify([]) }
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)[...]) == 0xCBF4_3926)
    }
}
