import Vapor

/// A whole HTML document answered as a response: the page models of the app conform through
/// `Page` (content inside the shared layout); print sheets such as postcards conform directly.
protocol HTMLDocument: AsyncResponseEncodable, Sendable {
    var document: HTML { get }
}

extension HTMLDocument {
    /// The document with the given status — a form shown again with its errors answers 422.
    func response(status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: document.rendered))
    }

    func encodeResponse(for request: Request) async throws -> Response { response() }
}

/// A page model: plain data built from what the handler read (never from a `Request`), plus the
/// markup of the page's content. The layout (`Layout.document`) puts the frame around it.
protocol Page: HTMLDocument {
    var chrome: PageChrome { get }
    /// What goes inside `<main>`.
    var content: HTML { get }
}

extension Page {
    var document: HTML { Layout.document(chrome, content: content) }
}
