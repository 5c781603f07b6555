import Vapor

/// The outermost middleware: every response — page, download, JSON, static file, error — gets the
/// security headers and the request id; and if anything inside still threw, it answers a plain
/// error here rather than letting the connection close with an empty reply.
///
/// CSP allows scripts and styles only from our own files (no inline script or style anywhere),
/// no framing (`frame-ancestors 'none'`, and `X-Frame-Options: DENY` for older browsers).
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// Strict-Transport-Security only behind HTTPS (`PATRONCARE_SECURE_COOKIES=1`).
    let strictTransportSecurity: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            request.logger.critical("unhandled error outside the error page: \(String(reflecting: error))")
            response = Response(status: .internalServerError, body: .init(string: "Internal error. Request \(request.id)\n"))
            response.headers.contentType = .plainText
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        let headers = SecurityHeaders.all(strictTransportSecurity: strictTransportSecurity)
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        response.headers.replaceOrAdd(name: "X-Request-ID", value: request.id)
        return response
    }
}

enum SecurityHeaders {
    static func all(strictTransportSecurity: Bool) -> [(String, String)] {
        var headers = [
            ("Content-Security-Policy", SecurityHeadersMiddleware.contentSecurityPolicy),
            ("X-Frame-Options", "DENY"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        if strictTransportSecurity { headers.append(("Strict-Transport-Security", "max-age=31536000; includeSubDomains")) }
        return headers
    }
}

/// Inside the sessions: everything the routes answer — signed-in pages, downloads, the API, the
/// public forms with their tokens — is `Cache-Control: no-store` (static files are not routes), except
/// the library's logo, the one route that answers the same to everyone (`LibraryLogoController`).
struct NoStoreMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.url.path == SiteRoute.libraryLogo.path, response.headers.first(name: .cacheControl) == LibraryLogoController.cacheControl {
            return response
        }
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
