import Foundation

/// An IPv4 or IPv6 network (`10.0.0.0/8`, `fd00::/8`, or one address), for the trusted proxies.
public struct IPNetwork: Equatable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]
    public let prefixLength: Int

    /// `address` or `address/prefix`; nil when it is neither.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first, let bytes = IPNetwork.parseAddress(first) else { return nil }
        let bits = bytes.count * 8
        if parts.count == 2 {
            guard let prefix = Int(parts[1]), (0...bits).contains(prefix) else { return nil }
            prefixLength = prefix
        } else {
            prefixLength = bits
        }
        self.bytes = bytes
    }

    public func contains(_ address: String) -> Bool {
        guard let other = IPNetwork.parseAddress(address), other.count == bytes.count else { return false }
        var remaining = prefixLength
        for (a, b) in zip(bytes, other) where remaining > 0 {
            let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
            if a & mask != b & mask { return false }
            remaining -= 8
        }
        return true
    }

    public var description: String { "\(bytes.count == 4 ? bytes.map(String.init).joined(separator: ".") : "ipv6")/\(prefixLength)" }

    /// 4 bytes for IPv4 (also when written as IPv4-mapped IPv6, `::ffff:192.0.2.1`), 16 for IPv6.
    public static func parseAddress(_ raw: String) -> [UInt8]? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("[") , let close = text.firstIndex(of: "]") { text = String(text[text.index(after: text.startIndex)..<close]) }
        if text.contains(":") {
            if let lastColon = text.lastIndex(of: ":"), text.contains("."), text.lowercased().hasPrefix("::ffff:") {
                return parseIPv4(String(text[text.index(after: lastColon)...]))
            }
            guard let groups = RateLimiter.expandIPv6(text.lowercased()) else { return nil }
            return groups.flatMap { group -> [UInt8] in
                let value = UInt16(group, radix: 16)!
                return [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
        }
        return parseIPv4(text)
    }

    private static func parseIPv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCII), let value = UInt8(part) else { return nil }
            bytes.append(value)
        }
        return bytes
    }
}

/// The address a request is counted against. Behind reverse proxies the socket's peer is the
/// proxy, so `X-Forwarded-For` is read — but only as far as it was written by proxies we trust:
/// walking from the right (the hop nearest to us), the first address that is not a trusted proxy
/// is the client. Anything to its left was sent by the client and can be forged, so it is ignored.
public enum ClientAddress {
    /// `forwardedFor`: every `X-Forwarded-For` header value in order (each may be a comma list).
    public static func resolve(peer: String?, forwardedFor: [String], trusted: [IPNetwork]) -> String? {
        guard let peer else { return nil }
        guard isTrusted(peer, trusted) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !isTrusted(hop, trusted) {
            return hop
        }
        // Every hop is one of our proxies (or none was given): the left-most is the best we know.
        return hops.first ?? peer
    }

    private static func isTrusted(_ address: String, _ trusted: [IPNetwork]) -> Bool {
        trusted.contains { $0.contains(address) }
    }
}
