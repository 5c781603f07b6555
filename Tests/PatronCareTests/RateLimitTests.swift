import Fluent
import Foundation
import NIOCore
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// The database rate limiter under concurrency: exactly the limit is accepted, on whichever
/// database the suite runs on (CI runs it on SQLite and PostgreSQL); and the client address
/// behind trusted proxies.
@Suite struct RateLimitTests {
    @Test func aHundredSimultaneousChecksAcceptExactlyTheLimit() async throws {
        // Eight connections per event loop, so the checks really race for the key's row (with one they
        // queued, and on a loaded PostgreSQL the queue outlasted the pool's timeout).
        try await withTestApp(databasePoolSize: 8) { app in
            let rule = RateLimitRule(maximum: 7, window: 600)
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<100 {
                    group.addTask {
                        try await DatabaseRateLimiter(db: app.db).attempt(.feedback, key: "203.0.113.9", rule: rule, at: pinnedNow).isAllowed
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.count == 100)
            #expect(results.filter { $0 }.count == 7)
            // Another key has its own count; the window slides.
            #expect(try await DatabaseRateLimiter(db: app.db).attempt(.feedback, key: "203.0.113.10", rule: rule, at: pinnedNow).isAllowed)
            let later = try await DatabaseRateLimiter(db: app.db).attempt(.feedback, key: "203.0.113.9", rule: rule, at: pinnedNow.addingTimeInterval(601))
            #expect(later.isAllowed)
        }
    }

    /// A hundred public form submissions at once over real HTTP on loopback, under a limit of 5:
    /// exactly 5 are stored (the old delete → select → insert accepted 26).
    @Test func aHundredParallelSubmissionsOfThePublicFormStoreExactlyTheLimit() async throws {
        try await withTestApp(databasePoolSize: 4) { app in
            app.config.complaints.rateLimit = RateLimitRule(maximum: 5, window: 600)
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href)
            let csrf = browser.csrf
            let cookies = browser.cookies
            app.http.client.configuration.redirectConfiguration = .disallow
            // On a machine busy with the whole suite a hundred queued requests can take a while: wait for every answer.
            app.http.client.configuration.timeout = .init(connect: .seconds(30), read: .seconds(180))
            // One connection per request, so the hundred really race on the server instead of queueing in the client.
            app.http.client.configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 100)
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let body = (FeedbackPublicTests.form() + [("_csrf", csrf)])
                .map { "\(TestBrowser.encode($0.0))=\(TestBrowser.encode($0.1))" }.joined(separator: "&")
            // A request the client could not complete counts as status 0, so the server always shuts down.
            let statuses = await withTaskGroup(of: UInt.self) { group in
                for _ in 0..<100 {
                    group.addTask {
                        var headers = HTTPHeaders()
                        headers.cookie = cookies
                        headers.contentType = .urlEncodedForm
                        headers.replaceOrAdd(name: .accept, value: "text/html")
                        let response = try? await app.client.post(URI(string: "http://127.0.0.1:\(port)/feedback"), headers: headers) {
                            $0.body = ByteBuffer(string: body)
                        }
                        return response?.status.code ?? 0
                    }
                }
                return await group.reduce(into: [UInt]()) { $0.append($1) }
            }
            await app.server.shutdown()
            let counts = Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count)
            #expect(counts[303] == 5, "\(counts)")
            #expect(counts[429] == 95, "\(counts)")
            #expect(try await FeedbackItem.query(on: app.db).count() == 5)
        }
    }

    @Test func theClientIsTheRightMostUntrustedForwardedAddress() async throws {
        try await withTestApp { app in
            app.config.security.trustedProxies = [IPNetwork("127.0.0.1")!, IPNetwork("10.0.0.0/8")!]
            var headers = HTTPHeaders()
            headers.add(name: .xForwardedFor, value: "6.6.6.6, 198.51.100.7")
            headers.add(name: .xForwardedFor, value: "10.9.9.9")
            func request(from peer: String) throws -> Request {
                Request(application: app, method: .GET, url: "/", headers: headers,
                        remoteAddress: try SocketAddress(ipAddress: peer, port: 4000), on: app.eventLoopGroup.next())
            }
            let behindProxy = try request(from: "10.1.2.3").clientAddress
            #expect(behindProxy == "198.51.100.7", "the spoofed 6.6.6.6 is ignored")
            let direct = try request(from: "192.0.2.50").clientAddress
            #expect(direct == "192.0.2.50", "an untrusted peer's header is not believed")
        }
    }

    @Test func twoClientsBehindTheSameProxyHaveTheirOwnLimits() async throws {
        try await withTestApp { app in
            app.config.complaints.rateLimit = RateLimitRule(maximum: 1, window: 600)
            app.config.security.trustedProxies = [IPNetwork("127.0.0.0/8")!]
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            app.http.client.configuration.redirectConfiguration = .disallow
            func submit(from client: String) async throws -> HTTPStatus {
                let page = try await app.client.get(URI(string: "http://127.0.0.1:\(port)/feedback"), headers: ["X-Forwarded-For": client])
                let token = try #require(TestBrowser.formToken(in: page.body.map { String(buffer: $0) } ?? ""))
                let cookie = try #require(page.headers.setCookie?[AnonymousFormToken.cookieName])
                var headers = HTTPHeaders()
                headers.cookie = HTTPCookies(dictionaryLiteral: (AnonymousFormToken.cookieName, cookie))
                headers.contentType = .urlEncodedForm
                headers.add(name: .xForwardedFor, value: "203.0.113.250, \(client)")
                let body = (FeedbackPublicTests.form() + [("_csrf", token)]).map { "\(TestBrowser.encode($0.0))=\(TestBrowser.encode($0.1))" }.joined(separator: "&")
                return try await app.client.post(URI(string: "http://127.0.0.1:\(port)/feedback"), headers: headers) { $0.body = ByteBuffer(string: body) }.status
            }
            let statuses: [HTTPStatus]
            do {
                statuses = [try await submit(from: "198.51.100.1"), try await submit(from: "198.51.100.2"), try await submit(from: "198.51.100.1")]
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()
            let (first, second, again) = (statuses[0], statuses[1], statuses[2])
            #expect(first == .seeOther)
            #expect(second == .seeOther, "a second client behind the proxy is not blocked by the first")
            #expect(again == .tooManyRequests)
        }
    }
}
