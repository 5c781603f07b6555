/// One SMTP reply, possibly multi-line (`250-…` lines then `250 …`).
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    /// The three-digit reply code, e.g. 250.
    public var code: Int
    /// The text of each line, without the code and separator.
    public var lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// 2xx and 3xx.
    public var isPositive: Bool { code >= 200 && code < 400 }
    /// 4xx: try again later.
    public var isTransientNegative: Bool { code >= 400 && code < 500 }
    /// 5xx: don't try this again.
    public var isPermanentNegative: Bool { code >= 500 && code < 600 }

    /// The RFC 3463 enhanced status code that starts the first line (`2.0.0`, `5.1.1`), if any.
    public var enhancedStatusCode: String? {
        guard let first = lines.first else { return nil }
        let token = first.prefix(while: { $0 != " " })
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
              let cls = parts[0].first, parts[0].count == 1, "245".contains(cls),
              String(cls) == String(code / 100),
              (1...3).contains(parts[1].count), (1...3).contains(parts[2].count),
              parts[1].allSatisfy(\.isASCIIDigitCharacter), parts[2].allSatisfy(\.isASCIIDigitCharacter)
        else { return nil }
        return String(token)
    }

    /// All lines joined by a space, without the enhanced status code on the first line.
    public var text: String {
        var all = lines
        if let esc = enhancedStatusCode, !all.isEmpty {
            all[0] = String(all[0].dropFirst(esc.count).drop(while: { $0 == " " }))
        }
        return all.joined(separator: " ")
    }

    public var description: String {
        "\(code) " + lines.joined(separator: " / ")
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

/// What the server said it can do in its EHLO reply.
public struct SMTPCapabilities: Sendable, Equatable {
    /// Keyword (upper-cased) → parameters.
    public var extensions: [String: [String]]
    /// False when the server only understood HELO.
    public var isExtended: Bool

    public init(extensions: [String: [String]] = [:], isExtended: Bool = false) {
        self.extensions = extensions
        self.isExtended = isExtended
    }

    /// From the lines after the first of a 250 reply to EHLO. Accepts the old `AUTH=PLAIN LOGIN` form too.
    public init(ehloReply: SMTPReply) {
        var extensions: [String: [String]] = [:]
        for line in ehloReply.lines.dropFirst() {
            var words = line.split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            var keyword = words.removeFirst().uppercased()
            if keyword.hasPrefix("AUTH=") {
                words.insert(String(keyword.dropFirst(5)), at: 0)
                keyword = "AUTH"
            }
            extensions[keyword, default: []] += words
        }
        self.init(extensions: extensions, isExtended: true)
    }

    public func supports(_ keyword: String) -> Bool { extensions[keyword.uppercased()] != nil }

    /// Upper-cased AUTH mechanisms offered.
    public var authMechanisms: Set<String> { Set((extensions["AUTH"] ?? []).map { $0.uppercased() }) }

    /// The SIZE limit in bytes, if the server announced one (0 means no limit).
    public var maximumMessageSize: Int? {
        guard let value = extensions["SIZE"]?.first, let size = Int(value), size > 0 else { return nil }
        return size
    }
}
