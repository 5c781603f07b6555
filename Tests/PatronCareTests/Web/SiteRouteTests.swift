import Foundation
import Testing
import Vapor
@testable import PatronCare

/// The route enum and the app agree: every pattern × method is registered, every registered route
/// has a pattern, links fill parameters and queries, and no template or controller spells a path.
@Suite struct SiteRouteTests {
    static func key(_ method: HTTPMethod, _ path: String) -> String { "\(method.rawValue) /\(path)" }

    @Test func everyPatternIsRegisteredAndEveryRouteHasAPattern() async throws {
        try await withTestApp { app in
            let registered = Set(app.routes.all.map { Self.key($0.method, $0.path.map(\.description).joined(separator: "/")) })
            let declared = Set(SiteRoute.Pattern.allCases.flatMap { pattern in pattern.methods.map { Self.key($0, pattern.rawValue) } })
            #expect(declared.subtracting(registered).isEmpty, "declared in SiteRoute but not registered: \(declared.subtracting(registered).sorted())")
            #expect(registered.subtracting(declared).isEmpty, "registered without a SiteRoute pattern: \(registered.subtracting(declared).sorted())")
            #expect(declared.count == registered.count)
        }
    }

    @Test func linksFillParametersInOrderAndKeepTheQuery() throws {
        let member = try #require(UUID(uuidString: "6F1B2C3D-0000-4000-8000-000000000001"))
        let document = try #require(UUID(uuidString: "6F1B2C3D-0000-4000-8000-000000000002"))
        #expect(SiteRoute.home.href == "/")
        #expect(SiteRoute.member(member).href == "/members/\(member.uuidString)")
        #expect(SiteRoute.memberDeposits(member).href == "/members/\(member.uuidString)/deposits")
        #expect(SiteRoute.memberDocumentScan(member, document: document).href
            == "/members/\(member.uuidString)/documents/\(document.uuidString)/scan")
        #expect(SiteRoute.template(kind: "renewal", channel: "email", language: "th").href == "/admin/templates/renewal/email/th")
        #expect(SiteRoute.members(.init(["status": "expired", "segment": nil])).href == "/members?status=expired")
        #expect(SiteRoute.feedbackStatus(ref: "FB-2569-00012").href == "/feedback/status?ref=FB-2569-00012")
        #expect(SiteRoute.feedbackStatus().href == "/feedback/status")
        #expect(SiteRoute.depositReceipt(member, paper: "thermal").href == "/deposits/\(member.uuidString)/receipt?paper=thermal")
        #expect(SiteRoute.complaintsMonthly(.init(["month": "2026-11", "format": "csv"])).href
            == "/complaints/reports/monthly?month=2026-11&format=csv")
        // A parameter with a slash or a space cannot escape its segment.
        #expect(SiteRoute.feedbackSurvey(token: "a/b c").path == "/feedback/survey/a%2Fb%20c")
    }

    @Test func assetsExistInPublic() throws {
        for asset in Asset.allCases {
            #expect(FileManager.default.fileExists(atPath: Self.root + "/Public/" + asset.rawValue), "\(asset.rawValue) is not in Public/")
        }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// No root-relative path literal in templates, views or controllers: links come from `SiteRoute` and `Asset`.
    @Test func noPathLiteralsInTemplatesOrControllers() throws {
        // Both spellings: `href="/` in templates and multi-line literals, `href=\"/` in one-line Swift literals.
        let forbidden = ["href=\"/", "action=\"/", "src=\"/", "redirect(to: \"/",
                         "href=\\\"/", "action=\\\"/", "src=\\\"/"]
        var offenders: [String] = []
        var scanned = 0
        for folder in ["Sources/PatronCare/Controllers", "Sources/PatronCare/Views", "Sources/PatronCare/Web/Pages"] {
            let base = Self.root + "/" + folder
            let files = try #require(FileManager.default.enumerator(atPath: base)).compactMap { $0 as? String }
                .filter { $0.hasSuffix(".swift") }
            for file in files {
                let text = try String(contentsOfFile: base + "/" + file, encoding: .utf8)
                scanned += 1
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where forbidden.contains(where: line.contains) {
                    offenders.append("\(folder)/\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(scanned > 50)
        #expect(offenders.isEmpty, "path literals:\n\(offenders.joined(separator: "\n"))")
    }
}
