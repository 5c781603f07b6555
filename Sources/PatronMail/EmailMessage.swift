import Foundation

/// A mailbox: an ASCII address (`local@domain`) and an optional display name in any language.
///
/// Internationalised addresses (non-ASCII local parts or domains, SMTPUTF8) are not supported:
/// such an address is reported as an invalid message, never sent half-right.
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    public var address: String
    public var name: String?

    public init(_ address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }

    public var description: String {
        if let name { return "\(name) <\(address)>" }
        return address
    }

    /// The part after the last "@" (empty if none).
    public var domain: Substring {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return address[address.index(after: at)...]
    }

    /// Checks that the address is a plain ASCII `dot-atom@domain` that is safe on the SMTP command line.
    public func validate() throws {
        func invalid(_ why: String) -> SMTPError {
            SMTPError(.invalidMessage, detail: "the e-mail address '\(address)' \(why)")
        }
        let bytes = Array(address.utf8)
        guard !bytes.isEmpty, bytes.count <= 254 else { throw invalid("is empty or longer than 254 characters") }
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")), at > 0, at < bytes.count - 1 else {
            throw invalid("has no local part and domain around an '@'")
        }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        guard local.count <= 64 else { throw invalid("has a local part longer than 64 characters") }
        guard local.allSatisfy({ Self.isAtext($0) || $0 == UInt8(ascii: ".") }),
              local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
              !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") })
        else { throw invalid("has characters that are not allowed before the '@' (only ASCII; Thai addresses are not supported)") }
        if domain.first == UInt8(ascii: "[") {
            guard domain.last == UInt8(ascii: "]"),
                  domain.dropFirst().dropLast().allSatisfy({ $0 > 32 && $0 < 127 && $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "]") && $0 != UInt8(ascii: "\\") })
            else { throw invalid("has a malformed address literal") }
        } else {
            guard domain.allSatisfy({ Self.isLetterDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }),
                  domain.first != UInt8(ascii: "."), domain.last != UInt8(ascii: ".")
            else { throw invalid("has a domain with characters other than ASCII letters, digits, '-' and '.'") }
        }
    }

    static func isLetterDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// RFC 5322 `atext`.
    static func isAtext(_ b: UInt8) -> Bool {
        if isLetterDigit(b) { return true }
        return Array("!#$%&'*+-/=?^_`{|}~".utf8).contains(b)
    }
}

/// One extra header field, such as `List-Unsubscribe`.
public struct EmailHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An e-mail to send: UTF-8 subject and bodies (Thai is fine), plain text with an optional HTML alternative.
public struct EmailMessage: Sendable {
    public var from: EmailAddress
    public var to: [EmailAddress]
    public var cc: [EmailAddress]
    /// Envelope-only recipients: they get the message, no header names them.
    public var bcc: [EmailAddress]
    public var replyTo: [EmailAddress]
    public var subject: String
    public var textBody: String
    public var htmlBody: String?
    /// The instant written in the `Date` header. Passed in (a clock), never read from the system here.
    public var date: Date
    /// Without angle brackets, e.g. `reminder-42-2025-1@patroncare.example.org`. Store it with the outbox
    /// entry: it is how a message that ended as `unknown` can be found in the recipient's mailbox or logs.
    public var messageID: String
    /// Extra header fields (`List-Unsubscribe`, `Auto-Submitted`, …). Names that the renderer writes
    /// itself (From, To, Subject, Date, Message-ID, MIME and content headers) are refused.
    public var extraHeaders: [EmailHeader]
    /// `MAIL FROM` address (where bounces go); `from.address` when nil.
    public var envelopeSender: String?

    public init(
        from: EmailAddress,
        to: [EmailAddress],
        cc: [EmailAddress] = [],
        bcc: [EmailAddress] = [],
        replyTo: [EmailAddress] = [],
        subject: String,
        textBody: String,
        htmlBody: String? = nil,
        date: Date,
        messageID: String? = nil,
        extraHeaders: [EmailHeader] = [],
        envelopeSender: String? = nil
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.replyTo = replyTo
        self.subject = subject
        self.textBody = textBody
        self.htmlBody = htmlBody
        self.date = date
        self.messageID = messageID ?? Self.makeMessageID(domain: from.domain.isEmpty ? "localhost" : String(from.domain))
        self.extraHeaders = extraHeaders
        self.envelopeSender = envelopeSender
    }

    /// A new globally unique Message-ID (random UUID) at the given domain, without angle brackets.
    public static func makeMessageID(domain: String) -> String {
        "\(UUID().uuidString.lowercased())@\(domain)"
    }

    /// The `MAIL FROM` address.
    public var envelopeFrom: String { envelopeSender ?? from.address }

    /// Every `RCPT TO` address (to, cc, bcc), duplicates removed, in order.
    public var envelopeRecipients: [String] {
        var seen = Set<String>()
        var result: [String] = []
        for address in (to + cc + bcc).map(\.address) where seen.insert(address.lowercased()).inserted {
            result.append(address)
        }
        return result
    }
}
