/// The two languages of the UI, of templates and of members' correspondence.
public enum Language: String, CaseIterable, Codable, Sendable {
    case th
    case en
}
