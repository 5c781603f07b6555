import Crypto
import Foundation
import PatronCore
import Vapor

/// Sessions, sign-in throttling, rate limits, trusted proxies, body limits and the cookie-signing
/// key, read once at start-up (part of `AppConfig`).
struct SecurityConfig: Sendable {
    /// Idle (`PATRONCARE_SESSION_IDLE_MINUTES`, 30) and absolute (`PATRONCARE_SESSION_MAX_HOURS`, 12) session expiry.
    var session: SessionLifetime
    /// Growing delays and the lock-out per username (10 failures in 15 minutes).
    var signIn: SignInThrottlePolicy
    /// Sign-in attempts per client address (`PATRONCARE_SIGNIN_RATE_LIMIT`, `30/15`).
    var signInPerAddress: RateLimitRule
    /// Public status lookups per client address (`PATRONCARE_STATUS_RATE_LIMIT`, `30/10`).
    var statusLookups: RateLimitRule
    /// Reverse proxies whose `X-Forwarded-For` is believed (`PATRONCARE_TRUSTED_PROXIES`).
    var trustedProxies: [IPNetwork]
    /// Signs the anonymous form-token cookie (`PATRONCARE_COOKIE_KEY`); random per process when unset.
    var cookieKeyBytes: Data
    var cookieKey: SymmetricKey { SymmetricKey(data: cookieKeyBytes) }
    /// Whether `cookieKey` came from the configuration (several instances must share one).
    var cookieKeyConfigured: Bool
    /// Largest body of an ordinary form (`PATRONCARE_FORM_MAX_KB`, 64 KB); upload routes name their own.
    var formBodyBytes: Int
    /// Largest proxy-letter scan on the refund form.
    var scanBodyBytes: Int

    static func load(values: ConfigurationValues) throws -> SecurityConfig {
        if values.isSet(.behindProxy) {
            throw ConfigError("PATRONCARE_BEHIND_PROXY is replaced by PATRONCARE_TRUSTED_PROXIES: name the proxies' addresses, e.g. PATRONCARE_TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8")
        }
        let idle = try positiveInt(values, .sessionIdleMinutes) ?? 30
        let absolute = try positiveInt(values, .sessionMaxHours) ?? 12
        guard absolute * 60 >= idle else {
            throw ConfigError("PATRONCARE_SESSION_MAX_HOURS (\(absolute) h) must be at least PATRONCARE_SESSION_IDLE_MINUTES (\(idle) min).")
        }
        var proxies: [IPNetwork] = []
        for item in (values[.trustedProxies] ?? "").split(separator: ",") {
            let text = item.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            guard let network = IPNetwork(text) else {
                throw ConfigError("PATRONCARE_TRUSTED_PROXIES: “\(text)” is not an IP address or network (e.g. 10.0.0.1 or 10.0.0.0/8).")
            }
            proxies.append(network)
        }
        let key: Data
        let configured: Bool
        if let text = values.nonEmpty(.cookieKey) {
            guard text.count >= 32 else { throw ConfigError("PATRONCARE_COOKIE_KEY must be at least 32 characters (e.g. `openssl rand -base64 32`).") }
            key = Data(SHA256.hash(data: Data(text.utf8)))
            configured = true
        } else {
            key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            configured = false
        }
        return SecurityConfig(
            session: SessionLifetime(idle: TimeInterval(idle * 60), absolute: TimeInterval(absolute * 3600)),
            signIn: .default,
            signInPerAddress: try rule(values, .signInRateLimit) ?? RateLimitRule(maximum: 30, window: 15 * 60),
            statusLookups: try rule(values, .statusRateLimit) ?? RateLimitRule(maximum: 30, window: 10 * 60),
            trustedProxies: proxies,
            cookieKeyBytes: key,
            cookieKeyConfigured: configured,
            formBodyBytes: (try positiveInt(values, .formMaxKB) ?? 64) * 1024,
            scanBodyBytes: 10 * 1024 * 1024)
    }

    private static func positiveInt(_ values: ConfigurationValues, _ variable: ConfigurationVariable) throws -> Int? {
        let name = variable.name
        guard let text = values.nonEmpty(variable) else { return nil }
        guard let value = Int(text), value > 0 else { throw ConfigError("\(name) must be a whole number above 0 (got “\(text)”).") }
        return value
    }

    /// `COUNT/MINUTES`, e.g. `30/15`.
    static func rule(_ values: ConfigurationValues, _ variable: ConfigurationVariable) throws -> RateLimitRule? {
        let name = variable.name
        guard let text = values.nonEmpty(variable) else { return nil }
        let parts = text.split(separator: "/")
        guard parts.count == 2, let count = Int(parts[0]), let minutes = Int(parts[1]), count > 0, minutes > 0 else {
            throw ConfigError("\(name) must be COUNT/MINUTES, e.g. 30/15 (got “\(text)”).")
        }
        return RateLimitRule(maximum: count, window: TimeInterval(minutes * 60))
    }
}
