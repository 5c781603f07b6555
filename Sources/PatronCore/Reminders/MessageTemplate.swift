/// The values a template may use, written `{{name}}` (spaces inside the braces are allowed).
public enum Placeholder: String, CaseIterable, Codable, Sendable {
    case memberName = "member_name"
    case cardNumber = "card_number"
    case expiryDate = "expiry_date"
    case depositAmount = "deposit_amount"
    case claimDeadline = "claim_deadline"
    case refundStepsURL = "refund_steps_url"
    case counterHours = "counter_hours"
    case documents
    case proxyRules = "proxy_rules"

    public var token: String { "{{\(rawValue)}}" }

    /// For the template editor's help box.
    public func explanation(_ language: Language) -> String {
        switch (self, language) {
        case (.memberName, .th): "ชื่อสมาชิก (ชื่อภาษาไทยในแม่แบบภาษาไทย)"
        case (.memberName, .en): "The member's name (the English name in English templates, when there is one)"
        case (.cardNumber, .th): "เลขบัตรสมาชิก"
        case (.cardNumber, .en): "The card number"
        case (.expiryDate, .th): "วันหมดอายุสมาชิก (พ.ศ.)"
        case (.expiryDate, .en): "The membership expiry date"
        case (.depositAmount, .th): "จำนวนเงินประกันคงเหลือ เช่น 1,000.00 บาท"
        case (.depositAmount, .en): "The deposit still held, e.g. 1,000.00 baht"
        case (.claimDeadline, .th): "วันสุดท้ายที่ขอรับเงินประกันคืนได้ (ตามที่ประทับในใบเสร็จ)"
        case (.claimDeadline, .en): "The last day to claim the deposit (as stamped on the receipt)"
        case (.refundStepsURL, .th): "ลิงก์หน้าเว็บขั้นตอนการขอรับเงินคืน (ต้องมีในทุกข้อความ)"
        case (.refundStepsURL, .en): "The link to the refund steps page (required in every message)"
        case (.counterHours, .th): "เวลาทำการเคาน์เตอร์ เช่น จ.–ศ. 08:00–18:30 น."
        case (.counterHours, .en): "The counter hours, e.g. Mon–Fri 08:00–18:30"
        case (.documents, .th): "เอกสารที่ต้องนำมาขอรับเงินคืน"
        case (.documents, .en): "The documents to bring for a refund"
        case (.proxyRules, .th): "การมอบอำนาจให้ผู้อื่นมารับเงินแทน และเอกสารที่ผู้รับมอบอำนาจต้องนำมา"
        case (.proxyRules, .en): "How someone else may collect the refund, and what they bring"
        }
    }
}

/// One problem found when a template is saved, with where it is (1-based line and column, counted
/// in characters as a person sees them).
public struct TemplateProblem: Error, Equatable, Sendable {
    public enum Field: String, Sendable {
        case subject, body
    }

    public enum Kind: Equatable, Sendable {
        /// `{{member_nmae}}`; `suggestion` is the closest known name, when one is close.
        case unknownPlaceholder(String, suggestion: Placeholder?)
        /// `{{` with no `}}` on the same line.
        case unclosedPlaceholder
        /// `{{}}` or `{{  }}`.
        case emptyPlaceholder
        /// `}}` with no `{{` before it.
        case strayClosingBraces
        /// The message does not link to the refund steps page (every message must).
        case refundStepsLinkMissing
        case bodyEmpty
        case subjectMissing
        /// Only e-mail has a subject.
        case subjectNotUsed(ContactChannel)
    }

    public let field: Field
    public let line: Int
    public let column: Int
    public let kind: Kind

    public init(field: Field, line: Int, column: Int, kind: Kind) {
        self.field = field
        self.line = line
        self.column = column
        self.kind = kind
    }

    public func message(_ language: Language) -> String {
        let known = Placeholder.allCases.map(\.token).joined(separator: " ")
        let place: String
        switch language {
        case .th: place = "\(field == .subject ? "หัวเรื่อง" : "เนื้อความ") บรรทัดที่ \(line) ตำแหน่งที่ \(column): "
        case .en: place = "\(field == .subject ? "Subject" : "Body"), line \(line), column \(column): "
        }
        switch (kind, language) {
        case (.unknownPlaceholder(let name, let suggestion), .th):
            let hint = suggestion.map { " หมายถึง \($0.token) หรือไม่" } ?? ""
            return place + "ไม่รู้จักตัวแทนข้อความ {{\(name)}}\(hint) — ใช้ได้: \(known)"
        case (.unknownPlaceholder(let name, let suggestion), .en):
            let hint = suggestion.map { " Did you mean \($0.token)?" } ?? ""
            return place + "unknown placeholder {{\(name)}}.\(hint) Known: \(known)"
        case (.unclosedPlaceholder, .th): return place + "เปิด {{ แล้วไม่ได้ปิดด้วย }} ในบรรทัดเดียวกัน"
        case (.unclosedPlaceholder, .en): return place + "{{ is not closed by }} on the same line."
        case (.emptyPlaceholder, .th): return place + "{{ }} ว่างเปล่า ให้ใส่ชื่อ เช่น {{member_name}}"
        case (.emptyPlaceholder, .en): return place + "{{ }} is empty; put a name inside, e.g. {{member_name}}."
        case (.strayClosingBraces, .th): return place + "มี }} โดยไม่มี {{ นำหน้า"
        case (.strayClosingBraces, .en): return place + "}} has no {{ before it."
        case (.refundStepsLinkMissing, .th): return place + "ทุกข้อความต้องมีลิงก์ขั้นตอนการขอรับเงินคืน ให้ใส่ {{refund_steps_url}}"
        case (.refundStepsLinkMissing, .en): return place + "every message must link to the refund steps page; add {{refund_steps_url}}."
        case (.bodyEmpty, .th): return place + "กรุณาใส่เนื้อความ"
        case (.bodyEmpty, .en): return place + "the body is empty."
        case (.subjectMissing, .th): return place + "อีเมลต้องมีหัวเรื่อง"
        case (.subjectMissing, .en): return place + "an e-mail needs a subject."
        case (.subjectNotUsed(let c), .th): return place + "\(c.name(.th))ไม่มีหัวเรื่อง ให้เว้นว่างไว้"
        case (.subjectNotUsed(let c), .en): return place + "\(c.name(.en)) has no subject; leave it empty."
        }
    }
}

/// All problems of a template, thrown when it is saved.
public struct TemplateError: Error, Equatable, Sendable {
    public let problems: [TemplateProblem]

    public func message(_ language: Language) -> String { problems.map { $0.message(language) }.joined(separator: "\n") }
}

/// A parsed template text: literal pieces and placeholders.
public struct TemplateText: Equatable, Sendable {
    public enum Part: Equatable, Sendable {
        case text(String)
        case placeholder(Placeholder)
    }

    public let source: String
    public let parts: [Part]

    public var placeholders: Set<Placeholder> {
        Set(parts.compactMap { if case .placeholder(let p) = $0 { p } else { nil } })
    }

    /// Parses `source`; every problem is reported at once, with its position.
    public static func parse(_ source: String, field: TemplateProblem.Field = .body) throws(TemplateError) -> TemplateText {
        let chars = Array(source)
        var parts: [Part] = []
        var problems: [TemplateProblem] = []
        var literal = ""
        var line = 1, column = 1
        var i = 0
        func advance(_ n: Int) {
            for k in i..<min(i + n, chars.count) {
                if chars[k] == "\n" || chars[k] == "\r\n" { line += 1; column = 1 } else { column += 1 }
            }
            i += n
        }
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "{" && next == "{" {
                let (startLine, startColumn) = (line, column)
                // Find "}}" before the end of the line or another "{{".
                var j = i + 2
                var close: Int?
                while j < chars.count, chars[j] != "\n", chars[j] != "\r\n" {
                    if chars[j] == "}" && j + 1 < chars.count && chars[j + 1] == "}" { close = j; break }
                    if chars[j] == "{" && j + 1 < chars.count && chars[j + 1] == "{" { break }
                    j += 1
                }
                guard let end = close else {
                    problems.append(TemplateProblem(field: field, line: startLine, column: startColumn, kind: .unclosedPlaceholder))
                    literal.append("{{")
                    advance(2)
                    continue
                }
                let name = String(chars[(i + 2)..<end]).trimmingCharacters(in: " \t")
                if name.isEmpty {
                    problems.append(TemplateProblem(field: field, line: startLine, column: startColumn, kind: .emptyPlaceholder))
                } else if let p = Placeholder(rawValue: String(name)) {
                    if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
                    parts.append(.placeholder(p))
                } else {
                    problems.append(TemplateProblem(field: field, line: startLine, column: startColumn,
                                                    kind: .unknownPlaceholder(String(name), suggestion: closest(to: String(name)))))
                }
                advance(end + 2 - i)
            } else if c == "}" && next == "}" {
                problems.append(TemplateProblem(field: field, line: line, column: column, kind: .strayClosingBraces))
                literal.append("}}")
                advance(2)
            } else {
                literal.append(c)
                advance(1)
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        guard problems.isEmpty else { throw TemplateError(problems: problems) }
        return TemplateText(source: source, parts: parts)
    }

    public func render(_ values: TemplateValues, language: Language, channel: ContactChannel) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let s): out += s
            case .placeholder(let p): out += values.text(p, language: language, channel: channel)
            }
        }
        return out
    }

    /// The known name within edit distance 3 (case ignored, `-` read as `_`), if any.
    static func closest(to name: String) -> Placeholder? {
        let wanted = name.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }
        var best: (Placeholder, Int)?
        for p in Placeholder.allCases {
            let d = editDistance(wanted, Array(p.rawValue))
            if d <= 3, best.map({ d < $0.1 }) ?? true { best = (p, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// A message text for one policy, channel and language, checked when saved (not when sent):
/// unknown placeholders, unclosed `{{`, a missing refund-steps link, a subject on a channel without
/// one, an e-mail without one.
public struct MessageTemplate: Equatable, Sendable {
    public let channel: ContactChannel
    public let language: Language
    /// E-mail only.
    public let subject: TemplateText?
    public let body: TemplateText

    public init(channel: ContactChannel, language: Language, subject: String? = nil, body: String) throws(TemplateError) {
        var problems: [TemplateProblem] = []
        var parsedSubject: TemplateText?
        let subjectText = subject ?? ""
        if channel == .email {
            if subjectText.trimmingCharacters(in: " \t\r\n").isEmpty {
                problems.append(TemplateProblem(field: .subject, line: 1, column: 1, kind: .subjectMissing))
            } else {
                do { parsedSubject = try TemplateText.parse(subjectText, field: .subject) } catch { problems += error.problems }
            }
        } else if !subjectText.trimmingCharacters(in: " \t\r\n").isEmpty {
            problems.append(TemplateProblem(field: .subject, line: 1, column: 1, kind: .subjectNotUsed(channel)))
        }
        var parsedBody: TemplateText?
        if body.trimmingCharacters(in: " \t\r\n").isEmpty {
            problems.append(TemplateProblem(field: .body, line: 1, column: 1, kind: .bodyEmpty))
        } else {
            do { parsedBody = try TemplateText.parse(body, field: .body) } catch { problems += error.problems }
            if let b = parsedBody, !b.placeholders.contains(.refundStepsURL) {
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                problems.append(TemplateProblem(field: .body, line: lines.count, column: (lines.last?.count ?? 0) + 1,
                                                kind: .refundStepsLinkMissing))
            }
        }
        guard problems.isEmpty, let parsedBody else { throw TemplateError(problems: problems) }
        self.channel = channel
        self.language = language
        self.subject = parsedSubject
        self.body = parsedBody
    }

    private init(channel: ContactChannel, language: Language, subject: TemplateText?, body: TemplateText) {
        self.channel = channel
        self.language = language
        self.subject = subject
        self.body = body
    }

    /// The placeholders that read only the library's settings, never the member: the same text in every message.
    public static let sharedPlaceholders: Set<Placeholder> = [.refundStepsURL, .counterHours, .documents, .proxyRules]

    /// This template with the shared placeholders written in from `values` (only their settings are
    /// read), so a run of 100,000 messages computes counter hours and the documents list once.
    /// Rendering the result gives exactly what rendering `self` gives, for any member with those settings.
    public func sharingSettings(of values: TemplateValues) -> MessageTemplate {
        func fix(_ text: TemplateText) -> TemplateText {
            var parts: [TemplateText.Part] = []
            for part in text.parts {
                var piece = part
                if case .placeholder(let p) = part, Self.sharedPlaceholders.contains(p) {
                    piece = .text(values.text(p, language: language, channel: channel))
                }
                if case .text(let next) = piece, case .text(let previous)? = parts.last {
                    parts[parts.count - 1] = .text(previous + next)
                } else {
                    parts.append(piece)
                }
            }
            return TemplateText(source: text.source, parts: parts)
        }
        return MessageTemplate(channel: channel, language: language, subject: subject.map(fix), body: fix(body))
    }

    /// The message for one member (also the staff preview for a chosen member).
    public func render(_ values: TemplateValues) -> RenderedMessage {
        RenderedMessage(channel: channel, language: language,
                        subject: subject?.render(values, language: language, channel: channel),
                        body: body.render(values, language: language, channel: channel))
    }
}

/// A rendered message, ready for a channel.
public struct RenderedMessage: Equatable, Sendable {
    public let channel: ContactChannel
    public let language: Language
    public let subject: String?
    public let body: String

    /// SMS parts and characters, shown to staff before sending; nil for other channels.
    public var smsSegments: SMSSegments? { channel == .sms ? SMSSegments(body) : nil }
}
