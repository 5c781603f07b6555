import PatronCore
import Vapor

/// Turns every error into a page in the reader's language, or a JSON problem for the API and
/// non-HTML clients — a bad path refused by file serving, a session that cannot be stored, a
/// read-only or full database alike. Each is logged with the request id, which the page and the
/// JSON show so a person can quote it. Internal details are logged, never shown; an `Abort`
/// reason is meant for people and is shown. It wraps file serving and sessions (see `configure`).
struct ErrorPageMiddleware: AsyncMiddleware {
    struct ErrorBody: Content {
        let error: Bool
        let reason: String
        let requestId: String
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status: HTTPResponseStatus
            let message: String
            if let abort = error as? any AbortError {
                status = abort.status
                message = abort.reason == abort.status.reasonPhrase ? Self.defaultMessage(status, request) : abort.reason
                request.logger.log(level: status.code >= 500 ? .error : .info,
                                   "\(request.method) \(request.url.path) answered \(status.code): \(abort.reason)")
            } else {
                status = .internalServerError
                message = request.t("error_internal")
                request.logger.error("\(request.method) \(request.url.path) failed: \(String(reflecting: error))")
            }
            let response = await Self.render(status: status, message: message, for: request)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            if let abort = error as? any AbortError {
                for (name, value) in abort.headers where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
                    response.headers.replaceOrAdd(name: name, value: value)
                }
            }
            return response
        }
    }

    private static func render(status: HTTPResponseStatus, message: String, for request: Request) async -> Response {
        let wantsJSON = request.url.path.hasPrefix(SiteRoute.apiPathPrefix)
            || !(request.headers.accept.mediaTypes.contains(.html) || request.headers.accept.isEmpty)
        if wantsJSON, let response = try? await ErrorBody(error: true, reason: message, requestId: request.id).encodeResponse(for: request) {
            response.status = status
            return response
        }
        // The chrome reads only the request itself (words, signed-in staff, form token, notice), never
        // the database, and the page is compiled markup: it renders whatever failed.
        let page = ErrorPage(chrome: request.pageChrome(title: request.t("error_title")), status: Int(status.code),
                             message: message, requestID: request.id)
        return page.response(status: status)
    }

    private static func defaultMessage(_ status: HTTPResponseStatus, _ request: Request) -> String {
        switch status {
        case .notFound: request.t("error_not_found")
        case .forbidden: request.t("error_forbidden")
        case .badRequest: request.t("error_bad_request")
        case .payloadTooLarge: request.t("error_too_large")
        default: status.reasonPhrase
        }
    }
}
