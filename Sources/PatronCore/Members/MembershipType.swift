/// How a person is a member. Only external type A pays a damage deposit on enrolment (seed 000).
public enum MembershipType: String, CaseIterable, Codable, Sendable {
    case student
    case staff
    case externalA = "external-a"
    case externalB = "external-b"

    public init?(code: some StringProtocol) {
        if let exact = MembershipType(rawValue: String(code)) {  // as stored: no trimming or case folding needed
            self = exact
            return
        }
        let wanted = code.trimmingCharacters(in: " ").lowercased().replacingUnderscores()
        guard let match = MembershipType.allCases.first(where: { $0.rawValue == wanted }) else { return nil }
        self = match
    }

    public var paysDeposit: Bool { self == .externalA }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.student, .th): "นักศึกษา"
        case (.student, .en): "Student"
        case (.staff, .th): "บุคลากร"
        case (.staff, .en): "Staff"
        case (.externalA, .th): "บุคคลภายนอก ประเภท ก (วางเงินประกัน)"
        case (.externalA, .en): "External, type A (pays a deposit)"
        case (.externalB, .th): "บุคคลภายนอก ประเภท ข"
        case (.externalB, .en): "External, type B"
        }
    }
}

extension StringProtocol {
    func replacingUnderscores() -> String { String(self.map { $0 == "_" ? "-" : $0 }) }
}
