import Foundation
@testable import PatronMail

enum Fixtures {
    /// 2025-03-04 09:05:09 UTC.
    static let instant = Date(timeIntervalSince1970: 1_741_079_109)

    static let thaiSubject = "แจ้งเตือน: บัตรสมาชิกห้องสมุดของท่านจะหมดอายุในอีก 30 วัน "
        + "กรุณาต่ออายุหรือขอรับเงินมัดจำคืนที่เคาน์เตอร์บริการ ชั้น 1 อาคารหอสมุดกลาง 📚"

    static let thaiText = """
        เรียน คุณสมชาย ใจดี

        บัตรสมาชิกห้องสมุดของท่าน (เลขที่ 6401234) จะหมดอายุวันที่ 31 มีนาคม 2568
        ท่านยังมีเงินมัดจำ 1,000.00 บาท ซึ่งขอรับคืนได้ที่เคาน์เตอร์ วันจันทร์–ศุกร์ 08:00–18:30 น.
        .บรรทัดที่ขึ้นต้นด้วยจุด
        .
        ขอแสดงความนับถือ
        ศูนย์บรรณสารสนเทศ
        """

    static let thaiHTML = """
        <!DOCTYPE html><html lang="th"><body><p>เรียน คุณสมชาย ใจดี</p>
        <p>บัตรสมาชิกของท่านจะหมดอายุวันที่ <strong>31 มีนาคม 2568</strong></p>
        <p>เงินมัดจำ 1,000.00 บาท &mdash; <a href="https://library.example.ac.th/refund?m=6401234&amp;t=abc">ขอรับคืน</a></p>
        </body></html>
        """

    static func message(
        number: Int = 0,
        to: [EmailAddress] = [EmailAddress("somchai@example.org", name: "สมชาย ใจดี")],
        html: Bool = true
    ) -> EmailMessage {
        EmailMessage(
            from: EmailAddress("library@example.ac.th", name: "ศูนย์บรรณสารสนเทศ มหาวิทยาลัย"),
            to: to,
            replyTo: [EmailAddress("counter@example.ac.th", name: "Circulation, Counter 1")],
            subject: thaiSubject + " #\(number)",
            textBody: thaiText,
            htmlBody: html ? thaiHTML : nil,
            date: instant,
            messageID: "reminder-\(number)-\(UUID().uuidString.lowercased())@patroncare.example.ac.th",
            extraHeaders: [
                EmailHeader("List-Unsubscribe", "<https://library.example.ac.th/unsubscribe?m=6401234>, <mailto:unsubscribe@example.ac.th>"),
                EmailHeader("Auto-Submitted", "auto-generated"),
            ]
        )
    }

    /// The text as it travels: every line break CRLF.
    static func crlf(_ text: String) -> String {
        String(decoding: MIMERenderer.canonicalLineBreaks(text), as: UTF8.self)
    }

    /// Decodes a header value made of `=?UTF-8?B?…?=` words (and plain words) the RFC 2047 way:
    /// whitespace between two encoded-words is dropped.
    static func decodeHeader(_ value: String) -> String {
        var result = ""
        var pending: [UInt8] = []
        var previousWasEncoded = false
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") {
                let b64 = word.dropFirst(10).dropLast(2)
                pending += Array(Data(base64Encoded: String(b64)) ?? Data())
                previousWasEncoded = true
            } else {
                if !pending.isEmpty { result += String(decoding: pending, as: UTF8.self); pending = [] }
                if previousWasEncoded || !result.isEmpty { result += " " }
                result += word
                previousWasEncoded = false
            }
        }
        if !pending.isEmpty { result += String(decoding: pending, as: UTF8.self) }
        return result
    }

    /// Header field name → unfolded value, and the raw lines, from a rendered message.
    static func headers(of rendered: String) -> (fields: [(String, String)], lines: [String]) {
        let head = rendered.components(separatedBy: "\r\n\r\n")[0]
        let lines = head.components(separatedBy: "\r\n")
        var fields: [(String, String)] = []
        for line in lines {
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                fields[fields.count - 1].1 += line
            } else if let colon = line.firstIndex(of: ":") {
                fields.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
        return (fields.map { ($0.0, String($0.1.dropFirst())) }, lines)
    }
}
