import Foundation
import PatronCore
import Vapor
import VaporTesting
import MailTestSupport
@testable import PatronCare

/// A browser for HTTP tests: keeps the session cookie, reads the form token from pages and sends
/// it back with every form, as a real browser would.
final class TestBrowser {
    let app: Application
    private(set) var cookies = HTTPCookies()
    private(set) var csrf = ""

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String, headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        headers.cookie = cookies
        if headers.first(name: .accept) == nil { headers.replaceOrAdd(name: .accept, value: "text/html") }
        let response = try await app.testing().sendRequest(.GET, path, headers: headers)
        remember(response)
        return response
    }

    /// Posts a URL-encoded form; the session's form token is added unless `csrf` says otherwise.
    @discardableResult
    func post(_ path: String, form: [(String, String)], csrf token: String? = nil) async throws -> TestingHTTPResponse {
        var fields = form
        fields.append(("_csrf", token ?? csrf))
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, contentType: .urlEncodedForm, body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with one file; the session's form token is added.
    @discardableResult
    func upload(_ path: String, fileField: String, filename: String, data: [UInt8], form: [(String, String)] = []) async throws -> TestingHTTPResponse {
        let boundary = "----patroncare-test-boundary"
        var body = ByteBuffer()
        for (name, value) in form + [("_csrf", csrf)] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n")
        body.writeBytes(data)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(.POST, path, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]), body: body)
    }

    private func send(_ method: HTTPMethod, _ path: String, contentType: HTTPMediaType, body: ByteBuffer) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.cookie = cookies
        headers.contentType = contentType
        headers.replaceOrAdd(name: .accept, value: "text/html")
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        remember(response)
        return response
    }

    /// Signs in through the real form; fails the test when the app does not redirect.
    func signIn(_ username: String, password: String = TestStaff.password) async throws {
        try await get("/login")
        let response = try await post("/login", form: [("username", username), ("password", password)])
        guard response.status == .seeOther else {
            throw TestFailure("sign-in as \(username) answered \(response.status): \(response.body.string.prefix(300))")
        }
    }

    /// Sets a cookie as an attacker (or another tab) could have left it in this browser.
    func plant(cookie name: String, value: String) {
        cookies[name] = HTTPCookies.Value(string: value)
    }

    private func remember(_ response: TestingHTTPResponse) {
        if let set = response.headers.setCookie {
            for (name, value) in set.all { cookies[name] = value }
        }
        if let token = Self.formToken(in: response.body.string) { csrf = token }
    }

    static func formToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}


/// Staff accounts for tests, one per role, all with the same password.
enum TestStaff {
    static let password = "correct horse battery"

    @discardableResult
    static func create(_ role: StaffRole, username: String? = nil, on app: Application) async throws -> StaffUser {
        try await StaffAccounts.create(username: username ?? role.rawValue, displayName: "Test \(role.rawValue)", role: role.rawValue,
                                       password: password, environment: .testing, on: app.db)
    }

    /// A browser already signed in with a fresh account of the role.
    static func browser(_ role: StaffRole, on app: Application) async throws -> TestBrowser {
        try await create(role, on: app)
        let browser = TestBrowser(app)
        try await browser.signIn(role.rawValue)
        return browser
    }
}
