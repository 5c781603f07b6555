import Crypto

/// SHA-256 through swift-crypto, for values the database keeps only as a hash (survey tokens).
public enum Hashing {
    /// 64 lower-case hex digits of SHA-256 over the UTF-8 text.
    public static func sha256Hex(_ text: String) -> String { sha256Hex(bytes: Array(text.utf8)) }

    /// 64 lower-case hex digits of SHA-256 over the bytes (a served file's ETag).
    public static func sha256Hex(bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Compares two texts in time that depends only on their lengths, so a guess learns nothing
    /// from how long the answer took.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
