import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A small HTTP server on 127.0.0.1 that plays an SMS gateway and the LINE Messaging API: it
/// records every request and answers with the statuses a test scripts (then 200), after a
/// scripted delay when a test wants a gateway that does not answer in time.
final class TestGateway: @unchecked Sendable {
    struct Received: Sendable {
        let path: String
        let headers: HTTPHeaders
        let body: String
    }

    private let app: Application
    private let state = NIOLockedValueBox<(received: [Received], scripted: [String: [(HTTPStatus, HTTPHeaders)]], slow: [String: Int])>(([], [:], [:]))
    /// How long a slowed answer waits.
    static let slowAnswer: Duration = .seconds(3)
    private(set) var port = 0

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var received: [Received] { state.withLockedValue { $0.received } }

    private init(app: Application) { self.app = app }

    static func start() async throws -> TestGateway {
        let app = try await Application.make(.testing)
        let gateway = TestGateway(app: app)
        let handler: @Sendable (Request) async throws -> Response = { req in
            let body = req.body.string ?? ""
            let slow = gateway.state.withLockedValue { state -> Bool in
                guard let left = state.slow[req.url.path], left > 0 else { return false }
                state.slow[req.url.path] = left - 1
                return true
            }
            if slow { try await Task.sleep(for: TestGateway.slowAnswer) }
            let answer = gateway.state.withLockedValue { state -> (HTTPStatus, HTTPHeaders) in
                state.received.append(Received(path: req.url.path, headers: req.headers, body: body))
                if var queue = state.scripted[req.url.path], !queue.isEmpty {
                    let next = queue.removeFirst()
                    state.scripted[req.url.path] = queue
                    return next
                }
                return (.ok, [:])
            }
            var headers = answer.1
            headers.contentType = .json
            if answer.0 == .ok { headers.replaceOrAdd(name: "x-line-request-id", value: "line-\(gateway.received.count)") }
            return Response(status: answer.0, headers: headers, body: .init(string: answer.0 == .ok ? #"{"message_id": "sms-42"}"# : #"{"error": "scripted"}"#))
        }
        app.post("sms", use: handler)
        app.post("v2", "bot", "message", "push", use: handler)
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        gateway.port = app.http.server.shared.localAddress?.port ?? 0
        return gateway
    }

    /// The next answers for a path, before the default 200s.
    func script(_ path: String, _ answers: [(HTTPStatus, HTTPHeaders)]) {
        state.withLockedValue { $0.scripted[path] = answers }
    }

    /// The next `count` requests to `path` are answered only after `slowAnswer`.
    func slowDown(_ path: String, count: Int) {
        state.withLockedValue { $0.slow[path] = count }
    }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }
}
