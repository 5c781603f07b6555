import Foundation
import Testing
@testable import PatronMail

@Suite("MIME rendering")
struct MIMERendererTests {
    let renderer = MIMERenderer(timeZone: TimeZone(identifier: "Asia/Bangkok")!)

    @Test("a Thai subject becomes encoded-words of at most 75 characters that decode to the exact text")
    func thaiSubjectEncodedWords() throws {
        let rendered = try renderer.render(Fixtures.message())
        let (fields, lines) = Fixtures.headers(of: rendered)
        let subject = try #require(fields.first { $0.0 == "Subject" }?.1)

        let words = subject.split(separator: " ")
        #expect(words.count > 3)
        for word in words {
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            #expect(word.count <= 75)
            // Each word decodes on its own: no character is split between two words.
            let payload = try #require(Data(base64Encoded: String(word.dropFirst(10).dropLast(2))))
            #expect(String(data: payload, encoding: .utf8) != nil)
        }
        #expect(Fixtures.decodeHeader(subject) == Fixtures.thaiSubject + " #0")
        for line in lines where !line.hasPrefix("Message-ID:") { #expect(line.utf8.count <= 78, "line too long: \(line)") }
    }

    @Test("encoded-words break between Thai characters, never inside a base consonant with its marks")
    func graphemesAreNotSplit() throws {
        // Consonants with stacked vowel and tone marks: each grapheme is 2–3 scalars.
        let subject = String(repeating: "กิ้ปุ่ที่", count: 40)
        let header = MIMERenderer.foldedHeader("Subject", MIMERenderer.unstructuredTokens(subject))
        let value = header.dropFirst("Subject: ".count).replacingOccurrences(of: "\r\n", with: "")
        var rebuilt = ""
        for word in value.split(separator: " ") {
            let text = String(decoding: Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))!, as: UTF8.self)
            let first = try #require(text.unicodeScalars.first).value
            let thaiCombiningMark = first == 0x0E31 || (0x0E34...0x0E3A).contains(first) || (0x0E47...0x0E4E).contains(first)
            #expect(!thaiCombiningMark, "a word starts with a combining mark: \(text)")
            rebuilt += text
        }
        #expect(rebuilt == subject)
    }

    @Test("an ASCII subject stays readable and folds at spaces within 78 characters")
    func asciiSubjectFolds() throws {
        var message = Fixtures.message()
        message.subject = (1...30).map { "word\($0)" }.joined(separator: " ")
        let rendered = try renderer.render(message)
        let (fields, lines) = Fixtures.headers(of: rendered)
        #expect(fields.first { $0.0 == "Subject" }?.1 == message.subject)
        #expect(lines.filter { $0.hasPrefix(" ") }.count >= 2)
        for line in lines where !line.hasPrefix("Message-ID:") { #expect(line.utf8.count <= 78) }
    }

    @Test("an ASCII subject with a 1,200-character word is encoded rather than written on one line")
    func hugeWordNeverExceeds998() throws {
        var message = Fixtures.message()
        message.subject = String(repeating: "x", count: 1200)
        let rendered = try renderer.render(message)
        let (fields, lines) = Fixtures.headers(of: rendered)
        for line in rendered.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 998) }
        for line in lines where !line.hasPrefix("Message-ID:") { #expect(line.utf8.count <= 78) }
        #expect(Fixtures.decodeHeader(fields.first { $0.0 == "Subject" }!.1) == message.subject)
    }

    @Test("display names: Thai encoded, ASCII with specials quoted, plain atoms as is")
    func displayNames() throws {
        let tokens = MIMERenderer.addressListTokens([
            EmailAddress("a@example.org", name: "สมหญิง รักเรียน"),
            EmailAddress("b@example.org", name: "Doe, \"JJ\" John"),
            EmailAddress("c@example.org", name: "Plain Name"),
            EmailAddress("d@example.org"),
        ])
        let header = MIMERenderer.foldedHeader("To", tokens)
        let unfolded = header.replacingOccurrences(of: "\r\n", with: "")
        #expect(unfolded.contains("\"Doe, \\\"JJ\\\" John\" <b@example.org>,"))
        #expect(unfolded.contains(" Plain Name <c@example.org>, d@example.org"))
        #expect(unfolded.contains("=?UTF-8?B?"))
        let firstAddress = unfolded.dropFirst(4).components(separatedBy: " <a@example.org>")[0]
        #expect(Fixtures.decodeHeader(String(firstAddress)) == "สมหญิง รักเรียน")
    }

    @Test("the Date header is RFC 5322 in the Gregorian calendar, in the renderer's time zone")
    func dateHeader() throws {
        #expect(MIMERenderer.dateHeaderValue(Fixtures.instant, timeZone: TimeZone(identifier: "Asia/Bangkok")!)
                == "Tue, 4 Mar 2025 16:05:09 +0700")
        #expect(MIMERenderer.dateHeaderValue(Fixtures.instant, timeZone: TimeZone(secondsFromGMT: 0)!)
                == "Tue, 4 Mar 2025 09:05:09 +0000")
        #expect(MIMERenderer.dateHeaderValue(Fixtures.instant, timeZone: TimeZone(secondsFromGMT: -(3 * 3600 + 1800))!)
                == "Tue, 4 Mar 2025 05:35:09 -0330")
        let rendered = try renderer.render(Fixtures.message())
        #expect(rendered.hasPrefix("Date: Tue, 4 Mar 2025 16:05:09 +0700\r\n"))
    }

    @Test("multipart/alternative: text/plain then text/html, UTF-8, base64 in 76-character lines, exact bodies")
    func multipartAlternative() throws {
        let message = Fixtures.message()
        let rendered = try renderer.render(message)
        let (fields, _) = Fixtures.headers(of: rendered)
        let contentType = try #require(fields.first { $0.0 == "Content-Type" }?.1)
        #expect(contentType.hasPrefix("multipart/alternative;"))
        let boundary = try #require(contentType.components(separatedBy: "boundary=\"").last?.dropLast())
        #expect(fields.contains { $0.0 == "MIME-Version" && $0.1 == "1.0" })

        let sections = rendered.components(separatedBy: "--\(boundary)")
        #expect(sections.count == 4)
        #expect(sections[3] == "--\r\n")
        var bodies: [String] = []
        for (section, subtype) in zip(sections[1...2], ["plain", "html"]) {
            let parts = section.components(separatedBy: "\r\n\r\n")
            #expect(parts[0] == "\r\nContent-Type: text/\(subtype); charset=UTF-8\r\nContent-Transfer-Encoding: base64")
            let lines = parts[1].components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.dropLast().allSatisfy { $0.count == 76 })
            #expect(lines.allSatisfy { $0.count <= 76 })
            bodies.append(String(decoding: Data(base64Encoded: lines.joined())!, as: UTF8.self))
        }
        #expect(bodies[0] == Fixtures.crlf(message.textBody))
        #expect(bodies[1] == Fixtures.crlf(message.htmlBody!))
        #expect(rendered.utf8.allSatisfy { $0 < 128 })
    }

    @Test("without HTML the message is a single text/plain part")
    func textOnly() throws {
        let rendered = try renderer.render(Fixtures.message(html: false))
        let (fields, _) = Fixtures.headers(of: rendered)
        #expect(fields.first { $0.0 == "Content-Type" }?.1 == "text/plain; charset=UTF-8")
        #expect(fields.first { $0.0 == "Content-Transfer-Encoding" }?.1 == "base64")
        #expect(!rendered.contains("multipart"))
    }

    @Test("Message-IDs: bracketed, unique per message, kept when given")
    func messageIDs() throws {
        let a = EmailMessage(from: EmailAddress("a@lib.example"), to: [EmailAddress("b@example.org")],
                             subject: "x", textBody: "y", date: Fixtures.instant)
        let b = EmailMessage(from: EmailAddress("a@lib.example"), to: [EmailAddress("b@example.org")],
                             subject: "x", textBody: "y", date: Fixtures.instant)
        #expect(a.messageID != b.messageID)
        #expect(a.messageID.hasSuffix("@lib.example"))
        let rendered = try renderer.render(a)
        #expect(rendered.contains("\r\nMessage-ID: <\(a.messageID)>\r\n"))
        // The Message-ID is never folded (log parsers read it from one line); it stays far below 998.
        var long = a
        long.messageID = String(repeating: "m", count: 120) + "@lib.example"
        #expect(try renderer.render(long).contains("\r\nMessage-ID: <\(long.messageID)>\r\n"))
        var given = a
        given.messageID = "<fixed-1@lib.example>"
        #expect(try renderer.render(given).contains("\r\nMessage-ID: <fixed-1@lib.example>\r\n"))
    }

    @Test("extra headers are written; Thai values are encoded")
    func extraHeaders() throws {
        var message = Fixtures.message()
        message.extraHeaders.append(EmailHeader("X-Library-Branch", "หอสมุดกลาง"))
        let (fields, lines) = Fixtures.headers(of: try renderer.render(message))
        #expect(fields.first { $0.0 == "List-Unsubscribe" }?.1
                == "<https://library.example.ac.th/unsubscribe?m=6401234>, <mailto:unsubscribe@example.ac.th>")
        #expect(fields.first { $0.0 == "Auto-Submitted" }?.1 == "auto-generated")
        #expect(Fixtures.decodeHeader(fields.first { $0.0 == "X-Library-Branch" }!.1) == "หอสมุดกลาง")
        for line in lines where !line.hasPrefix("Message-ID:") { #expect(line.utf8.count <= 78) }
    }

    @Test("messages that cannot be sent safely are refused with a reason", arguments: [
        "line break in subject", "line break in header value", "reserved header", "bad header name",
        "Thai address", "address with >", "no recipient", "line break in name", "bad Message-ID",
    ])
    func invalidMessages(_ label: String) throws {
        var message = Fixtures.message()
        switch label {
        case "line break in subject": message.subject = "Hi\r\nBcc: victim@example.org"
        case "line break in header value": message.extraHeaders = [EmailHeader("X-A", "a\nB: c")]
        case "reserved header": message.extraHeaders = [EmailHeader("subject", "again")]
        case "bad header name": message.extraHeaders = [EmailHeader("X A", "v")]
        case "Thai address": message.to = [EmailAddress("สมชาย@example.org")]
        case "address with >": message.to = [EmailAddress("a>b@example.org")]
        case "no recipient": message.to = []
        case "line break in name": message.from.name = "A\nB"
        case "bad Message-ID": message.messageID = "no at sign"
        default: Issue.record("unknown case \(label)")
        }
        let error = try #require(throws: SMTPError.self, "\(label)") { try renderer.render(message) }
        #expect(error.kind == .invalidMessage)
        #expect(!error.isTransient)
    }

    @Test("envelope recipients are to, cc and bcc without duplicates; bcc is not in the headers")
    func envelope() throws {
        var message = Fixtures.message()
        message.cc = [EmailAddress("cc@example.org")]
        message.bcc = [EmailAddress("hidden@example.org"), EmailAddress("SOMCHAI@example.org")]
        #expect(message.envelopeRecipients == ["somchai@example.org", "cc@example.org", "hidden@example.org"])
        let rendered = try renderer.render(message)
        #expect(!rendered.contains("hidden@example.org"))
        #expect(rendered.contains("\r\nCc: cc@example.org\r\n"))
    }

    @Test("DATA: lines starting with a dot get another, and the payload ends with CRLF.CRLF")
    func dotStuffing() {
        func encode(_ s: String) -> String { String(decoding: SMTPDataEncoder.encode(Array(s.utf8)), as: UTF8.self) }
        #expect(encode(".a\r\nb\r\n..c\r\n.\r\nd.e\r\n") == "..a\r\nb\r\n...c\r\n..\r\nd.e\r\n.\r\n")
        #expect(encode("no final line break") == "no final line break\r\n.\r\n")
        #expect(encode("") == "\r\n.\r\n")
    }

    @Test("base64 matches Foundation's, including padding")
    func base64() {
        for n in 0..<10 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 200) }
            #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString())
        }
    }

    @Test("line breaks in bodies become CRLF whatever the input used")
    func canonicalLineBreaks() {
        #expect(Fixtures.crlf("a\nb\r\nc\rd\n\n") == "a\r\nb\r\nc\r\nd\r\n\r\n")
    }
}
