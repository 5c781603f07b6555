import Fluent
import Foundation
import NIOConcurrencyHelpers
import PatronCore
import Vapor

/// Decides a sign-in attempt. In order: the per-address limit, the username's growing delay or
/// lock-out (`SignInThrottlePolicy`), an atomic per-username reservation (so parallel guesses
/// cannot outrun the count), then exactly one bcrypt verification — against a dummy hash when the
/// username is unknown, so the answer takes as long whether or not the account exists.
enum SignIn {
    enum Result {
        case signedIn(StaffUser)
        /// Wrong username or password, or a deactivated account.
        case failed
        /// Too many attempts: from this address, or too soon after failures, or the account is locked.
        case paused(seconds: Int?)
    }

    static func attempt(username: String, password: String, on req: Request) async throws -> Result {
        let now = req.clock.now()
        let security = req.config.security
        let address = req.clientAddress
        let limiter = DatabaseRateLimiter(db: req.db)
        func log(_ outcome: SignInEventRecord.Outcome, _ user: StaffUser?) async throws {
            try await SignInLog.record(outcome, username: username, staffID: user?.id, clientAddress: address, at: now, on: req.db, logger: req.logger)
        }

        if case .refused(let wait) = try await limiter.attempt(.signInAddress, key: req.clientKey, rule: security.signInPerAddress, at: now) {
            try await log(.throttled, nil)
            return .paused(seconds: Int(wait.rounded(.up)))
        }
        let user = try await StaffUser.query(on: req.db).filter(\.$username == username).first()
        let policy = security.signIn
        let failures = try await SignInLog.recentFailures(username: username, since: now.addingTimeInterval(-policy.window), on: req.db)
        switch policy.gate(failures: failures, now: now) {
        case .open: break
        case .wait(let seconds):
            try await log(.throttled, user)
            return .paused(seconds: seconds)
        case .lockOut:
            try await log(user?.lockedAt != nil ? .refusedLocked : .throttled, user)
            return .paused(seconds: nil)
        }
        let reservation = RateLimitRule(maximum: policy.lockoutFailures, window: policy.window)
        if case .refused(let wait) = try await limiter.attempt(.signInUsername, key: username, rule: reservation, at: now) {
            try await log(.throttled, user)
            return .paused(seconds: Int(wait.rounded(.up)))
        }

        let matches = (try? Bcrypt.verify(password, created: user?.passwordHash ?? req.application.signInDummyHash)) ?? false
        guard let user, matches, user.maySignIn else {
            if let user, user.lockedAt != nil {
                try await log(.refusedLocked, user)
                return .paused(seconds: nil)
            }
            try await log(.failed, user)
            if failures.count + 1 >= policy.lockoutFailures, let user {
                user.lockedAt = now
                try await user.update(on: req.db)
                try await StaffSessions.endAll(staffID: user.requireID(), on: req.db)
                try await log(.lockedOut, user)
                return .paused(seconds: nil)
            }
            return .failed
        }
        try await limiter.clear(.signInUsername, key: username)
        try await log(.signedIn, user)
        if user.mustChangePassword { try await log(.passwordChangeRequired, user) }
        return .signedIn(user)
    }
}

extension Application {
    private struct DummyHashKey: StorageKey { typealias Value = DummyPasswordHash }

    /// A bcrypt hash of a random password at the cost real accounts use: verified instead when the
    /// username is unknown, so both answers take the same time. Made at the first sign-in, not at
    /// start-up, so commands (which never sign anyone in) don't pay a bcrypt hash each.
    var signInDummyHash: String {
        get { storage[DummyHashKey.self]?.value ?? "" }
        set { storage[DummyHashKey.self] = DummyPasswordHash(environment: environment, value: newValue) }
    }

    /// Called once by `configure`.
    func prepareSignInDummyHash() {
        storage[DummyHashKey.self] = DummyPasswordHash(environment: environment, value: nil)
    }
}

/// The dummy hash, computed once on first use (concurrent first sign-ins wait for the one hash).
final class DummyPasswordHash: Sendable {
    private let environment: Environment
    private let hash: NIOLockedValueBox<String?>

    init(environment: Environment, value: String?) {
        self.environment = environment
        hash = NIOLockedValueBox(value)
    }

    var value: String {
        hash.withLockedValue { hash in
            if let hash { return hash }
            // A random password of 32 random bytes; bcrypt of it cannot fail short of memory exhaustion.
            let made = (try? StaffAccounts.hash(StaffSessions.randomToken(), environment: environment)) ?? ""
            hash = made
            return made
        }
    }
}
