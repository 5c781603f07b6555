import Foundation
import NIOCore
import Testing
@testable import PatronMail
import MailTestSupport

/// Against a real SMTP server (aiosmtpd, Support/smtp_server.py) on 127.0.0.1.
@Suite("SMTP client against a local server",
       .enabled(if: TestEnvironment.hasAiosmtpd, "needs python3 with aiosmtpd: pip install aiosmtpd"))
struct SMTPClientTests {
    // MARK: - Delivery

    @Test("a Thai message arrives exactly: subject, names, recipients, plain and HTML bodies, headers")
    func deliversThaiMessageExactly() async throws {
        let server = try await TestSMTPServer.start()
        var message = Fixtures.message(number: 1)
        message.cc = [EmailAddress("copy@example.org", name: "สำเนา")]
        message.bcc = [EmailAddress("audit@example.org")]
        message.envelopeSender = "bounces@example.ac.th"

        let connection = try await SMTPConnection.connect(server.configuration())
        let result = await connection.send(message)
        await connection.close()

        let acceptance = try #require({ if case .accepted(let a) = result { a } else { nil } }(), "\(result)")
        let received = try server.receivedMessages()
        try #require(received.count == 1)
        #expect(acceptance.queueID == received[0].envelope.queue_id)
        #expect(acceptance.providerMessageID == "Ok: queued as \(received[0].envelope.queue_id)")
        #expect(acceptance.recipients.map(\.address) == ["somchai@example.org", "copy@example.org", "audit@example.org"])
        #expect(received[0].envelope.mail_from == "bounces@example.ac.th")
        #expect(received[0].envelope.rcpt_tos == ["somchai@example.org", "copy@example.org", "audit@example.org"])

        let decoded = try await received[0].decoded()
        #expect(decoded.defects.isEmpty)
        #expect(decoded.subject == message.subject)
        #expect(decoded.from == [.init(name: "ศูนย์บรรณสารสนเทศ มหาวิทยาลัย", address: "library@example.ac.th")])
        #expect(decoded.to == [.init(name: "สมชาย ใจดี", address: "somchai@example.org")])
        #expect(decoded.cc == [.init(name: "สำเนา", address: "copy@example.org")])
        #expect(decoded.reply_to == [.init(name: "Circulation, Counter 1", address: "counter@example.ac.th")])
        #expect(decoded.message_id == "<\(message.messageID)>")
        #expect(decoded.date == "2025-03-04T09:05:09+00:00")
        #expect(decoded.mime_version == "1.0")
        #expect(decoded.content_type == "multipart/alternative")
        #expect(decoded.part_types == ["multipart/alternative", "text/plain", "text/html"])
        #expect(decoded.transfer_encodings == ["base64", "base64"])
        #expect(decoded.charsets == ["utf-8", "utf-8"])
        #expect(decoded.text == Fixtures.crlf(Fixtures.thaiText))
        #expect(decoded.html == Fixtures.crlf(Fixtures.thaiHTML))
        #expect(decoded.headers["list-unsubscribe"] == "<https://library.example.ac.th/unsubscribe?m=6401234>, <mailto:unsubscribe@example.ac.th>")
        #expect(decoded.headers["bcc"] == nil)
        for line in received[0].rawHeaderLines where !line.hasPrefix("Message-ID:") { #expect(line.utf8.count <= 78, "\(line)") }
    }

    @Test("one connection carries many messages (RSET between them), each with its own Message-ID")
    func reusesOneConnection() async throws {
        let server = try await TestSMTPServer.start()
        let messages = (1...25).map { Fixtures.message(number: $0) }
        let connection = try await SMTPConnection.connect(server.configuration())
        var results: [SMTPSendResult] = []
        for message in messages { results.append(await connection.send(message)) }
        await connection.close()

        #expect(results.allSatisfy { $0.isAccepted })
        let received = try server.receivedMessages()
        #expect(received.count == 25)
        #expect(Set(received.map(\.envelope.peer_port)).count == 1, "all over one connection")
        #expect(received.compactMap(\.messageIDHeader) == messages.map { "<\($0.messageID)>" })
        #expect(Set(received.compactMap(\.messageIDHeader)).count == 25)
    }

    @Test("the pool sends a batch over 4 reused connections, one result per message, in order")
    func poolSendsBatchInOrder() async throws {
        let server = try await TestSMTPServer.start()
        let messages = (1...120).map { Fixtures.message(number: $0, html: $0 % 2 == 0) }
        let results = await SMTPSender(configuration: server.configuration(), connections: 4).send(messages)

        #expect(results.count == 120)
        #expect(results.allSatisfy { $0.isAccepted })
        let received = try server.receivedMessages()
        #expect(received.count == 120)
        let ports = Set(received.map(\.envelope.peer_port))
        #expect(ports.count >= 2 && ports.count <= 4, "\(ports.count) connections")
        // Result i belongs to message i: its queue id is the one the server gave that Message-ID.
        let queueByMessageID = Dictionary(uniqueKeysWithValues: received.map { ($0.messageIDHeader!, $0.envelope.queue_id) })
        for (message, result) in zip(messages, results) {
            let acceptance = try #require({ if case .accepted(let a) = result { a } else { nil } }())
            #expect(acceptance.queueID == queueByMessageID["<\(message.messageID)>"])
        }
    }

    @Test("HELO is used when the server refuses EHLO")
    func heloFallback() async throws {
        let server = try await TestSMTPServer.start(["--no-ehlo"])
        let connection = try await SMTPConnection.connect(server.configuration())
        #expect(await connection.capabilities.isExtended == false)
        let result = await connection.send(Fixtures.message())
        await connection.close()
        #expect(result.isAccepted)
        #expect(try server.receivedMessages().count == 1)
    }

    @Test("an invalid message in a batch fails alone and permanently; the others are sent")
    func invalidMessageInBatch() async throws {
        let server = try await TestSMTPServer.start()
        var messages = (1...3).map { Fixtures.message(number: $0) }
        messages[1].subject = "Hello\r\nBcc: everyone@example.org"
        let results = await SMTPSender(configuration: server.configuration(), connections: 2).send(messages)
        #expect(results[0].isAccepted && results[2].isAccepted)
        #expect(results[1].failure?.isPermanent == true)
        #expect(results[1].failure?.error.kind == .invalidMessage)
        #expect(try server.receivedMessages().count == 2)
    }

    // MARK: - TLS and AUTH

    @Test("STARTTLS with the server's certificate trusted from a CA file, then EHLO again",
          .enabled(if: TestEnvironment.hasOpenSSL, "needs openssl"))
    func startTLSTrustingCAFile() async throws {
        let tls = try await TestEnvironment.makeCertificate()
        defer { withExtendedLifetime(tls) {} }
        let server = try await TestSMTPServer.start(["--tls-cert", tls.certificate, "--tls-key", tls.key, "--require-starttls"])
        let connection = try await SMTPConnection.connect(
            server.configuration(security: .startTLS, verification: .trustingCA(pemFile: tls.certificate)))
        #expect(await connection.isEncrypted)
        #expect(await connection.capabilities.supports("STARTTLS") == false, "capabilities are from the EHLO after TLS")
        let result = await connection.send(Fixtures.message())
        await connection.close()
        #expect(result.isAccepted, "\(result)")
        let received = try server.receivedMessages()
        #expect(received.count == 1)
        #expect(received.first?.envelope.tls == true)
    }

    @Test("implicit TLS (port 465 style)", .enabled(if: TestEnvironment.hasOpenSSL, "needs openssl"))
    func implicitTLS() async throws {
        let tls = try await TestEnvironment.makeCertificate()
        defer { withExtendedLifetime(tls) {} }
        let server = try await TestSMTPServer.start(["--tls-cert", tls.certificate, "--tls-key", tls.key, "--implicit-tls"])
        let results = await SMTPSender(
            configuration: server.configuration(security: .tls, verification: .trustingCA(pemFile: tls.certificate)),
            connections: 2
        ).send((1...4).map { Fixtures.message(number: $0) })
        #expect(results.allSatisfy { $0.isAccepted }, "\(results)")
        #expect(try server.receivedMessages().count == 4)
    }

    @Test("an untrusted certificate is a TLS failure, not transient, and nothing is sent",
          .enabled(if: TestEnvironment.hasOpenSSL, "needs openssl"))
    func untrustedCertificate() async throws {
        let tls = try await TestEnvironment.makeCertificate()
        defer { withExtendedLifetime(tls) {} }
        let server = try await TestSMTPServer.start(["--tls-cert", tls.certificate, "--tls-key", tls.key])
        let error = await #expect(throws: SMTPError.self) {
            _ = try await SMTPConnection.connect(server.configuration(security: .startTLS, verification: .full))
        }
        #expect(error?.kind == .tls)
        #expect(error?.stage == .tlsHandshake)
        #expect(error?.isTransient == false)
        #expect(error?.needsConfigurationChange == true)

        let results = await SMTPSender(configuration: server.configuration(security: .startTLS, verification: .full))
            .send((1...5).map { Fixtures.message(number: $0) })
        for result in results {
            #expect(result.failure?.error.kind == .tls)
            #expect(result.failure?.disposition == .transient, "the messages are fine: send them once TLS is fixed")
        }
        #expect(try server.receivedMessages().isEmpty)
    }

    @Test("STARTTLS required by the configuration but not offered: no plain-text fallback")
    func startTLSNotOffered() async throws {
        let server = try await TestSMTPServer.start()
        let error = await #expect(throws: SMTPError.self) {
            _ = try await SMTPConnection.connect(server.configuration(security: .startTLS))
        }
        #expect(error?.kind == .tls)
        #expect(error?.stage == .startTLS)
    }

    @Test("AUTH is accepted over STARTTLS", .enabled(if: TestEnvironment.hasOpenSSL, "needs openssl"),
          arguments: [SMTPConfiguration.AuthMechanism.automatic, .plain, .login])
    func authAccepted(_ mechanism: SMTPConfiguration.AuthMechanism) async throws {
        let tls = try await TestEnvironment.makeCertificate()
        defer { withExtendedLifetime(tls) {} }
        let server = try await TestSMTPServer.start(["--tls-cert", tls.certificate, "--tls-key", tls.key, "--auth", "librarian:ห้องสมุด-s3cret"])
        let configuration = server.configuration(
            security: .startTLS,
            credentials: .init(username: "librarian", password: "ห้องสมุด-s3cret", mechanism: mechanism))
        let results = await SMTPSender(configuration: configuration, connections: 2).send((1...3).map { Fixtures.message(number: $0) })
        #expect(results.allSatisfy { $0.isAccepted }, "\(results)")
        let received = try server.receivedMessages()
        #expect(received.count == 3)
        let expected = mechanism == .login ? "LOGIN" : "PLAIN"
        #expect(received.allSatisfy { $0.envelope.auth_mechanism == expected })
    }

    @Test("a wrong password is an authentication failure with the server's reply; nothing is sent",
          .enabled(if: TestEnvironment.hasOpenSSL, "needs openssl"))
    func wrongPassword() async throws {
        let tls = try await TestEnvironment.makeCertificate()
        defer { withExtendedLifetime(tls) {} }
        let server = try await TestSMTPServer.start(["--tls-cert", tls.certificate, "--tls-key", tls.key, "--auth", "librarian:right"])
        let configuration = server.configuration(security: .startTLS, credentials: .init(username: "librarian", password: "wrong"))
        let error = await #expect(throws: SMTPError.self) { _ = try await SMTPConnection.connect(configuration) }
        #expect(error?.kind == .authentication)
        #expect(error?.reply?.code == 535)
        #expect(error?.isTransient == false)
        #expect(error?.description.contains("wrong") == false, "the password is never in an error")

        let results = await SMTPSender(configuration: configuration).send((1...6).map { Fixtures.message(number: $0) })
        #expect(results.allSatisfy { $0.failure?.error.kind == .authentication && $0.failure?.disposition == .transient })
        #expect(try server.receivedMessages().isEmpty)
    }

    @Test("the password is not sent over a connection without TLS")
    func noAuthWithoutTLS() async throws {
        let server = try await TestSMTPServer.start(["--auth", "librarian:right"])
        let error = await #expect(throws: SMTPError.self) {
            _ = try await SMTPConnection.connect(server.configuration(credentials: .init(username: "librarian", password: "right")))
        }
        #expect(error?.kind == .authentication)
        #expect(error?.reply == nil, "refused before any AUTH command")
    }

    // MARK: - Faults

    @Test("server down: a transient connection error, and every message of a batch reported")
    func serverDown() async throws {
        let port = try await TestEnvironment.closedPort()
        let configuration = SMTPConfiguration(host: "127.0.0.1", port: port, security: .none)
        let error = await #expect(throws: SMTPError.self) { _ = try await SMTPConnection.connect(configuration) }
        #expect(error?.kind == .connectionFailed)
        #expect(error?.isTransient == true)

        let results = await SMTPSender(configuration: configuration).send((1...10).map { Fixtures.message(number: $0) })
        #expect(results.count == 10)
        for result in results {
            #expect(result.failure?.disposition == .transient)
            #expect(result.failure?.error.kind == .connectionFailed)
        }
    }

    @Test("a server that refuses the session at the greeting", arguments: [
        ("554 5.3.2 No SMTP service here", false),
        ("421 4.3.2 Too busy, try later", true),
    ])
    func greetingRefused(_ greeting: String, _ transient: Bool) async throws {
        let server = try await TestSMTPServer.start(["--greeting", greeting])
        let results = await SMTPSender(configuration: server.configuration()).send([Fixtures.message()])
        let failure = try #require(results.first?.failure)
        #expect(failure.error.stage == .greeting)
        #expect(failure.error.reply?.code == Int(greeting.prefix(3)))
        #expect(failure.error.isTransient == transient)
        #expect(failure.disposition == .transient, "not the message's fault")
    }

    @Test("a server that never answers: a transient timeout")
    func silentServer() async throws {
        let server = try await TestSMTPServer.start(["--silent"])
        let configuration = server.configuration(commandTimeout: .milliseconds(400))
        let error = await #expect(throws: SMTPError.self) { _ = try await SMTPConnection.connect(configuration) }
        #expect(error?.kind == .timeout)
        #expect(error?.stage == .greeting)
        #expect(error?.isTransient == true)
    }

    @Test("RCPT 451 is a transient failure, 550 a permanent one; the connection goes on")
    func recipientRejections() async throws {
        let server = try await TestSMTPServer.start([
            "--reject", "later@example.org=451 4.3.0 Mailbox busy, try later",
            "--reject", "nobody@example.org=550 5.1.1 No such user here",
        ])
        let connection = try await SMTPConnection.connect(server.configuration())
        let later = await connection.send(Fixtures.message(number: 1, to: [EmailAddress("later@example.org")]))
        let nobody = await connection.send(Fixtures.message(number: 2, to: [EmailAddress("nobody@example.org")]))
        let mixed = await connection.send(Fixtures.message(number: 3, to: [EmailAddress("nobody@example.org"), EmailAddress("ok@example.org")]))
        let fine = await connection.send(Fixtures.message(number: 4))
        await connection.close()

        let transient = try #require(later.failure)
        #expect(transient.disposition == .transient)
        #expect(transient.error.stage == .rcptTo)
        #expect(transient.error.reply?.code == 451)
        #expect(transient.error.reply?.enhancedStatusCode == "4.3.0")
        #expect(transient.recipients.map(\.reply.code) == [451])

        let permanent = try #require(nobody.failure)
        #expect(permanent.disposition == .permanent)
        #expect(permanent.error.reply?.code == 550)
        #expect(permanent.error.reply?.text == "No such user here")

        let partial = try #require({ if case .accepted(let a) = mixed { a } else { nil } }())
        #expect(partial.rejectedRecipients.map(\.address) == ["nobody@example.org"])
        #expect(fine.isAccepted)

        let received = try server.receivedMessages()
        #expect(received.map(\.envelope.rcpt_tos) == [["ok@example.org"], ["somchai@example.org"]])
    }

    @Test("421 (service closing) mid-session: the pool retries once on a new connection, then reports it transient")
    func serviceClosing() async throws {
        let server = try await TestSMTPServer.start(["--reject", "closing@example.org=421 4.7.0 Closing connection, try later"])
        var messages = (1...4).map { Fixtures.message(number: $0) }
        messages[1].to = [EmailAddress("closing@example.org")]
        let results = await SMTPSender(configuration: server.configuration(), connections: 1).send(messages)

        let failure = try #require(results[1].failure)
        #expect(failure.disposition == .transient)
        #expect(failure.error.kind == .connectionClosed)
        #expect(failure.error.reply?.code == 421)
        #expect(results[0].isAccepted && results[2].isAccepted && results[3].isAccepted)
        let received = try server.receivedMessages()
        #expect(received.count == 3)
        // First connection: message 1 then 421; second: the retry, 421 again; third: messages 3 and 4.
        #expect(Set(received.map(\.envelope.peer_port)).count == 2)
    }

    @Test("the server closes the connection every 3 messages: the pool reconnects, all arrive once")
    func serverClosesConnections() async throws {
        let server = try await TestSMTPServer.start(["--close-after", "3"])
        let messages = (1...10).map { Fixtures.message(number: $0) }
        let results = await SMTPSender(configuration: server.configuration(), connections: 1).send(messages)

        #expect(results.allSatisfy { $0.isAccepted }, "\(results)")
        let received = try server.receivedMessages()
        #expect(received.count == 10)
        #expect(Set(received.compactMap(\.messageIDHeader)) == Set(messages.map { "<\($0.messageID)>" }))
        #expect(Set(received.map(\.envelope.peer_port)).count == 4)
    }

    @Test("the connection drops after the final dot: that message is unknown, not resent; the rest arrive once")
    func droppedAfterData() async throws {
        let server = try await TestSMTPServer.start(["--drop-at", "4"])
        let messages = (1...10).map { Fixtures.message(number: $0) }
        let results = await SMTPSender(configuration: server.configuration(), connections: 1).send(messages)

        #expect(results.count == 10)
        guard case .unknown(let error) = results[3] else {
            Issue.record("message 4 should be unknown, got \(results[3])")
            return
        }
        #expect(error.stage == .endOfData)
        #expect(error.kind == .connectionClosed)
        for (i, result) in results.enumerated() where i != 3 { #expect(result.isAccepted, "message \(i + 1): \(result)") }

        let received = try server.receivedMessages()
        #expect(received.count == 10, "the dropped message was stored once and never sent again")
        let ids = received.compactMap(\.messageIDHeader)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == Set(messages.map { "<\($0.messageID)>" }))
    }

    @Test("concurrent sends on one connection are served one after the other")
    func concurrentSendsOnOneConnection() async throws {
        let server = try await TestSMTPServer.start()
        let connection = try await SMTPConnection.connect(server.configuration())
        let results = await withTaskGroup(of: SMTPSendResult.self) { group in
            for n in 1...8 { group.addTask { await connection.send(Fixtures.message(number: n)) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        await connection.close()
        #expect(results.allSatisfy { $0.isAccepted }, "\(results)")
        #expect(try server.receivedMessages().count == 8)
    }
}
