import Foundation

/// How long a staff session lives on the server: it ends after `idle` seconds without a request
/// and, however busy, `absolute` seconds after sign-in (default 30 minutes and 12 hours).
public struct SessionLifetime: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        case active
        case idleExpired
        case absoluteExpired
    }

    public var idle: TimeInterval
    public var absolute: TimeInterval

    public init(idle: TimeInterval = 30 * 60, absolute: TimeInterval = 12 * 3600) {
        self.idle = max(60, idle)
        self.absolute = max(self.idle, absolute)
    }

    public static let `default` = SessionLifetime()

    public func state(createdAt: Date, lastSeenAt: Date, now: Date) -> State {
        if now.timeIntervalSince(createdAt) >= absolute { return .absoluteExpired }
        if now.timeIntervalSince(lastSeenAt) >= idle { return .idleExpired }
        return .active
    }

    /// Sessions last seen before this instant are idle-expired.
    public func idleCutoff(now: Date) -> Date { now.addingTimeInterval(-idle) }
    /// Sessions created before this instant are past their absolute lifetime.
    public func absoluteCutoff(now: Date) -> Date { now.addingTimeInterval(-absolute) }
}
