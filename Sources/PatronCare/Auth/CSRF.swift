import Crypto
import Foundation
import Vapor

/// Cross-site request forgery protection for every HTML form and the public API: every
/// state-changing request must send back its form token in a hidden `_csrf` field (or the
/// `X-CSRF-Token` header). A mismatch is refused before any handler runs.
///
/// Signed-in staff: the token belongs to the server-side session (new at every sign-in).
/// Anonymous visitors (sign-in page, public forms): a signed double-submit cookie
/// (`AnonymousFormToken`), so no session row is stored for them.
///
/// Bodies are collected here up to the route's own limit (`UploadLimit`, else the form limit).
/// On an upload route a request without a signed-in staff member is passed on unread: the sign-in
/// check behind it answers without the body ever being buffered (public upload routes excepted).
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method) else {
            return try await next.respond(to: request)
        }
        let upload = request.route?.userInfo[UploadLimit.key] as? UploadLimit
        if let upload, !upload.isPublic, request.auth.get(StaffUser.self) == nil {
            return try await next.respond(to: request)
        }
        let limit = upload?.maxBytes ?? request.config.security.formBodyBytes
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Abort(.payloadTooLarge)
        }
        if let collected = request.body.data {
            guard collected.readableBytes <= limit else { throw Abort(.payloadTooLarge) }
        } else {
            _ = try await request.body.collect(max: limit).get()
        }
        let sent = request.headers.first(name: "X-CSRF-Token") ?? Self.formToken(in: request)
        guard let sent, Self.accepts(sent, request) else {
            throw Abort(.forbidden, reason: request.t("error_csrf"))
        }
        return try await next.respond(to: request)
    }

    private static func accepts(_ sent: String, _ request: Request) -> Bool {
        if let record = request.sessionState.record {
            return constantTimeEquals(record.csrfToken, sent)
        }
        guard let cookie = request.cookies[AnonymousFormToken.cookieName]?.string,
              AnonymousFormToken.isValid(cookie, key: request.config.security.cookieKey) else { return false }
        return constantTimeEquals(cookie, sent)
    }

    private static func formToken(in request: Request) -> String? {
        guard let contentType = request.headers.contentType else { return nil }
        if contentType == .urlEncodedForm || contentType == .formData {
            return try? request.content.get(String.self, at: fieldName)
        }
        return nil
    }

    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// The anonymous form token: `nonce.signature`, an HMAC-SHA256 (swift-crypto) of a random nonce
/// under the configured key (`PATRONCARE_COOKIE_KEY`). It lives in an HttpOnly cookie and is
/// repeated in each form; a request is accepted when both are equal and the signature holds, so a
/// cross-site page can neither read it nor make one up.
enum AnonymousFormToken {
    static let cookieName = "patroncare_form"

    static func make(key: SymmetricKey) -> String {
        let nonce = StaffSessions.randomToken()
        return nonce + "." + signature(nonce, key: key)
    }

    static func isValid(_ token: String, key: SymmetricKey) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let mac = Data(base64URL: String(parts[1])) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(("form-token:" + parts[0]).utf8), using: key)
    }

    private static func signature(_ nonce: String, key: SymmetricKey) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(("form-token:" + nonce).utf8), using: key)).base64URLEncoded
    }
}

/// A route that accepts a body larger than a form (imports, scans, attachments).
struct UploadLimit: Sendable {
    static let key = "patroncare.upload-limit"
    let maxBytes: Int
    /// Open to anonymous visitors (the public feedback form): checked for its form token like any form.
    let isPublic: Bool

    /// Room for the other fields of a multipart form around its file.
    static let formOverhead = 256 * 1024
    /// The feedback forms (public and staff intake): one attachment plus the text fields.
    static let feedbackForm = ComplaintSettings.default.maxAttachmentBytes + formOverhead
}

extension RoutesBuilder {
    /// A POST route taking up to `maxBytes`; every other route takes at most the form limit.
    @discardableResult
    func upload<Response: AsyncResponseEncodable>(_ pattern: SiteRoute.Pattern, maxBytes: Int, isPublic: Bool = false,
                                                  use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let route = on(.POST, pattern.components, body: .collect(maxSize: ByteCount(value: maxBytes)), use: handler)
        route.userInfo[UploadLimit.key] = UploadLimit(maxBytes: maxBytes, isPublic: isPublic)
        return route
    }
}

extension Request {
    /// The form token for this page: the session's when signed in, else the signed anonymous cookie
    /// (made, and set on the response, on first use).
    var csrfToken: String {
        let state = sessionState
        if let record = state.record { return record.csrfToken }
        if let token = state.newFormToken { return token }
        if let cookie = cookies[AnonymousFormToken.cookieName]?.string, AnonymousFormToken.isValid(cookie, key: config.security.cookieKey) {
            return cookie
        }
        let token = AnonymousFormToken.make(key: config.security.cookieKey)
        state.newFormToken = token
        return token
    }
}

extension Data {
    init?(base64URL text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64.append("=") }
        self.init(base64Encoded: base64)
    }
}
