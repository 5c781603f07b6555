/// Customer segments from the library's quality-award report (seed 002):
/// current users U1–U5, future users F1–F2, past users Pa1–Pa3.
public enum Segment: String, CaseIterable, Codable, Sendable {
    case u1 = "U1", u2 = "U2", u3 = "U3", u4 = "U4", u5 = "U5"
    case f1 = "F1", f2 = "F2"
    case pa1 = "Pa1", pa2 = "Pa2", pa3 = "Pa3"

    public enum Group: String, CaseIterable, Codable, Sendable {
        case current, future, past
    }

    public var group: Group {
        switch self {
        case .u1, .u2, .u3, .u4, .u5: .current
        case .f1, .f2: .future
        case .pa1, .pa2, .pa3: .past
        }
    }

    /// Accepts the code in any letter case (`pa1`, `PA1`, `Pa1`).
    public init?(code: some StringProtocol) {
        if let exact = Segment(rawValue: String(code)) {  // as stored: no trimming or case folding needed
            self = exact
            return
        }
        let wanted = code.trimmingCharacters(in: " ").lowercased()
        guard let match = Segment.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else { return nil }
        self = match
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.u1, .th): "นักศึกษาปริญญาตรี"
        case (.u1, .en): "Undergraduate students"
        case (.u2, .th): "นักศึกษาบัณฑิตศึกษา"
        case (.u2, .en): "Graduate students"
        case (.u3, .th): "บุคลากรสายวิชาการ"
        case (.u3, .en): "Academic staff"
        case (.u4, .th): "บุคลากรสายสนับสนุน"
        case (.u4, .en): "Support staff"
        case (.u5, .th): "สมาชิกภายนอก"
        case (.u5, .en): "External members"
        case (.f1, .th): "นักเรียนมัธยมศึกษา"
        case (.f1, .en): "Secondary-school students"
        case (.f2, .th): "บุคลากรทางการศึกษา"
        case (.f2, .en): "Education personnel"
        case (.pa1, .th): "สมาชิกภายนอกที่ใช้บริการที่ห้องสมุด"
        case (.pa1, .en): "Former external members (in person)"
        case (.pa2, .th): "สมาชิกภายนอกที่ใช้บริการออนไลน์"
        case (.pa2, .en): "Former external members (online)"
        case (.pa3, .th): "ศิษย์เก่า"
        case (.pa3, .en): "Alumni"
        }
    }
}
