import Foundation
import NIOCore
import PatronCore
import PatronMail
import Vapor

/// A message as a channel sends it: the outbox row's text, address and a stable id, so a retry of
/// the same row carries the same Message-ID (e-mail) or retry key (LINE).
struct OutgoingMessage: Sendable {
    let id: UUID
    let channel: ContactChannel
    let recipientName: String
    let address: String
    let subject: String
    let body: String
    let htmlBody: String

    init(_ row: OutboxMessage) {
        id = row.id ?? UUID()
        channel = row.channel
        recipientName = row.recipientName
        address = row.address
        subject = row.subject
        body = row.body
        htmlBody = row.htmlBody
    }
}

/// E-mail over SMTP with the project's own client: one batch, a few reused connections.
struct EmailChannel: Sendable {
    let config: ChannelsConfig.Email

    /// `onResult` hears each message's result as the SMTP server answers it (see `SMTPSender`).
    func send(_ messages: [OutgoingMessage], now: Date,
              onResult: @escaping @Sendable (UUID, DeliveryResult) async -> Void = { _, _ in }) async -> [UUID: DeliveryResult] {
        let domain = config.fromAddress.split(separator: "@").last.map(String.init) ?? "localhost"
        let emails = messages.map { message in
            EmailMessage(from: EmailAddress(config.fromAddress, name: config.fromName),
                         to: [EmailAddress(message.address, name: message.recipientName)], subject: message.subject,
                         textBody: message.body, htmlBody: message.htmlBody.isEmpty ? nil : message.htmlBody, date: now,
                         messageID: "\(message.id.uuidString.lowercased())@\(domain)")
        }
        let sender = SMTPSender(configuration: config.smtp, connections: config.connections)
        let ids = messages.map(\.id)
        let results = await sender.send(emails) { index, result in await onResult(ids[index], Self.deliveryResult(result)) }
        var outcome: [UUID: DeliveryResult] = [:]
        for (message, result) in zip(messages, results) { outcome[message.id] = Self.deliveryResult(result) }
        return outcome
    }

    static func deliveryResult(_ result: SMTPSendResult) -> DeliveryResult {
        switch result {
        case .accepted(let acceptance):
            return .accepted(providerMessageID: acceptance.providerMessageID)
        case .failed(let failure):
            let reason = String(describing: failure.error)
            return failure.isPermanent ? .permanentFailure(reason: reason) : .transientFailure(reason: reason, retryAfter: nil)
        case .unknown(let error):
            // The server may have taken it; the same Message-ID goes out again, which mail
            // systems recognise as one message.
            return .transientFailure(reason: "no answer after the message was sent: \(error)", retryAfter: nil)
        }
    }
}

/// SMS through an HTTP gateway whose request shape comes from configuration.
struct SMSChannel: Sendable {
    let config: ChannelsConfig.SMS
    let client: any Client

    func send(_ message: OutgoingMessage, now: Date) async -> DeliveryResult {
        let body = config.bodyTemplate
            .replacingOccurrences(of: "{{to}}", with: Self.jsonEscaped(message.address))
            .replacingOccurrences(of: "{{text}}", with: Self.jsonEscaped(message.body))
            .replacingOccurrences(of: "{{id}}", with: message.id.uuidString)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: config.contentType + "; charset=utf-8")
        if !config.authHeaderValue.isEmpty { headers.replaceOrAdd(name: config.authHeaderName, value: config.authHeaderValue) }
        do {
            let response = try await client.send(config.method, headers: headers, to: URI(string: config.url)) {
                $0.body = ByteBuffer(string: body)
            }.get()
            let result = DeliveryResult.http(status: Int(response.status.code), retryAfter: response.headers.first(name: "Retry-After"),
                                             now: now, reason: response.body.map { String(buffer: $0).prefix(200).description } ?? "")
            if case .accepted = result { return .accepted(providerMessageID: Self.field(config.messageIDField, in: response.body)) }
            return result
        } catch {
            return .transientFailure(reason: "SMS gateway unreachable: \(error)", retryAfter: nil)
        }
    }

    static func jsonEscaped(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }

    static func field(_ name: String, in body: ByteBuffer?) -> String? {
        guard let body, let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else { return nil }
        return object[name].map { "\($0)" }
    }
}

/// LINE Messaging API push (`POST /v2/bot/message/push`); the retry key makes LINE drop a repeat.
struct LINEChannel: Sendable {
    let config: ChannelsConfig.LINE
    let client: any Client

    struct Push: Content {
        struct Text: Content {
            let type: String
            let text: String
        }

        let to: String
        let messages: [Text]
    }

    func send(_ message: OutgoingMessage, now: Date) async -> DeliveryResult {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: config.channelAccessToken)
        headers.replaceOrAdd(name: "X-Line-Retry-Key", value: message.id.uuidString.lowercased())
        do {
            let response = try await client.post(URI(string: config.baseURL + "/v2/bot/message/push"), headers: headers) {
                try $0.content.encode(Push(to: message.address, messages: [.init(type: "text", text: message.body)]), as: .json)
            }
            // 409: LINE already accepted a request with this retry key — it was delivered before.
            if response.status == .conflict { return .accepted(providerMessageID: response.headers.first(name: "x-line-accepted-request-id")) }
            let result = DeliveryResult.http(status: Int(response.status.code), retryAfter: response.headers.first(name: "Retry-After"),
                                             now: now, reason: response.body.map { String(buffer: $0).prefix(200).description } ?? "")
            if case .accepted = result { return .accepted(providerMessageID: response.headers.first(name: "x-line-request-id")) }
            return result
        } catch {
            return .transientFailure(reason: "LINE unreachable: \(error)", retryAfter: nil)
        }
    }
}
