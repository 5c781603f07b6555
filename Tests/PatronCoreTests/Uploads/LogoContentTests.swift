import Foundation
import Testing
@testable import PatronCore

/// The library's logo by its content: the upload fixtures, and SVGs plain and hostile.
@Suite struct LogoContentTests {
    static func svg(_ body: String) -> [UInt8] { Array(body.utf8) }

    @Test func pngJpegAndPlainSVGAreAccepted() throws {
        #expect(try LogoContent.verify(UploadContentTests.fixture("scan.png")) == .png)
        #expect(try LogoContent.verify(UploadContentTests.fixture("scan.jpg")) == .jpeg)
        let plain = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text x=\"1\" y=\"8\">ห้องสมุด</text></svg>"
        #expect(try LogoContent.verify(Self.svg(plain)) == .svg)
        #expect(LogoContent.Kind.svg.mediaType == "image/svg+xml")
    }

    @Test func otherFilesAndDamagedImagesAreRefused() throws {
        #expect(throws: LogoContent.Problem.notAnImage) { try LogoContent.verify(UploadContentTests.fixture("letter.pdf")) }
        #expect(throws: LogoContent.Problem.notAnImage) { try LogoContent.verify(Array("GIF89a....".utf8)) }
        #expect(throws: LogoContent.Problem.notAnImage) { try LogoContent.verify(Self.svg("<html><svg></svg></html>")) }
        #expect(throws: LogoContent.Problem.damaged(.png)) { try LogoContent.verify(UploadContentTests.fixture("png-then-html.png")) }
        #expect(throws: LogoContent.Problem.empty) { try LogoContent.verify([]) }
        #expect(throws: LogoContent.Problem.tooLarge(bytes: 11, limit: 10)) { try LogoContent.verify(Array(repeating: 0x20, count: 11), maxBytes: 10) }
    }

    @Test func anSVGThatCouldRunScriptIsRefused() {
        let hostile = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect\nONCLICK = \"x()\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"JavaScript:alert(1)\"><rect/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div>x</div></foreignObject></svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg>&a;</svg>",
        ]
        for text in hostile {
            #expect(throws: LogoContent.Problem.svgWithScript, "\(text)") { try LogoContent.verify(Self.svg(text)) }
        }
        // Words that start with "on" are not handlers.
        #expect(LogoContent.hasEventHandler(" one two") == false)
        #expect(LogoContent.hasEventHandler("<g ongoing=\"1\">") == true, "any on…= attribute is refused, known or not")
    }
}
