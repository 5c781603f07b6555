import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Twenty copies of the same refund fired at once over real HTTP on loopback: exactly one is paid.
/// Runs on whichever database the suite runs on (CI runs it on SQLite and on PostgreSQL).
@Suite struct RefundConcurrencyTests {
    @Test func twentySimultaneousRefundsPayExactlyOnce() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let depositID = try deposit.requireID()
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(depositID).href)

            app.http.client.configuration.redirectConfiguration = .disallow
            // On a machine busy with the whole suite the queued requests can take a while: wait for every answer.
            app.http.client.configuration.timeout = .init(connect: .seconds(30), read: .seconds(180))
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let sameKey = UUID().uuidString
            // Ten retries of one request (same key) and ten double-clicks from other tabs (own keys).
            let csrf = browser.csrf
            let cookies = browser.cookies
            let keys = Array(repeating: sameKey, count: 10) + (0..<10).map { _ in UUID().uuidString }
            // A request the client could not complete is reported by the expectations below, and the
            // server is shut down in every case (an HTTP server left running aborts the whole test run).
            let statuses = await withTaskGroup(of: HTTPStatus.self) { group in
                for key in keys {
                    group.addTask {
                        let body = (DepositFixtures.refundForm(key: key) + [("_csrf", csrf)])
                            .map { "\(TestBrowser.encode($0.0))=\(TestBrowser.encode($0.1))" }.joined(separator: "&")
                        var headers = HTTPHeaders()
                        headers.cookie = cookies
                        headers.contentType = .urlEncodedForm
                        let response = try? await app.client.post(URI(string: "http://127.0.0.1:\(port)/deposits/\(depositID)/refund"),
                                                                   headers: headers) { $0.body = ByteBuffer(string: body) }
                        return response?.status ?? HTTPStatus(statusCode: 0)
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            await app.server.shutdown()

            #expect(statuses.count == 20)
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .unprocessableEntity }, "no request failed: \(statuses)")
            #expect(statuses.filter { $0 == .seeOther }.count == 10, "the paid request and its nine replays")
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == 10, "the other tabs are told it was paid")
            let refunds = try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .refunded).count()
            #expect(refunds == 1)
            #expect(try await Deposit.find(depositID, on: app.db)?.balanceSatang == 0)
        }
    }
}
