import LeafKit

/// HTML that is safe to send, by construction. Markup can only come from string literals written in
/// the source (`StaticString`); every interpolated `String` is escaped with LeafKit's `htmlEscaped()`
/// (the escaper the Leaf templates used, so pages escape exactly as before); interpolated `HTML` is
/// already safe and goes in as it is. There is no way to turn a runtime `String` into markup.
///
///     let row: HTML = "<td><a href=\"\(member.href)\">\(member.cardNumber)</a></td>"
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// LeafKit's `htmlEscaped()`, called only for text that holds a character it changes: most text
    /// (names, dates, Thai words) has none, and the escaper rebuilds every string scalar by scalar
    /// (5 % of the member list's time). `HTMLTests` checks both paths agree.
    static func appendEscaped(_ text: String, to output: inout String) {
        if text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                                       || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) {
            output += text.htmlEscaped()
        } else {
            output += text
        }
    }

    /// The markup, ready to send.
    private(set) var rendered: String

    private init(rendered: String) { self.rendered = rendered }

    init(stringLiteral literal: StaticString) {
        rendered = literal.description
    }

    init(stringInterpolation: StringInterpolation) {
        rendered = stringInterpolation.output
    }

    var description: String { rendered }

    /// The pieces one after the other (rows of a table, options of a select).
    init(joining pieces: some Sequence<HTML>) {
        rendered = pieces.reduce(into: "") { $0 += $1.rendered }
    }

    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(rendered: lhs.rendered + rhs.rendered) }

    struct StringInterpolation: StringInterpolationProtocol {
        typealias StringLiteralType = StaticString
        fileprivate var output = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { output += String(decoding: $0, as: UTF8.self) }
        }

        /// Text or an attribute value: escaped.
        mutating func appendInterpolation(_ text: String) {
            HTML.appendEscaped(text, to: &output)
        }

        /// Nothing when absent.
        mutating func appendInterpolation(_ text: String?) {
            if let text { HTML.appendEscaped(text, to: &output) }
        }

        mutating func appendInterpolation(_ number: Int) {
            output += String(number)
        }

        /// Markup built elsewhere, already safe.
        mutating func appendInterpolation(_ html: HTML) {
            output += html.rendered
        }

        mutating func appendInterpolation(_ html: HTML?) {
            if let html { output += html.rendered }
        }

        /// Several pieces one after the other: `\(rows.map(row))`.
        mutating func appendInterpolation(_ pieces: [HTML]) {
            for piece in pieces { output += piece.rendered }
        }

        /// Markup only when the condition holds: `<option\(" selected", if: option.selected)>`.
        mutating func appendInterpolation(_ html: HTML, if condition: Bool) {
            if condition { output += html.rendered }
        }
    }
}
