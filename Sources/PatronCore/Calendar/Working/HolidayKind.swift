/// Why the library is closed on a day. Every kind counts the same for working days and counter
/// hours; the kind is for the people who keep the calendar (and read the announcement it came from).
public enum HolidayKind: String, CaseIterable, Codable, Sendable {
    /// วันหยุดราชการ / วันหยุดนักขัตฤกษ์, including special days the cabinet adds.
    case publicHoliday = "public"
    /// วันหยุดชดเชย: a holiday that fell on a weekend, moved to a working day.
    case substitution
    /// The library's own closure (stock-taking, a move, a local event).
    case closure

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.publicHoliday, .th): "วันหยุดราชการ"
        case (.publicHoliday, .en): "Public holiday"
        case (.substitution, .th): "วันหยุดชดเชย"
        case (.substitution, .en): "Substitution day"
        case (.closure, .th): "วันปิดห้องสมุด"
        case (.closure, .en): "Library closure"
        }
    }

    /// A kind as written in an import file: the code (`public`, `substitution`, `closure`), a few
    /// English spellings, or the Thai name. Nil for anything else.
    public init?(label: some StringProtocol) {
        let text = String(label.trimmingCharacters(in: " \t")).lowercased()
        switch text {
        case "public", "public holiday", "public-holiday", "holiday", "วันหยุดราชการ", "วันหยุดนักขัตฤกษ์", "วันหยุดพิเศษ":
            self = .publicHoliday
        case "substitution", "substitution day", "substitution-day", "substitute", "วันหยุดชดเชย", "ชดเชย":
            self = .substitution
        case "closure", "library closure", "library-closure", "closed", "วันปิดห้องสมุด", "ปิดห้องสมุด", "ห้องสมุดปิด":
            self = .closure
        default:
            return nil
        }
    }

    /// The built-in list and the text format name no kind: `วันหยุดชดเชย…` is a substitution day.
    public static func inferred(fromThaiName name: String) -> HolidayKind {
        name.hasPrefix("วันหยุดชดเชย") ? .substitution : .publicHoliday
    }
}
