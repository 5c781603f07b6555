import Foundation
import Testing
@testable import PatronCore

/// README's role table is generated from `StaffRole`: when a permission changes, this test says
/// to paste `StaffRole.markdownTable()` between the markers.
@Suite struct RoleTableTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    @Test func readmeShowsTheRolesTheCodeGrants() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- roles:begin"))
        let afterMarker = try #require(text[begin.upperBound...].range(of: "-->\n"))
        let end = try #require(text.range(of: "\n<!-- roles:end -->"))

        let table = String(text[afterMarker.upperBound..<end.lowerBound])

        #expect(table == StaffRole.markdownTable(), "README's role table differs from StaffRole; paste StaffRole.markdownTable():\n\(StaffRole.markdownTable())")
    }

    @Test func theOutboxIsForCounterCustomerTeamHeadsAndAdmins() {
        #expect(StaffRole.allCases.filter { $0.can(.manageOutbox) } == [.counter, .customerTeam, .head, .admin])
        #expect(StaffRole.markdownTable().contains("| counter | see members' names, contacts and addresses; edit members and record documents; take deposits, print receipts, pay refunds; the outbox and postcard batches;"))
    }
}
