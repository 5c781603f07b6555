import NIOCore
import NIOEmbedded
import Testing
@testable import PatronMail

@Suite("SMTP replies")
struct SMTPReplyTests {
    func decode(_ chunks: [String]) throws -> [SMTPReply] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(SMTPReplyDecoder()))
        var replies: [SMTPReply] = []
        for chunk in chunks {
            try channel.writeInbound(ByteBuffer(string: chunk))
            while let reply = try channel.readInbound(as: SMTPReply.self) { replies.append(reply) }
        }
        _ = try channel.finish()
        return replies
    }

    @Test("multi-line replies, split anywhere across reads, become one reply each")
    func multiLine() throws {
        let replies = try decode(["250-mail.exa", "mple.org Hello\r\n250-SIZE 35882577\r\n250-AUTH=PLAIN LOGIN\r\n250-",
                                  "STARTTLS\r\n250 ENHANCEDSTATUSCODES\r\n220 2.0.0 Ready\r\n", "354 End data with <CR><LF>.<CR><LF>\n"])
        #expect(replies.count == 3)
        #expect(replies[0].code == 250)
        #expect(replies[0].lines == ["mail.example.org Hello", "SIZE 35882577", "AUTH=PLAIN LOGIN", "STARTTLS", "ENHANCEDSTATUSCODES"])
        #expect(replies[1] == SMTPReply(code: 220, lines: ["2.0.0 Ready"]))
        #expect(replies[2].code == 354)
        let capabilities = SMTPCapabilities(ehloReply: replies[0])
        #expect(capabilities.supports("starttls"))
        #expect(capabilities.authMechanisms == ["PLAIN", "LOGIN"])
        #expect(capabilities.maximumMessageSize == 35_882_577)
    }

    @Test("enhanced status codes are read when they match the reply class")
    func enhancedStatus() {
        let queued = SMTPReply(code: 250, lines: ["2.0.0 Ok: queued as 4Xb2ZP1xyz"])
        #expect(queued.enhancedStatusCode == "2.0.0")
        #expect(queued.text == "Ok: queued as 4Xb2ZP1xyz")
        #expect(SMTPReply(code: 550, lines: ["5.1.1 <x@example.org>: Recipient address rejected"]).enhancedStatusCode == "5.1.1")
        #expect(SMTPReply(code: 550, lines: ["4.1.1 mismatched class"]).enhancedStatusCode == nil)
        #expect(SMTPReply(code: 250, lines: ["OK"]).enhancedStatusCode == nil)
        #expect(SMTPReply(code: 250, lines: ["1.2.3.4 is your address"]).enhancedStatusCode == nil)
        let acceptance = SMTPAcceptance(reply: queued, recipients: [])
        #expect(acceptance.providerMessageID == "Ok: queued as 4Xb2ZP1xyz")
        #expect(acceptance.queueID == "4Xb2ZP1xyz")
    }

    @Test("garbage and changing codes are protocol violations")
    func protocolViolations() throws {
        #expect(throws: SMTPError.self) { try decode(["HTTP/1.1 400 Bad Request\r\n"]) }
        #expect(throws: SMTPError.self) { try decode(["250-a\r\n251 b\r\n"]) }
        #expect(throws: SMTPError.self) { try decode([String(repeating: "2", count: 5000)]) }
    }

    @Test("transient and permanent errors are told apart")
    func errorClasses() {
        #expect(SMTPError(.serverRejected, stage: .rcptTo, reply: SMTPReply(code: 451, lines: ["4.3.0 later"]), detail: "").isTransient)
        #expect(!SMTPError(.serverRejected, stage: .rcptTo, reply: SMTPReply(code: 550, lines: ["5.1.1 no"]), detail: "").isTransient)
        #expect(SMTPError(.connectionFailed, stage: .connect, detail: "").isTransient)
        #expect(!SMTPError(.tls, stage: .tlsHandshake, detail: "").isTransient)
        #expect(SMTPError(.tls, stage: .tlsHandshake, detail: "").needsConfigurationChange)
        let badPassword = SMTPError(.authentication, stage: .auth, reply: SMTPReply(code: 535, lines: ["5.7.8 no"]), detail: "")
        #expect(!badPassword.isTransient && badPassword.needsConfigurationChange)
    }
}
