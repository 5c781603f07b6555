/// The step of an SMTP session where something happened.
public enum SMTPStage: String, Sendable, Equatable {
    case connect
    case tlsHandshake = "TLS handshake"
    case greeting
    case ehlo = "EHLO"
    case helo = "HELO"
    case startTLS = "STARTTLS"
    case auth = "AUTH"
    case mailFrom = "MAIL FROM"
    case rcptTo = "RCPT TO"
    case data = "DATA"
    /// Waiting for the reply to the final "." of the message. A failure here is `unknown`.
    case endOfData = "end of DATA"
    case reset = "RSET"
    case quit = "QUIT"
    case render = "rendering"
}

/// What went wrong, where, and whether trying again later can help.
///
/// | kind | typical cause | `isTransient` |
/// | --- | --- | --- |
/// | `connectionFailed` | server down, port closed, DNS, connect timeout | yes |
/// | `timeout` | no reply in time | yes |
/// | `connectionClosed` | the server hung up | yes |
/// | `serverRejected` | a 4xx or 5xx reply | 4xx yes, 5xx no |
/// | `tls` | certificate not trusted, handshake failed, STARTTLS not offered | no: fix the configuration |
/// | `authentication` | wrong user or password (535), mechanism not offered | only for 454 |
/// | `unsupported` | a needed extension is missing | no |
/// | `protocolViolation` | the server said something that is not SMTP | no |
/// | `invalidMessage` | the message cannot be sent as it is (bad address, header) | no |
public struct SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case connectionFailed
        case timeout
        case connectionClosed
        case serverRejected
        case tls
        case authentication
        case unsupported
        case protocolViolation
        case invalidMessage
    }

    public var kind: Kind
    public var stage: SMTPStage
    /// The server's reply, when the error is one.
    public var reply: SMTPReply?
    public var detail: String

    public init(_ kind: Kind, stage: SMTPStage = .render, reply: SMTPReply? = nil, detail: String) {
        self.kind = kind
        self.stage = stage
        self.reply = reply
        self.detail = detail
    }

    /// Whether the same attempt may succeed later without anyone changing anything.
    public var isTransient: Bool {
        switch kind {
        case .connectionFailed, .timeout, .connectionClosed: return true
        case .serverRejected, .authentication: return reply.map { $0.code < 500 } ?? false
        case .tls, .unsupported, .protocolViolation, .invalidMessage: return false
        }
    }

    /// TLS, authentication and missing extensions: the channel's configuration (or the server's) needs
    /// a person; the messages themselves are fine. An outbox should pause the channel and alert.
    public var needsConfigurationChange: Bool {
        switch kind {
        case .tls, .unsupported: return true
        case .authentication: return !isTransient
        default: return false
        }
    }

    public var description: String {
        var s = "SMTP \(kind.rawValue) at \(stage.rawValue): \(detail)"
        if let reply { s += " (server: \(reply))" }
        return s
    }
}
