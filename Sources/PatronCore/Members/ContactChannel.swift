/// The ways the library reaches a member, in the order the project used them (seed 000).
public enum ContactChannel: String, CaseIterable, Codable, Sendable {
    case postcard
    case email
    case sms
    case line

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.postcard, .th): "ไปรษณียบัตร"
        case (.postcard, .en): "Postcard"
        case (.email, .th): "อีเมล"
        case (.email, .en): "E-mail"
        case (.sms, .th): "SMS"
        case (.sms, .en): "SMS"
        case (.line, .th): "LINE"
        case (.line, .en): "LINE"
        }
    }
}
