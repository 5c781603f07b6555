import PatronCore
import Vapor

extension Request {
    /// The client's address for rate limits and the sign-in log: the socket's peer, or — when that
    /// peer is a trusted proxy (`PATRONCARE_TRUSTED_PROXIES`) — the right-most untrusted address of
    /// `X-Forwarded-For`. Keyed per /64 for IPv6 by `RateLimiter.key(forAddress:)`.
    var clientAddress: String {
        ClientAddress.resolve(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor],
                              trusted: config.security.trustedProxies) ?? "unknown"
    }

    /// `clientAddress` as a rate-limit key.
    var clientKey: String { RateLimiter.key(forAddress: clientAddress) }
}
