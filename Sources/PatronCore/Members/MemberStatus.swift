/// The status staff set on a member. `expired` is also derived from the expiry date: a member
/// whose expiry has passed is expired whatever was stored, unless suspended.
public enum MemberStatus: String, CaseIterable, Codable, Sendable {
    case active
    case expired
    case suspended

    public init?(code: some StringProtocol) {
        self.init(rawValue: code.trimmingCharacters(in: " ").lowercased())
    }

    /// The status a person should see today.
    public static func effective(stored: MemberStatus, expiresOn: CivilDate, today: CivilDate) -> MemberStatus {
        if stored == .suspended { return .suspended }
        return expiresOn < today ? .expired : stored == .expired ? .expired : .active
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.active, .th): "ปกติ"
        case (.active, .en): "Active"
        case (.expired, .th): "หมดอายุ"
        case (.expired, .en): "Expired"
        case (.suspended, .th): "ระงับ"
        case (.suspended, .en): "Suspended"
        }
    }
}
