/// How money changed hands at the counter.
public enum PaymentMethod: String, CaseIterable, Codable, Sendable {
    case cash
    case bankTransfer = "bank-transfer"
    case promptPay = "promptpay"

    public init?(code: some StringProtocol) {
        let wanted = String(code.depositTrimmed(" ").lowercased().map { $0 == "_" ? "-" : $0 })
        guard let match = PaymentMethod.allCases.first(where: { $0.rawValue == wanted }) else { return nil }
        self = match
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.cash, .th): "เงินสด"
        case (.cash, .en): "Cash"
        case (.bankTransfer, .th): "โอนเงินผ่านธนาคาร"
        case (.bankTransfer, .en): "Bank transfer"
        case (.promptPay, .th): "พร้อมเพย์"
        case (.promptPay, .en): "PromptPay"
        }
    }
}

/// Who did something: the staff account's id and the name shown on receipts and in the audit trail.
public struct StaffRef: Hashable, Codable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
