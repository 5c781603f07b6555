import Foundation

/// The answer of a rate limit.
public enum RateLimitDecision: Equatable, Sendable {
    case allowed
    /// Refused; the next submission is allowed after this many seconds.
    case refused(retryAfter: TimeInterval)

    public var isAllowed: Bool { self == .allowed }
}

/// A sliding-window limit: at most `maximum` accepted submissions per key within any `window`
/// seconds (default 5 per 10 minutes per address). Refused attempts are not counted, so a flood
/// cannot lock an address out for longer than the window.
///
/// `decide` is the pure rule over the instants already accepted; the app runs it over the rows it
/// keeps (shared by every instance, so the limit holds across a cluster). `RateLimiter` is the
/// in-memory form for one process and for tests.
public struct RateLimitRule: Equatable, Sendable, Codable {
    public var maximum: Int
    public var window: TimeInterval

    public init(maximum: Int = 5, window: TimeInterval = 600) {
        self.maximum = max(1, maximum)
        self.window = max(1, window)
    }

    public static let `default` = RateLimitRule()

    /// Whether one more submission at `now` is allowed, given the instants of accepted ones.
    public func decide(accepted: [Date], at now: Date) -> RateLimitDecision {
        let inWindow = accepted.filter { $0 > now.addingTimeInterval(-window) && $0 <= now }.sorted()
        guard inWindow.count >= maximum else { return .allowed }
        // The oldest one that must leave the window before a new one fits.
        let leaving = inWindow[inWindow.count - maximum]
        return .refused(retryAfter: max(1, leaving.addingTimeInterval(window).timeIntervalSince(now)))
    }
}

/// An in-memory sliding-window rate limiter keyed by address (value type; the clock is the `at:`).
public struct RateLimiter: Sendable {
    public let rule: RateLimitRule
    public private(set) var accepted: [String: [Date]] = [:]

    public init(rule: RateLimitRule = .default) { self.rule = rule }

    /// Decides, and records the submission when allowed.
    public mutating func attempt(key: String, at now: Date) -> RateLimitDecision {
        let k = RateLimiter.key(forAddress: key)
        let decision = rule.decide(accepted: accepted[k] ?? [], at: now)
        if decision.isAllowed { accepted[k, default: []].append(now) }
        return decision
    }

    /// Forgets submissions that have left the window (call now and then to bound memory).
    public mutating func prune(at now: Date) {
        let cutoff = now.addingTimeInterval(-rule.window)
        accepted = accepted.compactMapValues { dates in
            let kept = dates.filter { $0 > cutoff }
            return kept.isEmpty ? nil : kept
        }
    }

    /// The key for a client address: IPv4 as it is; IPv6 by its /64 network (one household or
    /// device gets many addresses from one /64), lower-cased; anything else trimmed and lower-cased.
    public static func key(forAddress address: String) -> String {
        let a = address.feedbackTrimmed.lowercased()
        guard a.contains(":"), !a.contains("."), let groups = expandIPv6(a) else { return a }
        return groups.prefix(4).joined(separator: ":") + "::/64"
    }

    static func expandIPv6(_ text: String) -> [String]? {
        let noZone = text.split(separator: "%", maxSplits: 1).first.map(String.init) ?? text
        let halves = noZone.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func parts(_ s: String) -> [String] { s.isEmpty ? [] : s.split(separator: ":", omittingEmptySubsequences: false).map(String.init) }
        let head = parts(halves[0]), tail = halves.count == 2 ? parts(halves[1]) : []
        let missing = 8 - head.count - tail.count
        guard halves.count == 2 ? missing >= 1 : missing == 0 else { return nil }
        let all = head + Array(repeating: "0", count: halves.count == 2 ? missing : 0) + tail
        guard all.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isHexDigit) }) else { return nil }
        return all.map { String(Int($0, radix: 16)!, radix: 16) }
    }
}

/// A hidden form field (`website`, visually hidden, `autocomplete="off"`, `tabindex="-1"`) that
/// people never fill in and simple bots do. A submission with anything in it is dropped.
public enum Honeypot {
    public static let fieldName = "website"

    public static func isTripped(_ value: String?) -> Bool {
        guard let value else { return false }
        return !value.feedbackTrimmed.isEmpty
    }
}

/// Why a public submission was refused before its content was looked at.
public enum SubmissionProblem: Error, Equatable, Sendable {
    case tooManySubmissions(retryAfterMinutes: Int)
    /// The honeypot was filled in. The message is deliberately plain: it tells a bot nothing.
    case rejected

    public static func from(_ decision: RateLimitDecision) -> SubmissionProblem? {
        guard case .refused(let seconds) = decision else { return nil }
        return .tooManySubmissions(retryAfterMinutes: max(1, Int((seconds / 60).rounded(.up))))
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.tooManySubmissions(let m), .th):
            "มีการส่งแบบฟอร์มจากเครื่องนี้บ่อยเกินไป กรุณารออีกประมาณ \(m) นาทีแล้วส่งใหม่ หรือติดต่อเจ้าหน้าที่ที่เคาน์เตอร์หรือทางโทรศัพท์"
        case (.tooManySubmissions(let m), .en):
            "Too many submissions from this device; please wait about \(m) minute\(m == 1 ? "" : "s") and try again, or contact us at the counter or by phone."
        case (.rejected, .th):
            "ไม่สามารถรับแบบฟอร์มนี้ได้ กรุณาลองใหม่อีกครั้ง หรือติดต่อเจ้าหน้าที่"
        case (.rejected, .en):
            "The form could not be accepted; please try again or contact the library."
        }
    }
}
