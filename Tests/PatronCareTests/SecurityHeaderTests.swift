import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Security headers on every kind of response, `no-store` on signed-in pages and downloads,
/// no inline script or style in any template, and an error page (never an empty reply) for a
/// refused path or a read-only database.
@Suite struct SecurityHeaderTests {
    static func expectSecurityHeaders(_ response: TestingHTTPResponse, _ what: String) {
        let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
        #expect(csp.contains("frame-ancestors 'none'"), "\(what): CSP")
        #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "\(what): no inline script")
        #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(what)")
        #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(what)")
        #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "\(what)")
        #expect(response.headers.first(name: "X-Request-ID")?.isEmpty == false, "\(what)")
    }

    @Test func everyKindOfResponseCarriesTheHeaders() async throws {
        try await withTestApp { app in
            let anonymous = TestBrowser(app)
            let staff = try await TestStaff.browser(.head, on: app)
            let checks: [(String, TestingHTTPResponse)] = [
                ("public page", try await anonymous.get(SiteRoute.feedbackForm.href)),
                ("sign-in page", try await anonymous.get(SiteRoute.login.href)),
                ("static file", try await anonymous.get(Asset.appCSS.href)),
                ("script file", try await anonymous.get(Asset.printJS.href)),
                ("not found", try await anonymous.get("/no-such-page")),
                ("refused path", try await anonymous.get("/css/../../README.md")),
                ("API error", try await anonymous.get(SiteRoute.apiIndicatorsUnclaimed().href, headers: ["Accept": "application/json"])),
                ("staff page", try await staff.get(SiteRoute.members().href)),
                ("download", try await staff.get(SiteRoute.unclaimedReport().href + "?format=csv")),
                ("staff error", try await staff.get(SiteRoute.member(UUID()).href)),
            ]
            for (what, response) in checks { Self.expectSecurityHeaders(response, what) }
            for (what, response) in checks where what.hasPrefix("staff") || what == "download" || what.contains("error") || what == "not found" {
                #expect(response.headers.first(name: .cacheControl) == "no-store", "\(what)")
            }
            #expect(checks[2].1.headers.first(name: .cacheControl) != "no-store", "static files may be cached")
            #expect(checks[0].1.headers.first(name: "Strict-Transport-Security") == nil, "no HSTS over plain HTTP")
        }
    }

    @Test func hstsBehindHTTPS() async throws {
        try await withTestApp { app in
            app.middleware = Middlewares()
            app.middleware.use(SecurityHeadersMiddleware(strictTransportSecurity: true))
            let response = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(response.headers.first(name: "Strict-Transport-Security")?.contains("max-age=") == true)
        }
    }

    /// The CSP forbids inline script and style; the snapshots are every page as it is rendered.
    @Test func noPageHasInlineScriptOrStyle() throws {
        let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/__Snapshots__").standardized
        let files = FileManager.default.enumerator(atPath: snapshots.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        #expect(files.count > 100)
        for file in files {
            let text = try String(contentsOfFile: snapshots.path + "/" + file, encoding: .utf8)
            #expect(!text.contains("<style"), "\(file)")
            #expect(!text.contains("style=\""), "\(file)")
            #expect(text.range(of: #"<script(?![^>]*\bsrc=)"#, options: .regularExpression) == nil, "\(file): inline script")
            #expect(text.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil, "\(file): inline event handler")
        }
    }

    @Test func aDotDotPathAnswersTheErrorPage() async throws {
        try await withTestApp { app in
            for path in ["/css/../../README.md", "/css/../Package.swift", "/js/..%2F..%2FREADME.md"] {
                let response = try await app.testing().sendRequest(.GET, path, headers: ["Accept": "text/html"])
                #expect([.forbidden, .notFound].contains(response.status), "\(path): \(response.status)")
                #expect(response.body.string.contains("<!doctype html>"), "\(path): an HTML page")
                #expect(!response.body.string.contains("swift-tools-version"), "\(path)")
            }
            let json = try await app.testing().sendRequest(.GET, "/css/../../README.md", headers: ["Accept": "application/json"])
            #expect(json.body.string.contains("\"requestId\""))
        }
    }

    @Test func aRequestBodyLargerThanAFormIsRefusedBeforeTheHandler() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.memberNew.href)
            let big = String(repeating: "ก", count: 70 * 1024)
            let response = try await browser.post(SiteRoute.members().href, form: MemberFixtures.form("BIG-1", overrides: ["lastNameTh": big]))
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("<!doctype html>"))
            #expect(try await Member.query(on: app.db).count() == 0)
        }
    }

    @Test func anUploadRouteDoesNotReadTheBodyBeforeSignIn() async throws {
        try await withTestApp { app in
            let body = ByteBuffer(repeating: UInt8(ascii: "x"), count: 3 * 1024 * 1024)
            let response = try await app.testing().sendRequest(.POST, "/imports", headers: ["Content-Type": "multipart/form-data; boundary=x"], body: body)
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/login")
        }
    }
}

/// A database that cannot be written: pages that only read still work, and a write answers
/// the error page with its request id — not an empty reply. SQLite: the file opened read-only;
/// PostgreSQL (`DATABASE_URL`): a scratch database set to `default_transaction_read_only`.
@Suite struct ReadOnlyDatabaseTests {
    @Test func aWriteToAReadOnlyDatabaseAnswersTheErrorPage() async throws {
        var config = try AppConfig.load(from: .testing)
        let postgresBase = Environment.get("DATABASE_URL").flatMap { $0.isEmpty ? nil : $0 }
        let sqlitePath = NSTemporaryDirectory() + "patroncare-readonly-\(UUID().uuidString).sqlite"
        let scratch = "patroncare_test_ro_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        if let postgresBase {
            try await PostgresScratch.create(database: scratch, base: postgresBase)
            config.database = .postgres(url: PostgresScratch.url(postgresBase, database: scratch))
        } else {
            config.database = .sqliteFile(path: sqlitePath)
        }
        defer { try? FileManager.default.removeItem(atPath: sqlitePath) }

        let setup = try await Application.make(.testing)
        try configure(setup, config: config, clock: .pinned(pinnedNow))
        try await setup.autoMigrate()
        try await TestStaff.create(.counter, on: setup)
        try await setup.asyncShutdown()
        if let postgresBase {
            try await PostgresScratch.run("ALTER DATABASE \(scratch) SET default_transaction_read_only = on", base: postgresBase)
        } else {
            config.database = .sqliteFile(path: "file:\(sqlitePath)?mode=ro")
        }

        let app = try await Application.make(.testing)
        try configure(app, config: config, clock: .pinned(pinnedNow))
        do {
            let browser = TestBrowser(app)
            #expect(try await browser.get(SiteRoute.feedbackForm.href).status == .ok, "reading still works")
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: FeedbackPublicTests.form())
            #expect(sent.status == .internalServerError)
            #expect(sent.body.string.contains("<!doctype html>"))
            #expect(sent.body.string.contains(sent.headers.first(name: "X-Request-ID") ?? "missing"), "the page names the request id")
            let signIn = try await browser.post(SiteRoute.login.href, form: [("username", "counter"), ("password", TestStaff.password)])
            #expect(signIn.status == .internalServerError)
            #expect(signIn.body.string.contains("<!doctype html>"))
            let api = try await app.testing().sendRequest(.POST, "/api/v1/feedback", headers: ["Accept": "application/json", "Content-Type": "application/json"],
                                                          body: ByteBuffer(string: "{}"))
            #expect(!api.body.string.isEmpty, "an API client gets JSON, not an empty reply")
        } catch {
            try? await app.asyncShutdown()
            if let postgresBase { try? await PostgresScratch.drop(database: scratch, base: postgresBase) }
            throw error
        }
        try await app.asyncShutdown()
        if let postgresBase { try await PostgresScratch.drop(database: scratch, base: postgresBase) }
    }
}
