import Foundation

/// What to do with the next sign-in attempt for a username, given its recent failures.
public enum SignInGate: Equatable, Sendable {
    case open
    /// Too soon after the last failure: answer without checking the password.
    case wait(seconds: Int)
    /// Enough failures in the window: lock the account (an administrator unlocks it).
    case lockOut
}

/// Growing delays and a lock-out for sign-in failures per username: the first `freeFailures`
/// failures cost nothing, each one after that doubles the wait before the next attempt is heard
/// (1 s, 2 s, 4 s … up to `maximumDelay`), and `lockoutFailures` failures within `window` lock
/// the account (default 10 in 15 minutes). A successful sign-in starts the count again.
public struct SignInThrottlePolicy: Equatable, Sendable {
    public var window: TimeInterval
    public var lockoutFailures: Int
    public var freeFailures: Int
    public var maximumDelay: TimeInterval

    public init(window: TimeInterval = 15 * 60, lockoutFailures: Int = 10, freeFailures: Int = 3, maximumDelay: TimeInterval = 60) {
        self.window = max(60, window)
        self.lockoutFailures = max(1, lockoutFailures)
        self.freeFailures = max(0, freeFailures)
        self.maximumDelay = max(1, maximumDelay)
    }

    public static let `default` = SignInThrottlePolicy()

    /// Seconds to wait after the `failures`-th consecutive failure.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures > freeFailures else { return 0 }
        return min(maximumDelay, pow(2, Double(failures - freeFailures - 1)))
    }

    /// `failures`: the instants of failed attempts since the last successful sign-in (any order).
    public func gate(failures: [Date], now: Date) -> SignInGate {
        let recent = failures.filter { $0 > now.addingTimeInterval(-window) && $0 <= now }
        if recent.count >= lockoutFailures { return .lockOut }
        guard let latest = recent.max() else { return .open }
        let wait = latest.addingTimeInterval(delay(afterFailures: recent.count)).timeIntervalSince(now)
        return wait > 0 ? .wait(seconds: Int(wait.rounded(.up))) : .open
    }
}
