import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The e-mail HTML is built in one pass over the bytes; it must say exactly what the plain
/// Foundation version said (kept here as the reference; words end at spaces and line breaks).
@Suite struct ReminderHTMLTests {
    static func reference(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let linked = escaped.components(separatedBy: "\n").map { line in
            line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                word.hasPrefix("http://") || word.hasPrefix("https://") ? "<a href=\"\(word)\">\(word)</a>" : String(word)
            }.joined(separator: " ")
        }.joined(separator: "\n")
        let paragraphs = linked.components(separatedBy: "\n\n").map { "<p>" + $0.replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
        return "<!doctype html><html><body style=\"font-family: Tahoma, sans-serif\">" + paragraphs.joined() + "</body></html>"
    }

    @Test func theOnePassHTMLSaysWhatTheReferenceSays() {
        var samples = ["", "a", "\n", "\n\n", "\n\n\n", "a\n\n\nb", "  two  spaces ", "<b>&\"x\"</b>", "https://x.org/refund-steps\nต่อไป",
                       "ดู http://127.0.0.1:8080/refund-steps และ https://a.b/c?d=1&e=2", "เรียน สมชาย\n\nบรรทัด 1\nบรรทัด 2\n\n"]
        let values = TemplateValues.sample(refundStepsURL: "https://library.example.org/refund-steps")
        for kind in ReminderKind.allCases {
            for language in Language.allCases {
                samples.append(DefaultTemplates.template(kind: kind, channel: .email, language: language).render(values).body)
            }
        }
        for sample in samples {
            #expect(ReminderRenderer.html(sample) == Self.reference(sample), "\(sample)")
        }
    }

    /// The refund-steps link ends a line in every built-in e-mail: the link must stop at the line's end.
    @Test func aLinkAtTheEndOfALineStopsThere() {
        let html = ReminderRenderer.html("ขั้นตอน: https://library.example.org/refund-steps\nเวลาทำการ")
        #expect(html.contains("<a href=\"https://library.example.org/refund-steps\">https://library.example.org/refund-steps</a><br>เวลาทำการ"))
    }
}
