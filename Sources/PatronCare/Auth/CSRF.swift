import Crypto
import Vapor

/// Cross-site request forgery protection for every HTML form: each session holds a random token,
/// every form carries it in a hidden `_csrf` field, and every state-changing request must send it
/// back (or in the `X-CSRF-Token` header). A mismatch is refused before any handler runs.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let sessionKey = "csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard [.POST, .PUT, .PATCH, .DELETE].contains(request.method) else {
            return try await next.respond(to: request)
        }
        // Forms are read here, before the route's own body handling: collect up to the upload limit.
        if request.body.data == nil {
            _ = try await request.body.collect(max: request.config.maxUploadBytes).get()
        }
        let sent = request.headers.first(name: "X-CSRF-Token") ?? Self.formToken(in: request)
        guard let expected = request.session.data[Self.sessionKey], let sent,
              Self.constantTimeEquals(expected, sent) else {
            throw Abort(.forbidden, reason: request.t("error_csrf"))
        }
        return try await next.respond(to: request)
    }

    private static func formToken(in request: Request) -> String? {
        guard let contentType = request.headers.contentType else { return nil }
        if contentType == .urlEncodedForm || contentType == .formData {
            return try? request.content.get(String.self, at: fieldName)
        }
        return nil
    }

    private static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// This session's form token, created on first use.
    var csrfToken: String {
        if let token = session.data[CSRFMiddleware.sessionKey] { return token }
        let token = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }).base64EncodedString()
        session.data[CSRFMiddleware.sessionKey] = token
        return token
    }
}
