import LeafKit
import Testing
@testable import PatronCare

/// Interpolated text is escaped exactly as LeafKit's `htmlEscaped()` escapes it, whether or not the
/// text holds a character that needs escaping (the fast path skips the escaper only then).
@Suite("HTML escaping")
struct HTMLTests {
    /// Markup characters, ASCII, Thai (with a combining vowel), an accent, an emoji and a zero-width joiner.
    static let pool: [String] = ["a", " ", "&", "<", ">", "\"", "'", "ก", "\u{0E34}", "é", "e\u{0301}", "😀", "\u{200D}", "\n", "="]

    @Test("every string of up to three pieces of the pool renders as LeafKit escapes it")
    func escapesAsLeafKit() {
        var strings = [""]
        for _ in 1...3 { strings += strings.flatMap { prefix in Self.pool.map { prefix + $0 } } }
        for text in Set(strings) {
            let rendered: HTML = "<p title=\"\(text)\">\(text)</p>"
            #expect(rendered.rendered == "<p title=\"\(text.htmlEscaped())\">\(text.htmlEscaped())</p>", "\(text.debugDescription)")
        }
    }

    @Test("markup in text never survives")
    func markupIsEscaped() {
        let text = "<script>alert('x')</script> & \"q\""
        let rendered: HTML = "\(text)"
        #expect(rendered.rendered == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        let optional: String? = "<b>"
        #expect(("\(optional)" as HTML).rendered == "&lt;b&gt;")
    }
}
