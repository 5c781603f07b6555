import Foundation

/// Renders an `EmailMessage` as an RFC 5322 / MIME message. Pure: the same message gives the same bytes.
///
/// - Headers: non-ASCII text (Thai subjects, display names) as RFC 2047 `=?UTF-8?B?…?=` encoded-words,
///   never longer than 75 characters and never splitting a character; lines folded at 78 characters
///   where possible and never longer than 998.
/// - Body: `text/plain` alone, or `multipart/alternative` with `text/plain` then `text/html`, each UTF-8,
///   `Content-Transfer-Encoding: base64` in 76-character lines. Line breaks in the bodies are sent as
///   CRLF (the MIME canonical form), whatever the input used.
public struct MIMERenderer: Sendable {
    /// Time zone of the `Date` header.
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = TimeZone(secondsFromGMT: 0)!) {
        self.timeZone = timeZone
    }

    /// Soft line limit (RFC 5322 "SHOULD") and hard limit ("MUST", without CRLF).
    public static let preferredLineLength = 78
    public static let maximumLineLength = 998

    static let reservedHeaderNames: Set<String> = [
        "date", "from", "sender", "to", "cc", "bcc", "reply-to", "subject", "message-id",
        "mime-version", "content-type", "content-transfer-encoding",
    ]

    /// The whole message, headers and body, with CRLF line ends. ASCII only.
    public func render(_ message: EmailMessage) throws -> String {
        try validate(message)
        var out = ""
        out.reserveCapacity(1024 + (message.textBody.utf8.count + (message.htmlBody?.utf8.count ?? 0)) * 2)
        out += "Date: " + Self.dateHeaderValue(message.date, timeZone: timeZone) + "\r\n"
        out += Self.foldedHeader("From", Self.addressListTokens([message.from]))
        if !message.replyTo.isEmpty { out += Self.foldedHeader("Reply-To", Self.addressListTokens(message.replyTo)) }
        if !message.to.isEmpty { out += Self.foldedHeader("To", Self.addressListTokens(message.to)) }
        if !message.cc.isEmpty { out += Self.foldedHeader("Cc", Self.addressListTokens(message.cc)) }
        out += Self.foldedHeader("Subject", Self.unstructuredTokens(message.subject))
        // Never folded: some log parsers read the Message-ID from one line (it is < 998 characters).
        out += "Message-ID: <\(Self.bareMessageID(message.messageID))>\r\n"
        out += "MIME-Version: 1.0\r\n"
        for header in message.extraHeaders {
            out += Self.foldedHeader(header.name, Self.unstructuredTokens(header.value))
        }
        if let html = message.htmlBody {
            let boundary = Self.boundary(for: message.messageID)
            out += "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n"
            out += "\r\n"
            out += "--\(boundary)\r\n"
            out += Self.textPart(message.textBody, subtype: "plain")
            out += "--\(boundary)\r\n"
            out += Self.textPart(html, subtype: "html")
            out += "--\(boundary)--\r\n"
        } else {
            out += Self.textPart(message.textBody, subtype: "plain")
        }
        return out
    }

    /// The `DATA` payload: the rendered message, dot-stuffed, ending with `CRLF.CRLF`.
    public func dataPayload(_ message: EmailMessage) throws -> [UInt8] {
        SMTPDataEncoder.encode(Array(try render(message).utf8))
    }

    // MARK: - Validation

    func validate(_ message: EmailMessage) throws {
        try message.from.validate()
        if let sender = message.envelopeSender { try EmailAddress(sender).validate() }
        guard !message.envelopeRecipients.isEmpty else {
            throw SMTPError(.invalidMessage, detail: "the message has no recipient")
        }
        for address in message.to + message.cc + message.bcc + message.replyTo { try address.validate() }
        for name in ([message.from] + message.to + message.cc + message.replyTo).compactMap(\.name) {
            guard !Self.containsLineBreak(name) else {
                throw SMTPError(.invalidMessage, detail: "a display name contains a line break: '\(name)'")
            }
        }
        guard !Self.containsLineBreak(message.subject) else {
            throw SMTPError(.invalidMessage, detail: "the subject contains a line break")
        }
        let id = Self.bareMessageID(message.messageID)
        guard !id.isEmpty, id.utf8.allSatisfy({ $0 > 32 && $0 < 127 && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") }),
              id.contains("@"), id.utf8.count < 900
        else { throw SMTPError(.invalidMessage, detail: "the Message-ID '\(message.messageID)' is not of the form id@domain in printable ASCII") }
        for header in message.extraHeaders {
            guard !header.name.isEmpty, header.name.utf8.count < 900,
                  header.name.utf8.allSatisfy({ $0 > 32 && $0 < 127 && $0 != UInt8(ascii: ":") })
            else { throw SMTPError(.invalidMessage, detail: "'\(header.name)' is not a valid header name") }
            guard !Self.reservedHeaderNames.contains(header.name.lowercased()) else {
                throw SMTPError(.invalidMessage, detail: "the header '\(header.name)' is written by the renderer and cannot be given as an extra header")
            }
            guard !Self.containsLineBreak(header.value) else {
                throw SMTPError(.invalidMessage, detail: "the value of header '\(header.name)' contains a line break")
            }
        }
    }

    static func containsLineBreak(_ s: String) -> Bool {
        s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
    }

    static func bareMessageID(_ id: String) -> String {
        var s = Substring(id)
        if s.hasPrefix("<") && s.hasSuffix(">") { s = s.dropFirst().dropLast() }
        return String(s)
    }

    // MARK: - Body

    static func textPart(_ text: String, subtype: String) -> String {
        var part = "Content-Type: text/\(subtype); charset=UTF-8\r\n"
        part += "Content-Transfer-Encoding: base64\r\n\r\n"
        part += Base64.encodeLines(canonicalLineBreaks(text), lineLength: 76)
        return part
    }

    /// UTF-8 bytes with every line break (LF, CR or CRLF) as CRLF.
    public static func canonicalLineBreaks(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 20)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0D); out.append(0x0A)
                previousWasCR = true
            } else if byte == 0x0A {
                if !previousWasCR { out.append(0x0D); out.append(0x0A) }
                previousWasCR = false
            } else {
                out.append(byte)
                previousWasCR = false
            }
        }
        return out
    }

    /// A boundary that cannot occur in base64 text ("=" and "_"), derived from the Message-ID.
    static func boundary(for messageID: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in messageID.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "=_PatronMail_" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: - Date

    /// RFC 5322 date-time, e.g. `Tue, 4 Mar 2025 09:05:00 +0700`, always in the Gregorian calendar with English names.
    public static func dateHeaderValue(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let offset = timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[c.weekday! - 1]), \(c.day!) \(months[c.month! - 1]) \(c.year!) "
            + "\(two(c.hour!)):\(two(c.minute!)):\(two(c.second!)) \(sign)\(two(minutes / 60))\(two(minutes % 60))"
    }

    // MARK: - Headers

    /// A piece of a header value. `.text` is written as is (ASCII, no line break inside);
    /// `.encoded` is any text, written as one or more encoded-words.
    /// Pieces are separated by one space, where the folder may break the line.
    public enum HeaderToken: Sendable, Equatable {
        case text(String)
        case encoded(String)
    }

    /// Tokens for unstructured text (Subject, extra headers): as is when it is printable ASCII with
    /// short words, else encoded-words.
    public static func unstructuredTokens(_ value: String) -> [HeaderToken] {
        let printable = value.utf8.allSatisfy { $0 >= 32 && $0 < 127 }
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        if printable && !value.contains("=?") && words.allSatisfy({ $0.utf8.count <= 900 })
            && !(value.hasPrefix(" ") || value.hasSuffix(" ")) {
            return words.map { .text(String($0)) }
        }
        return value.isEmpty ? [] : [.encoded(value)]
    }

    /// Tokens for an address list: `name <addr>, name <addr>`.
    public static func addressListTokens(_ addresses: [EmailAddress]) -> [HeaderToken] {
        var tokens: [HeaderToken] = []
        for (i, address) in addresses.enumerated() {
            let separator = i < addresses.count - 1 ? "," : ""
            guard let name = address.name, !name.isEmpty else {
                tokens.append(.text(address.address + separator))
                continue
            }
            tokens += phraseTokens(name)
            tokens.append(.text("<\(address.address)>" + separator))
        }
        return tokens
    }

    /// A display name: atoms as is, other printable ASCII as a quoted-string, anything else encoded.
    static func phraseTokens(_ name: String) -> [HeaderToken] {
        let bytes = Array(name.utf8)
        let printable = bytes.allSatisfy { $0 >= 32 && $0 < 127 }
        guard printable, bytes.count < 900, !name.contains("=?") else { return [.encoded(name)] }
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        if words.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(EmailAddress.isAtext) }) {
            return words.map { .text(String($0)) }
        }
        var quoted = "\""
        for ch in name {
            if ch == "\"" || ch == "\\" { quoted.append("\\") }
            quoted.append(ch)
        }
        quoted.append("\"")
        return [.text(quoted)]
    }

    /// `Name: value` folded to lines of at most 78 characters where possible, ending with CRLF.
    public static func foldedHeader(_ name: String, _ tokens: [HeaderToken]) -> String {
        var out = name + ":"
        var lineLength = out.utf8.count

        func newLine() {
            out += "\r\n"
            lineLength = 0
        }
        func place(_ atom: String) {
            let n = atom.utf8.count
            // Fold before any piece that would pass 78 characters, even the first (RFC 5322 allows
            // folding white space right after the colon), but never leave a line with nothing on it.
            if lineLength > 0 && n > 0 && lineLength + 1 + n > preferredLineLength { newLine() }
            out += " " + atom
            lineLength += 1 + n
        }

        for token in tokens {
            switch token {
            case .text(let text):
                place(text)
            case .encoded(let text):
                var units = encodingUnits(text)[...]
                while !units.isEmpty {
                    var room = min(75, preferredLineLength - lineLength - 1)
                    let smallestWord = 12 + 4 * ((units.first!.count + 2) / 3)
                    if room < smallestWord && lineLength > 0 {
                        newLine()
                        room = min(75, preferredLineLength - 1)
                    }
                    let capacity = max(3, (room - 12) / 4 * 3)
                    var payload: [UInt8] = []
                    while let unit = units.first, payload.isEmpty || payload.count + unit.count <= capacity {
                        payload += unit
                        units.removeFirst()
                    }
                    out += " =?UTF-8?B?" + Base64.encode(payload) + "?="
                    lineLength += 1 + 12 + (payload.count + 2) / 3 * 4
                }
            }
        }
        out += "\r\n"
        return out
    }

    /// The UTF-8 bytes of each character (grapheme), or of each scalar for a grapheme too long for one
    /// encoded-word: an encoded-word never ends inside a character.
    static func encodingUnits(_ text: String) -> [[UInt8]] {
        var units: [[UInt8]] = []
        for character in text {
            let bytes = Array(character.utf8)
            if bytes.count <= 45 {
                units.append(bytes)
            } else {
                for scalar in character.unicodeScalars { units.append(Array(String(scalar).utf8)) }
            }
        }
        return units
    }
}

/// The DATA phase: dot-stuffing (RFC 5321 4.5.2) and the terminating `CRLF.CRLF`.
public enum SMTPDataEncoder {
    /// Every line that starts with "." gets one more "."; a final CRLF is added if missing; then ".CRLF".
    public static func encode(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + message.count / 64 + 8)
        var atLineStart = true
        for byte in message {
            if atLineStart && byte == UInt8(ascii: ".") { out.append(UInt8(ascii: ".")) }
            out.append(byte)
            atLineStart = byte == 0x0A
        }
        if !(out.count >= 2 && out[out.count - 2] == 0x0D && out[out.count - 1] == 0x0A) {
            out += [0x0D, 0x0A]
        }
        out += [UInt8(ascii: "."), 0x0D, 0x0A]
        return out
    }
}

/// Standard base64 (RFC 4648), written here to stay free of Foundation's line-length variations.
public enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let b0 = iterator.next() {
            let b1 = iterator.next()
            let b2 = iterator.next()
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | (b1 ?? 0) >> 4)])
            out.append(b1 == nil ? UInt8(ascii: "=") : alphabet[Int((b1! & 0x0F) << 2 | (b2 ?? 0) >> 6)])
            out.append(b2 == nil ? UInt8(ascii: "=") : alphabet[Int(b2! & 0x3F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Base64 in lines of `lineLength` characters, each ending with CRLF (nothing for empty input).
    public static func encodeLines(_ bytes: [UInt8], lineLength: Int = 76) -> String {
        let encoded = Array(encode(bytes).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count + encoded.count / lineLength * 2 + 2)
        var start = 0
        while start < encoded.count {
            let end = min(start + lineLength, encoded.count)
            out += encoded[start..<end]
            out += [0x0D, 0x0A]
            start = end
        }
        return String(decoding: out, as: UTF8.self)
    }
}
