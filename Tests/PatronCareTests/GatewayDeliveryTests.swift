import Fluent
import Foundation
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

/// SMS and LINE delivery against a local HTTP server playing the gateway and the LINE Messaging
/// API: errors (500, 429 with Retry-After, 400), a gateway that does not answer in time, fallbacks.
/// Nothing here needs an SMTP server.
@Suite struct GatewayDeliveryTests {
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

    @Test func aGatewayThatDoesNotAnswerInTimeIsRetriedLaterAndNothingIsSentTwice() async throws {
        let gateway = try await TestGateway.start()
        try await withTestApp { app in
            // Well under the gateway's slow answer (3 s), with room for a busy machine.
            app.http.client.configuration.timeout = .init(connect: .seconds(2), read: .milliseconds(1_500))
            app.config.channels.sms = ChannelsConfig.SMS(
                url: gateway.baseURL + "/sms", method: .POST, authHeaderName: "Authorization", authHeaderValue: "",
                bodyTemplate: #"{"to": "{{to}}", "message": "{{text}}"}"#, contentType: "application/json", messageIDField: "message_id")
            for n in 1...3 {
                try await MemberFixtures.store(ReminderFixtures.draft("SLOW-\(n)", type: .externalB, expires: pinnedToday.adding(days: 30),
                                                                     consent: ChannelConsent(sms: true), mobile: "081234567\(n)"), on: app)
            }
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            gateway.slowDown("/sms", count: 3)
            var deliverer = Deliverer(app: app)
            deliverer.jitter = JitterStyle.none
            let first = try await deliverer.deliver(now: { pinnedNow })
            #expect((first.sent, first.retried) == (0, 3), "a timeout is a transient failure")
            let rows = try await OutboxMessage.query(on: app.db).all()
            #expect(rows.allSatisfy { $0.status == .failed && $0.lastError.contains("SMS gateway unreachable") }, "\(rows.map(\.lastError))")
            let second = try await deliverer.deliver(now: { pinnedNow.addingTimeInterval(120) })
            #expect(second.sent == 3)
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$status == .sent).count() == 3)
            // The gateway saw each number once per attempt (the slow answers came too late to count as sent).
            try await Task.sleep(for: TestGateway.slowAnswer)
            print("gateway timeout: \(gateway.received.count) requests for 3 messages, 3 sent after the retry")
        }
        try await gateway.stop()
    }
}
