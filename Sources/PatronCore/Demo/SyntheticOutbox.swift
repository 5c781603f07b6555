import Foundation

/// One synthetic message of the outbox history of `patroncare demo --scale`: a reminder sent to a
/// member in the past on one of the channels the member can be reached on, with its delivery attempts.
public struct SyntheticOutboxMessage: Equatable, Sendable {
    /// The stored state a message ends in: `sent` (or `printed` for a postcard), `dead`, or `failed`
    /// (a recent message waiting for its next attempt).
    public enum Outcome: String, Equatable, Sendable { case sent, printed, dead, failed }

    public struct Attempt: Equatable, Sendable {
        public let at: Date
        /// As the deliverer labels them: `sent`, `retry`, `dead`.
        public let result: String
        public let detail: String
    }

    public let channel: ContactChannel
    public let address: String
    public let kind: ReminderKind
    public let createdAt: Date
    public let outcome: Outcome
    public let attempts: [Attempt]
    public let sentAt: Date?
    public let nextAttemptAt: Date
    public let lastError: String
}

/// The per-member rules of the outbox history: a pure function of the seed, the member's index and
/// the member, so it is reproducible alone. About one member in three got one message in the past
/// year; every channel appears, and on every channel some messages went, some died and a few recent
/// ones wait for a retry.
public enum SyntheticOutbox {
    public static func message(index: Int, member: SyntheticMember, seed: UInt64, now: Date) -> SyntheticOutboxMessage? {
        var random = SplitMix64(seed: seed &+ 0x0B0C_5EED &+ UInt64(truncatingIfNeeded: index) &* 0x9FB2_1C65_1E98_DF25)
        guard random.next() % 3 == 0 else { return nil }
        let d = member.draft
        var channels: [(ContactChannel, String)] = [(.postcard, [d.addressLine1, d.addressLine3, d.postcode].joined(separator: "\n"))]
        if !d.email.isEmpty { channels.append((.email, d.email)) }
        if !d.mobile.isEmpty { channels.append((.sms, d.mobile)) }
        if !d.lineUserID.isEmpty { channels.append((.line, d.lineUserID)) }
        let (channel, address) = channels[Int(random.next() % UInt64(channels.count))]
        let kind: ReminderKind = member.deposit == nil ? .renewal : [.refund, .lastNotice, .renewal][Int(random.next() % 3)]
        let createdAt = now.addingTimeInterval(-Double(random.next() % (365 * 86_400)))
        let roll = random.next() % 100
        let retryDelay: TimeInterval = 15 * 60
        let transient = channel == .email ? "451 4.3.0 mailbox temporarily unavailable" : "gateway timeout"
        var attempts: [SyntheticOutboxMessage.Attempt] = []
        if channel == .postcard {
            // Postcards are printed, not delivered; one in ten came back as undeliverable.
            let printedAt = createdAt.addingTimeInterval(86_400)
            guard roll >= 10 else {
                attempts.append(.init(at: printedAt.addingTimeInterval(14 * 86_400), result: "returned", detail: "returned to sender"))
                return SyntheticOutboxMessage(channel: channel, address: address, kind: kind, createdAt: createdAt, outcome: .dead,
                                              attempts: attempts, sentAt: printedAt, nextAttemptAt: createdAt, lastError: "returned to sender")
            }
            return SyntheticOutboxMessage(channel: channel, address: address, kind: kind, createdAt: createdAt, outcome: .printed,
                                          attempts: [], sentAt: printedAt, nextAttemptAt: createdAt, lastError: "")
        }
        if roll < 85 {
            var at = createdAt.addingTimeInterval(5)
            if roll < 10 {
                attempts.append(.init(at: at, result: "retry", detail: "\(transient); next attempt \(at.addingTimeInterval(retryDelay))"))
                at = at.addingTimeInterval(retryDelay)
            }
            attempts.append(.init(at: at, result: "sent", detail: "synthetic-\(index)"))
            return SyntheticOutboxMessage(channel: channel, address: address, kind: kind, createdAt: createdAt, outcome: .sent,
                                          attempts: attempts, sentAt: at, nextAttemptAt: createdAt, lastError: "")
        }
        if roll < 97 {
            let error = channel == .email ? "550 5.1.1 user unknown" : "number not reachable"
            attempts.append(.init(at: createdAt.addingTimeInterval(5), result: "dead", detail: error))
            return SyntheticOutboxMessage(channel: channel, address: address, kind: kind, createdAt: createdAt, outcome: .dead,
                                          attempts: attempts, sentAt: nil, nextAttemptAt: createdAt, lastError: error)
        }
        // A recent failure waiting for its retry (an hour from now).
        let failedAt = now.addingTimeInterval(-Double(60 + random.next() % 3_000))
        attempts.append(.init(at: failedAt, result: "retry", detail: transient))
        return SyntheticOutboxMessage(channel: channel, address: address, kind: kind, createdAt: failedAt.addingTimeInterval(-5),
                                      outcome: .failed, attempts: attempts, sentAt: nil, nextAttemptAt: now.addingTimeInterval(3_600),
                                      lastError: transient)
    }
}
