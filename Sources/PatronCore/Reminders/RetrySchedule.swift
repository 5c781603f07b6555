import Foundation

/// Turns a base delay into the delay actually waited. Injected, so tests pin it; the app passes
/// e.g. `Jitter.equal { Double.random(in: 0..<1) }`.
public typealias Jitter = @Sendable (TimeInterval) -> TimeInterval

public enum JitterStyle {
    /// No jitter: the base delay.
    public static let none: Jitter = { $0 }

    /// "Equal jitter": half the base delay plus a random share of the other half. `unit` returns
    /// a number in 0..<1.
    public static func equal(_ unit: @escaping @Sendable () -> Double) -> Jitter {
        { base in base / 2 + base / 2 * min(max(unit(), 0), 1) }
    }

    /// "Full jitter": a random share of the base delay.
    public static func full(_ unit: @escaping @Sendable () -> Double) -> Jitter {
        { base in base * min(max(unit(), 0), 1) }
    }
}

/// What a channel adapter reports after one attempt.
public enum DeliveryResult: Equatable, Sendable {
    case accepted(providerMessageID: String?)
    /// Try again later on the same channel (gateway down, 429 Too Many Requests, SMTP 4xx, time-out).
    /// `retryAfter`: seconds the server asked us to wait, when it said.
    case transientFailure(reason: String, retryAfter: TimeInterval?)
    /// This channel can never deliver this message to this member (no address, consent withdrawn,
    /// unknown LINE user, SMTP 5xx mailbox does not exist): fall back to the member's next channel.
    case permanentFailure(reason: String)

    /// For HTTP gateways (SMS, LINE Messaging API push): 2xx accepted; 408, 425, 429, 5xx, and 401/403
    /// (our credentials or quota, not the member — staff fix them and the retries go through)
    /// transient, honouring `Retry-After`; any other 4xx permanent (e.g. 400 invalid LINE user id).
    public static func http(status: Int, retryAfter header: String? = nil, now: Date, reason: String = "") -> DeliveryResult {
        let text = reason.isEmpty ? "HTTP \(status)" : "HTTP \(status): \(reason)"
        switch status {
        case 200..<300: return .accepted(providerMessageID: nil)
        case 401, 403, 408, 425, 429, 500..<600:
            return .transientFailure(reason: text, retryAfter: header.flatMap { RetryAfter.seconds(from: $0, now: now) })
        default: return .permanentFailure(reason: text)
        }
    }

    /// For SMTP: 2xx/3xx accepted, 4xx transient, 5xx permanent.
    public static func smtp(replyCode: Int, reason: String = "") -> DeliveryResult {
        let text = reason.isEmpty ? "SMTP \(replyCode)" : "SMTP \(replyCode): \(reason)"
        switch replyCode {
        case 200..<400: return .accepted(providerMessageID: nil)
        case 400..<500: return .transientFailure(reason: text, retryAfter: nil)
        default: return .permanentFailure(reason: text)
        }
    }
}

/// What the outbox does next with a message.
public enum DeliveryOutcome: Equatable, Sendable {
    case sent
    /// Try the same channel again at `at`; `attempt` is the number that next attempt will have.
    case retry(at: Date, attempt: Int)
    /// Switch to `channel` (attempts start again at 1); `then` are the channels after it.
    case fallBack(to: ContactChannel, then: ChannelList)
    /// Give up: the message is marked failed and shown to staff.
    case dead(DeliveryFailure)
}

/// Why a message was given up, for the outbox page.
public enum DeliveryFailure: Error, Equatable, Sendable {
    case attemptsExhausted(ContactChannel, attempts: Int, lastReason: String)
    case impossible(ContactChannel, reason: String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.attemptsExhausted(let c, let n, let r), .th):
            "ส่งทาง\(c.name(.th))ไม่สำเร็จหลังพยายาม \(n) ครั้ง (\(r)) และไม่มีช่องทางอื่นให้ส่งต่อ ตรวจสอบการตั้งค่าช่องทางแล้วสั่งส่งใหม่"
        case (.attemptsExhausted(let c, let n, let r), .en):
            "Sending by \(c.name(.en)) failed after \(n) attempts (\(r)) and no other channel is left; check the channel settings and resend."
        case (.impossible(let c, let r), .th):
            "ส่งทาง\(c.name(.th))ไม่ได้ (\(r)) และสมาชิกไม่มีช่องทางอื่นที่ยินยอมและมีข้อมูลติดต่อ ให้ติดต่อสมาชิกที่เคาน์เตอร์หรือทางโทรศัพท์"
        case (.impossible(let c, let r), .en):
            "\(c.name(.en)) cannot reach the member (\(r)) and the member has no other channel with consent and a contact; reach them at the counter or by phone."
        }
    }
}

/// Exponential backoff per channel: the n-th retry waits `initialDelay × multiplier^(n-1)`, capped at
/// `maxDelay`, jittered by an injected function, and never sooner than a server's `Retry-After`.
///
/// Defaults: 1 minute, doubling, at most 1 hour, 6 attempts per channel — 1, 2, 4, 8, 16 minutes
/// between them (about half an hour in all before giving up; jitter shortens each by up to half
/// with `JitterStyle.equal`). Exhausting the attempts on a channel gives up (`dead`) rather than
/// switching channel: a gateway outage is not the member's fault and moving thousands of messages
/// to SMS costs money. Set `fallBackWhenExhausted` to switch instead.
public struct RetrySchedule: Equatable, Sendable, Codable {
    public var initialDelay: TimeInterval
    public var multiplier: Double
    public var maxDelay: TimeInterval
    /// Attempts per channel, the first included.
    public var maxAttempts: Int
    public var fallBackWhenExhausted: Bool

    public init(initialDelay: TimeInterval = 60, multiplier: Double = 2, maxDelay: TimeInterval = 3600,
                maxAttempts: Int = 6, fallBackWhenExhausted: Bool = false) {
        self.initialDelay = initialDelay
        self.multiplier = multiplier
        self.maxDelay = maxDelay
        self.maxAttempts = maxAttempts
        self.fallBackWhenExhausted = fallBackWhenExhausted
    }

    public static let `default` = RetrySchedule()

    /// The delay after failed attempt `attempt` (1-based), before jitter and Retry-After.
    public func baseDelay(afterAttempt attempt: Int) -> TimeInterval {
        let exponent = Double(max(attempt, 1) - 1)
        let d = initialDelay * pow(multiplier, exponent)
        return min(d.isFinite ? d : maxDelay, maxDelay)
    }

    /// The wait after failed attempt `attempt`: the jittered backoff (kept within 0…maxDelay), but at
    /// least what the server asked for (a Retry-After longer than `maxDelay` is honoured too).
    public func delay(afterAttempt attempt: Int, retryAfter: TimeInterval? = nil, jitter: Jitter) -> TimeInterval {
        let jittered = min(max(jitter(baseDelay(afterAttempt: attempt)), 0), maxDelay)
        return max(jittered, retryAfter ?? 0)
    }

    /// What to do after attempt number `attempt` (1-based, on the current channel) ended with `result`.
    /// `fallbacks`: the member's remaining channels (re-check consent and contacts when switching).
    public func outcome(of result: DeliveryResult, channel: ContactChannel, attempt: Int, fallbacks: ChannelList,
                        now: Date, jitter: Jitter) -> DeliveryOutcome {
        switch result {
        case .accepted:
            return .sent
        case .transientFailure(let reason, let retryAfter):
            if attempt < maxAttempts {
                return .retry(at: now.addingTimeInterval(delay(afterAttempt: attempt, retryAfter: retryAfter, jitter: jitter)),
                              attempt: attempt + 1)
            }
            if fallBackWhenExhausted, let next = fallbacks.first { return .fallBack(to: next, then: fallbacks.rest) }
            return .dead(.attemptsExhausted(channel, attempts: attempt, lastReason: reason))
        case .permanentFailure(let reason):
            if let next = fallbacks.first { return .fallBack(to: next, then: fallbacks.rest) }
            return .dead(.impossible(channel, reason: reason))
        }
    }
}

/// The HTTP `Retry-After` header: delay-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`, the IMF-fixdate form).
public enum RetryAfter {
    /// Seconds to wait from `now` (0 for a date in the past), or nil when the header is not understood.
    public static func seconds(from header: String, now: Date) -> TimeInterval? {
        let text = header.trimmingCharacters(in: " \t")
        if !text.isEmpty, text.allSatisfy(\.isASCIIDigit) { return Double(text) }
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[0].hasSuffix(","), parts[5] == "GMT",
              let day = Int(parts[1]), let year = Int(parts[3]),
              let month = DateDisplay.englishMonthsShort.firstIndex(of: String(parts[2])),
              let date = CivilDate(year: year, month: month + 1, day: day) else { return nil }
        let clock = parts[4].split(separator: ":")
        guard clock.count == 3, let h = Int(clock[0]), let m = Int(clock[1]), let s = Int(clock[2]),
              (0..<24).contains(h), (0..<60).contains(m), (0..<61).contains(s) else { return nil }
        let instant = Double(date.daysSinceEpoch * 86_400 + h * 3600 + m * 60 + s)
        return max(0, instant - now.timeIntervalSince1970)
    }
}
