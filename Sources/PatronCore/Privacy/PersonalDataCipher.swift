import Crypto
import Foundation

/// Seals personal data that must be kept but rarely read (a proxy's national ID number) with
/// AES-256-GCM, so a copy of the database or a backup does not give the numbers away.
/// Stored form: `aes1:` + base64(nonce ‖ ciphertext ‖ tag); an empty text stays empty (no proxy).
public struct PersonalDataCipher: Sendable {
    public enum Problem: Error, Equatable, Sendable {
        /// The configured key is not 32 bytes of base64.
        case badKey
        /// A stored value was sealed with another key, or altered.
        case cannotOpen

        public var message: String {
            switch self {
            case .badKey: "PATRONCARE_DATA_KEY must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`)."
            case .cannotOpen: "A sealed value cannot be opened with PATRONCARE_DATA_KEY: the key is not the one it was sealed with, or the value was altered."
            }
        }
    }

    static let prefix = "aes1:"

    /// The key of demo installations and tests only: it is public (it is in the source), so real
    /// data sealed with it is not protected. A production start without a key of its own refuses.
    public static let developmentKeyBase64 = "UGF0cm9uQ2FyZSBkZXZlbG9wbWVudCBrZXkgMDAwMDA="

    public static let development = try! PersonalDataCipher(base64Key: developmentKeyBase64)

    /// The key's 32 bytes (SymmetricKey itself is not Sendable; it is made for each use).
    private let keyBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    public init(base64Key: String) throws(Problem) {
        guard let data = Data(base64Encoded: base64Key.trimmingCharacters(in: .whitespacesAndNewlines)), data.count == 32 else {
            throw .badKey
        }
        keyBytes = Array(data)
    }

    public static func isSealed(_ stored: String) -> Bool { stored.hasPrefix(prefix) }

    /// The stored form of `plaintext` (a fresh random nonce each time).
    public func seal(_ plaintext: String) throws -> String {
        guard !plaintext.isEmpty else { return "" }
        let box = try AES.GCM.seal(Array(plaintext.utf8), using: key)
        guard let combined = box.combined else { throw Problem.cannotOpen }
        return Self.prefix + combined.base64EncodedString()
    }

    /// The plaintext of a stored value.
    public func open(_ stored: String) throws(Problem) -> String {
        guard !stored.isEmpty else { return "" }
        guard Self.isSealed(stored), let combined = Data(base64Encoded: String(stored.dropFirst(Self.prefix.count))) else {
            throw .cannotOpen
        }
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            return String(decoding: try AES.GCM.open(box, using: key), as: UTF8.self)
        } catch {
            throw .cannotOpen
        }
    }
}
