import Foundation

/// One recipient's answer to `RCPT TO`.
public struct SMTPRecipientResult: Sendable, Equatable {
    public var address: String
    public var reply: SMTPReply

    public init(address: String, reply: SMTPReply) {
        self.address = address
        self.reply = reply
    }

    /// 250 or 251.
    public var isAccepted: Bool { reply.code == 250 || reply.code == 251 }
}

/// The server took the message (250 after the final ".").
public struct SMTPAcceptance: Sendable, Equatable {
    /// The text of the 250 reply after DATA, without the enhanced status code
    /// (Postfix: `Ok: queued as 4Xb2ZP1xyz`). Store it as the provider message id.
    public var providerMessageID: String
    /// The queue id when the reply has the common "queued as ID" form.
    public var queueID: String?
    public var reply: SMTPReply
    /// Every envelope recipient with its RCPT reply. Some may have been refused: see `rejectedRecipients`.
    public var recipients: [SMTPRecipientResult]

    public var rejectedRecipients: [SMTPRecipientResult] { recipients.filter { !$0.isAccepted } }

    init(reply: SMTPReply, recipients: [SMTPRecipientResult]) {
        self.reply = reply
        self.recipients = recipients
        self.providerMessageID = reply.text
        if let range = reply.text.range(of: "queued as ", options: .caseInsensitive) {
            let id = reply.text[range.upperBound...].prefix(while: { !$0.isWhitespace && $0 != ")" && $0 != ";" })
            self.queueID = id.isEmpty ? nil : String(id)
        } else {
            self.queueID = nil
        }
    }
}

/// The message was NOT delivered to the server: refused, or the session failed before the final "." was sent.
public struct SMTPFailure: Sendable, Equatable {
    public enum Disposition: String, Sendable, Equatable {
        /// Send the same message again later (4xx, server down, connection lost, TLS/auth problems that a
        /// person must fix first: see `error.needsConfigurationChange`).
        case transient
        /// Don't send it again: the server refused this message or all its recipients with 5xx, or the
        /// message itself is invalid.
        case permanent
    }

    public var disposition: Disposition
    public var error: SMTPError
    /// RCPT replies received before the failure (empty if it failed earlier).
    public var recipients: [SMTPRecipientResult]

    public init(_ disposition: Disposition, error: SMTPError, recipients: [SMTPRecipientResult] = []) {
        self.disposition = disposition
        self.error = error
        self.recipients = recipients
    }

    public var isPermanent: Bool { disposition == .permanent }
}

/// The outcome of sending one message.
///
/// `unknown` is the honest answer when the connection broke (or timed out) after the message data and its
/// final "." were written but before the server's reply arrived: the server may have queued it or not.
/// This library never resends such a message by itself. The outbox decides: resending risks a duplicate,
/// not resending risks a loss; `EmailMessage.messageID` lets a person find it in the server's logs.
public enum SMTPSendResult: Sendable, Equatable {
    case accepted(SMTPAcceptance)
    case failed(SMTPFailure)
    case unknown(SMTPError)

    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }

    public var providerMessageID: String? {
        if case .accepted(let acceptance) = self { return acceptance.providerMessageID }
        return nil
    }

    public var failure: SMTPFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }
}
