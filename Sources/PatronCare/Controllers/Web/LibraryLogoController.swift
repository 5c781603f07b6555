import Vapor

/// `/library-logo`: the logo of `PATRONCARE_LOGO_FILE`, checked and read at start, public. A stable
/// address with caching headers: a day's `max-age`, an ETag (SHA-256 of the file) and 304 for a
/// browser that has it; the public header links it with `?v=` of the same digest, so a new file is
/// fetched at once. 404 when no logo is configured.
struct LibraryLogoController: RouteCollection {
    static let cacheControl = "public, max-age=86400"

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.libraryLogo, use: logo)
    }

    @Sendable func logo(req: Request) async throws -> Response {
        guard let logo = req.config.logo else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .cacheControl, value: Self.cacheControl)
        headers.replaceOrAdd(name: .eTag, value: logo.etag)
        if let sent = req.headers.first(name: .ifNoneMatch), sent.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == logo.etag }) {
            return Response(status: .notModified, headers: headers)
        }
        headers.replaceOrAdd(name: .contentType, value: logo.kind.mediaType)
        return Response(status: .ok, headers: headers, body: .init(data: Data(logo.bytes)))
    }
}
