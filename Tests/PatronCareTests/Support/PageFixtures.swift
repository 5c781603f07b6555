import Foundation
import PatronCore
import SnapshotTesting
import Testing
@testable import PatronCare

/// The frame of a page for snapshot tests: real words from `Resources/Localization`, a fixed token,
/// and a staff member of the given role (nil: a public page).
enum PageFixtures {
    static let strings = try! Strings(directory: SiteRouteTests.root + "/Resources/Localization/")

    static func words(_ language: Language) -> Words { Words(strings: strings, language: language) }

    /// A configured public address (printed sheets show no warning) and the loopback default (they do).
    static let publicAddress = PublicAddress(baseURL: "https://library.example.ac.th", isLoopback: false)
    static let loopbackAddress = PublicAddress(baseURL: "http://127.0.0.1:8080", isLoopback: true)

    static func chrome(_ language: Language, title key: String, role: StaffRole? = .admin, path: String = "/",
                       notice: String? = nil) -> PageChrome {
        let words = words(language)
        return PageChrome(
            title: words(key), words: words,
            signedIn: role.map { PageChrome.SignedIn(name: "สมหญิง ตั้งใจ", roleName: $0.name(language)) },
            nav: role.map { PageChrome.navigation(for: $0, path: path, words: words) } ?? [],
            csrf: "csrf-fixture-token", notice: notice, demoMode: false,
            switchLanguageHref: path + "?lang=" + (language == .th ? "en" : "th"))
    }
}

/// Compares the page's HTML with `__Snapshots__/<test file>/<test>.<name>.html`; a missing or changed
/// snapshot fails the test (recorded on the first run — review the file, commit it). Record anew
/// after a deliberate change with `SNAPSHOT_TESTING_RECORD=all swift test --filter Snapshot`.
func assertPageSnapshot(_ page: some HTMLDocument, named name: String,
                        fileID: StaticString = #fileID, file: StaticString = #filePath,
                        testName: String = #function, line: UInt = #line, column: UInt = #column) {
    let html = page.document.rendered
    // The date fields' rule (Views/Shared/DateField.swift): never the browser's own inputs, and the picker's script on the page.
    #expect(!html.contains("type=\"date\"") && !html.contains("type=\"month\""), "a browser date input: use DateField / PeriodPicker",
            sourceLocation: SourceLocation(fileID: String(describing: fileID), filePath: String(describing: file), line: Int(line), column: Int(column)))
    #expect(!html.contains("data-datefield") || html.contains(Asset.datePickerJS.href), "date fields without DateField.assets",
            sourceLocation: SourceLocation(fileID: String(describing: fileID), filePath: String(describing: file), line: Int(line), column: Int(column)))
    assertSnapshot(of: html, as: .html, named: name,
                   fileID: fileID, file: file, testName: testName, line: line, column: column)
}

extension Snapshotting where Value == String, Format == String {
    /// Text compared line by line, stored as `.html` so a reviewer's tools show it as a page.
    static var html: Snapshotting { Snapshotting(pathExtension: "html", diffing: .lines) }
}
