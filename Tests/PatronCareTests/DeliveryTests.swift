import Fluent
import Foundation
import MailTestSupport
import PatronCore
import PatronMail
import Testing
import VaporTesting
@testable import PatronCare

/// Delivery against real servers on loopback: aiosmtpd for e-mail, a local HTTP server for the SMS
/// gateway and the LINE Messaging API.
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

    @Test func smsAndLINEReachTheirGatewaysRetryingAfterA500AndA429() async throws {
        let gateway = try await TestGateway.start()
        try await withTestApp { app in
            app.config.channels.sms = ChannelsConfig.SMS(
                url: gateway.baseURL + "/sms", method: .POST, authHeaderName: "Authorization", authHeaderValue: "Bearer sms-secret",
                bodyTemplate: #"{"to": "{{to}}", "message": "{{text}}"}"#, contentType: "application/json", messageIDField: "message_id")
            app.config.channels.line = ChannelsConfig.LINE(baseURL: gateway.baseURL, channelAccessToken: "line-token")
            let in30Days = pinnedToday.adding(days: 30)
            try await MemberFixtures.store(ReminderFixtures.draft("SMS-1", type: .externalB, expires: in30Days,
                                                                 consent: ChannelConsent(sms: true), mobile: "0812345678"), on: app)
            try await MemberFixtures.store(ReminderFixtures.draft("LINE-1", type: .externalB, expires: in30Days,
                                                                 consent: ChannelConsent(line: true), line: "U1234567890abcdef"), on: app)
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            gateway.script("/sms", [(.internalServerError, [:])])
            gateway.script("/v2/bot/message/push", [(.tooManyRequests, ["Retry-After": "300"])])
            var deliverer = Deliverer(app: app)
            deliverer.jitter = JitterStyle.none

            let first = try await deliverer.deliver(now: { pinnedNow })
            #expect(first.retried == 2)
            let line = try #require(try await OutboxMessage.query(on: app.db).filter(\.$channel == .line).first())
            #expect(line.nextAttemptAt == pinnedNow.addingTimeInterval(300), "LINE's Retry-After is honoured")
            let early = try await deliverer.deliver(now: { pinnedNow.addingTimeInterval(120) })
            #expect(early.sent == 1, "the SMS retry is due after a minute; LINE waits")

            let later = try await deliverer.deliver(now: { pinnedNow.addingTimeInterval(600) })
            #expect(later.sent == 1)
            let rows = try await OutboxMessage.query(on: app.db).all()
            #expect(rows.allSatisfy { $0.status == .sent })
            #expect(rows.first { $0.channel == .sms }?.providerMessageID == "sms-42")

            let sms = gateway.received.filter { $0.path == "/sms" }
            #expect(sms.count == 2)
            let smsBody = try JSONSerialization.jsonObject(with: Data(try #require(sms.last).body.utf8)) as? [String: String]
            #expect(smsBody?["to"] == "0812345678")
            #expect(smsBody?["message"]?.contains("มาลี") == true || smsBody?["message"]?.contains("สมาชิก") == true)
            #expect(sms.last?.headers.first(name: .authorization) == "Bearer sms-secret")

            let pushes = gateway.received.filter { $0.path == "/v2/bot/message/push" }
            #expect(pushes.count == 2)
            #expect(pushes.last?.headers.bearerAuthorization?.token == "line-token")
            #expect(pushes.first?.headers.first(name: "X-Line-Retry-Key") == pushes.last?.headers.first(name: "X-Line-Retry-Key"),
                    "the retry carries the same key so LINE can drop a repeat")
            let push = try JSONSerialization.jsonObject(with: Data(try #require(pushes.last).body.utf8)) as? [String: Any]
            #expect(push?["to"] as? String == "U1234567890abcdef")
        }
        try await gateway.stop()
    }

    @Test func aPermanentFailureFallsBackToTheMembersNextChannel() async throws {
        let gateway = try await TestGateway.start()
        try await withTestApp { app in
            app.config.channels.line = ChannelsConfig.LINE(baseURL: gateway.baseURL, channelAccessToken: "line-token")
            app.config.channels.sms = ChannelsConfig.SMS(
                url: gateway.baseURL + "/sms", method: .POST, authHeaderName: "Authorization", authHeaderValue: "",
                bodyTemplate: #"{"to": "{{to}}", "message": "{{text}}"}"#, contentType: "application/json", messageIDField: "message_id")
            try await MemberFixtures.store(ReminderFixtures.draft("BOTH-1", type: .externalB, expires: pinnedToday.adding(days: 30),
                                                                 consent: ChannelConsent(sms: true, line: true), mobile: "0899999999",
                                                                 line: "Ublocked"), on: app)
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            gateway.script("/v2/bot/message/push", [(.badRequest, [:])])
            let round = try await Deliverer(app: app).deliver(now: { pinnedNow })
            #expect(round.fellBack == 1)
            #expect(round.sent == 1, "the SMS goes out in the next round of the same run")
            let row = try #require(try await OutboxMessage.query(on: app.db).first())
            #expect(row.channel == .sms && row.status == .sent)
            #expect(try await OutboxAttempt.query(on: app.db).all().map(\.result).sorted() == ["fallback", "sent"])
        }
        try await gateway.stop()
    }
}
