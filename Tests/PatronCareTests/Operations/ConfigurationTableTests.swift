import Foundation
import Testing
@testable import PatronCare

/// README's configuration table is generated from `ConfigurationVariable`: when a variable is added,
/// renamed or redescribed, this test says to paste `ConfigurationVariable.markdownTable()` between the
/// markers. The reading code goes through the catalogue only, and every entry is read somewhere.
@Suite struct ConfigurationTableTests {
    @Test func readmeListsEveryVariableTheAppReads() throws {
        let text = try String(contentsOfFile: SiteRouteTests.root + "/README.md", encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- configuration:begin"))
        let afterMarker = try #require(text[begin.upperBound...].range(of: "-->\n"))
        let end = try #require(text.range(of: "\n<!-- configuration:end -->"))
        let table = String(text[afterMarker.upperBound..<end.lowerBound])
        #expect(table == ConfigurationVariable.markdownTable(),
                "README's configuration table differs from ConfigurationVariable; paste ConfigurationVariable.markdownTable():\n\(ConfigurationVariable.markdownTable())")
    }

    @Test func theIssuesVariablesAreListed() {
        let names = Set(ConfigurationVariable.allCases.map(\.name))
        for name in ["PATRONCARE_REMIND_AT", "PATRONCARE_REMINDER_POLICIES", "PATRONCARE_MAX_ATTEMPTS", "PATRONCARE_SENDING_TIMEOUT",
                     "PATRONCARE_MAIL_FROM", "PATRONCARE_JOBS", "PATRONCARE_DELIVER_BATCH", "PATRONCARE_RETRY_DELAY", "PATRONCARE_SMTP_HOST",
                     "PATRONCARE_SMS_URL", "PATRONCARE_LINE_TOKEN", "DATABASE_URL", "SQLITE_PATH", "LOG_LEVEL", "LOG_FORMAT"] {
            #expect(names.contains(name), "\(name) is missing")
        }
        #expect(names.count == ConfigurationVariable.allCases.count, "no name twice")
    }

    /// No source reads a variable by its literal name: only `ConfigurationValues[.case]` (the names are
    /// spelled in the catalogue and in error messages, which start with the name and say what is wrong).
    @Test func theAppReadsVariablesOnlyThroughTheCatalogue() throws {
        let base = SiteRouteTests.root + "/Sources/PatronCare"
        let files = try #require(FileManager.default.enumerator(atPath: base)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        // (A child process's PATH and PGPASSWORD are the operating system's, not PatronCare's settings.)
        let rawRead = try Regex(#"(values|variables|environment|Environment\.get)\s*(\[|\()\s*"(?!PATH"|PGPASSWORD")[A-Z][A-Z0-9_]+""#)
        var offenders: [String] = []
        var everything = ""
        for file in files {
            let text = try String(contentsOfFile: base + "/" + file, encoding: .utf8)
            if !file.hasSuffix("ConfigurationVariable.swift") { everything += text }
            if text.contains(rawRead) { offenders.append(file) }
        }
        #expect(offenders.isEmpty, "read through ConfigurationValues instead: \(offenders)")
        for variable in ConfigurationVariable.allCases {
            let caseName = String(describing: variable)
            #expect(everything.contains(".\(caseName))") || everything.contains(".\(caseName)]") || everything.contains(".\(caseName),"),
                    "\(variable.name) is in the catalogue but nothing reads it")
        }
    }

    @Test func aSettingReadsThroughItsEntry() throws {
        let values = ConfigurationValues(["PATRONCARE_REMIND_AT": "06:30", "PATRONCARE_JOBS": ""])
        #expect(values[.remindAt] == "06:30")
        #expect(values[.jobs] == "")
        #expect(values.nonEmpty(.jobs) == nil)
        #expect(values.isSet(.jobs))
        #expect(!values.isSet(.smtpHost))
        let config = try AppConfig.load(from: .testing, values: ["PATRONCARE_REMIND_AT": "06:30", "PATRONCARE_LANGUAGE": "en"])
        #expect(config.channels.remindAtMinute == 6 * 60 + 30)
        #expect(config.defaultLanguage == .en)
    }
}
