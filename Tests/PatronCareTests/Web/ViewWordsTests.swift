import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The views' render check for words: every key a view or controller looks up — `t("key")`,
/// `req.t("key")`, either side of `t(cond ? "a" : "b")` — exists in both languages, so no page can
/// show a raw key. (Fields are checked by the compiler: the views are Swift.)
@Suite struct ViewWordsTests {
    @Test func everyWordAViewUsesExistsInThaiAndEnglish() throws {
        let root = SiteRouteTests.root
        let call = try Regex(#"\bt\(\s*"([a-z0-9_]+)"\s*\)"#)
        let choice = try Regex(#"\bt\([^()"]*\?\s*"([a-z0-9_]+)"\s*:\s*"([a-z0-9_]+)"\s*\)"#)
        var used: [String: String] = [:]
        for folder in ["Sources/PatronCare/Views", "Sources/PatronCare/Web", "Sources/PatronCare/Controllers"] {
            let base = root + "/" + folder
            let files = try #require(FileManager.default.enumerator(atPath: base)).compactMap { $0 as? String }
                .filter { $0.hasSuffix(".swift") }
            for file in files {
                let text = try String(contentsOfFile: base + "/" + file, encoding: .utf8)
                for match in text.matches(of: call) { used[String(match.output[1].substring!), default: file] = file }
                for match in text.matches(of: choice) {
                    used[String(match.output[1].substring!)] = file
                    used[String(match.output[2].substring!)] = file
                }
            }
        }
        #expect(used.count > 150, "the scan found the views' words (\(used.count))")
        for language in Language.allCases {
            let known = PageFixtures.strings.keys(language)
            let missing = used.keys.filter { !known.contains($0) }.sorted().map { "\($0) (\(used[$0]!))" }
            #expect(missing.isEmpty, "words missing in \(language.rawValue): \(missing)")
        }
    }
}
