import PatronCore
import Vapor

/// Turns errors into a page in the reader's language (or JSON for API and health clients).
/// Internal details are logged, never shown; an `Abort` reason is meant for people and is shown.
/// It sits inside the sessions middleware so the error page can show who is signed in.
struct ErrorPageMiddleware: AsyncMiddleware {
    struct ErrorContext: Encodable {
        let layout: LayoutContext
        let status: Int
        let message: String
    }

    struct ErrorBody: Content {
        let error: Bool
        let reason: String
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
            } else {
                status = .internalServerError
                message = request.t("error_internal")
                request.logger.report(error: error)
            }
            if request.url.path.hasPrefix("/api/") || !(request.headers.accept.mediaTypes.contains(.html) || request.headers.accept.isEmpty) {
                let response = try await ErrorBody(error: true, reason: message).encodeResponse(for: request)
                response.status = status
                return response
            }
            let context = ErrorContext(layout: LayoutContext(request, title: request.t("error_title")), status: Int(status.code), message: message)
            let response: Response
            do {
                response = try await request.view.render("error", context).encodeResponse(for: request)
            } catch {
                response = Response(status: status, body: .init(string: message))
            }
            response.status = status
            return response
        }
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
