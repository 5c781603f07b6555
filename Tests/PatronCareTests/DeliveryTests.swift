import Fluent
import Foundation
import MailTestSupport
import PatronCore
import PatronMail
import Testing
import VaporTesting
@testable import PatronCare

/// E-mail delivery against a real SMTP server on loopback (aiosmtpd); SMS and LINE are in
/// `GatewayDeliveryTests`, which need no SMTP server.
@Suite(.enabled(if: TestEnvironment.hasAiosmtpd, "needs python3 with aiosmtpd (pip install aiosmtpd)"))
struct DeliveryTests {
    static func emailConfig(port: Int) -> ChannelsConfig.Email {
        ChannelsConfig.Email(smtp: SMTPConfiguration(host: "127.0.0.1", port: port, security: .none, heloName: "patroncare.test"),
                             fromAddress: "library@example.ac.th", fromName: "ห้องสมุด", connections: 2)
    }

    @Test func aThaiRenewalReminderArrivesByEmailAndIsMarkedSent() async throws {
        let server = try await TestSMTPServer.start()
        defer { server.stop() }
        try await withTestApp { app in
            app.config.channels.email = Self.emailConfig(port: server.port)
            try await ReminderFixtures.arrange(on: app)
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            let round = try await Deliverer(app: app).deliver(now: { pinnedNow })
            #expect(round.sent == 1)

            let received = try server.receivedMessages()
            #expect(received.count == 1)
            let message = try await #require(received.first).decoded()
            let row = try #require(try await OutboxMessage.query(on: app.db).filter(\.$address == "malee@example.org").first())
            #expect(message.subject == row.subject)
            #expect(row.subject.contains("ต่ออายุ") || row.subject.contains("หมดอายุ"))
            #expect(message.text?.contains("มาลี") == true)
            #expect(message.text?.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                    == row.body.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(message.to.first?.address == "malee@example.org")
            #expect(row.status == .sent)
            #expect(!row.providerMessageID.isEmpty)
            #expect(try await OutboxAttempt.query(on: app.db).count() == 1)

            let again = try await Deliverer(app: app).deliver(now: { pinnedNow.addingTimeInterval(3600) })
            #expect(again.claimed == 0, "a sent message is never sent again")
            #expect(try server.receivedMessages().count == 1)
        }
    }

    @Test func anSMTPServerThatIsDownLeavesTheMessageQueuedForARetry() async throws {
        let closed = try await TestEnvironment.closedPort()
        try await withTestApp { app in
            app.config.channels.email = Self.emailConfig(port: closed)
            try await ReminderFixtures.arrange(on: app)
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            var deliverer = Deliverer(app: app)
            deliverer.jitter = JitterStyle.none
            let round = try await deliverer.deliver(now: { pinnedNow })
            #expect(round.retried == 1)
            let row = try #require(try await OutboxMessage.query(on: app.db).filter(\.$address == "malee@example.org").first())
            #expect(row.status == .failed)
            #expect(row.attempts == 1)
            #expect(row.nextAttemptAt == pinnedNow.addingTimeInterval(60), "first retry after a minute")
            #expect(!row.lastError.isEmpty)
        }
    }
}
