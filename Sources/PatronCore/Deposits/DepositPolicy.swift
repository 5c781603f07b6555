/// The last day a deposit refund can be claimed: the membership expiry plus the claim period
/// (calendar months, clamped at month ends: expiry 29 Feb 2028 + 12 months = 28 Feb 2029).
/// Stamped on the receipt (seed 000). The deadline has passed on the day after it.
public enum ClaimDeadline {
    public static func lastClaimDay(membershipExpiry: CivilDate, claimPeriodMonths: Int) -> CivilDate {
        membershipExpiry.adding(months: claimPeriodMonths)
    }

    public static func hasPassed(_ lastClaimDay: CivilDate, on today: CivilDate) -> Bool { today > lastClaimDay }
}

/// A document a member (or proxy) may bring for a refund.
public struct RefundDocument: Hashable, Codable, Sendable {
    /// Stable code stored with a refund's ticked checklist (`original-receipt`).
    public var code: String
    public var nameTh: String
    public var nameEn: String

    public init(code: String, th: String, en: String) {
        self.code = code
        self.nameTh = th
        self.nameEn = en
    }

    public func name(_ language: Language) -> String { language == .th ? nameTh : nameEn }
}

/// One line of the refund checklist: satisfied by any one of its documents
/// ("the original receipt or a lost-receipt form"), and required always, only when a proxy
/// collects, or only when the refund is paid by bank transfer.
public struct RefundDocumentRequirement: Hashable, Codable, Sendable {
    public enum Condition: String, Codable, Sendable, CaseIterable {
        case always
        case proxyCollects = "proxy"
        case bankTransfer = "bank-transfer"
    }

    public var anyOf: [RefundDocument]
    public var when: Condition

    public init(anyOf: [RefundDocument], when: Condition = .always) {
        precondition(!anyOf.isEmpty, "a requirement needs at least one document")
        self.anyOf = anyOf
        self.when = when
    }

    public func applies(proxy: Bool, paymentMethod: PaymentMethod) -> Bool {
        switch when {
        case .always: true
        case .proxyCollects: proxy
        case .bankTransfer: paymentMethod == .bankTransfer
        }
    }

    public func isSatisfied(by ticked: Set<String>) -> Bool { anyOf.contains { ticked.contains($0.code) } }

    /// `ใบเสร็จรับเงินฉบับจริง หรือ แบบฟอร์มแจ้งใบเสร็จสูญหาย` / `Original receipt or Lost-receipt form`.
    public func label(_ language: Language) -> String {
        anyOf.map { $0.name(language) }.joined(separator: language == .th ? " หรือ " : " or ")
    }
}

/// The deposit rules an administrator configures.
///
/// Defaults (our choice — change them in the settings): external type A pays 1,000 baht (the
/// amount of the example, ฿1,000 → หนึ่งพันบาทถ้วน; the seed's 768 members holding
/// 919,000 baht suggests deposits of about that size), other types pay none; a claim period of
/// 12 months after expiry; refund documents: the original receipt or a lost-receipt form, a copy of
/// the member's ID card, a copy of the bank book when paid by bank transfer, and when a proxy
/// collects the signed authorisation letter and a copy of the proxy's ID card.
public struct DepositPolicy: Equatable, Sendable, Codable {
    /// The deposit taken on enrolment per membership type; types not listed pay none.
    public var amounts: [MembershipType: Satang]
    public var claimPeriodMonths: Int
    public var requiredDocuments: [RefundDocumentRequirement]

    public init(amounts: [MembershipType: Satang], claimPeriodMonths: Int, requiredDocuments: [RefundDocumentRequirement]) {
        self.amounts = amounts
        self.claimPeriodMonths = claimPeriodMonths
        self.requiredDocuments = requiredDocuments
    }

    public enum Documents {
        public static let originalReceipt = RefundDocument(code: "original-receipt", th: "ใบเสร็จรับเงินฉบับจริง", en: "Original receipt")
        public static let lostReceiptForm = RefundDocument(code: "lost-receipt-form", th: "แบบฟอร์มแจ้งใบเสร็จสูญหาย", en: "Lost-receipt form")
        public static let idCardCopy = RefundDocument(code: "id-card-copy", th: "สำเนาบัตรประจำตัวประชาชนของสมาชิก", en: "Copy of the member's ID card")
        public static let bankBookCopy = RefundDocument(code: "bank-book-copy", th: "สำเนาหน้าสมุดบัญชีธนาคาร", en: "Copy of the bank book")
        public static let authorisationLetter = RefundDocument(code: "authorisation-letter", th: "หนังสือมอบอำนาจ (ฉบับจริง)", en: "Signed authorisation letter")
        public static let proxyIDCardCopy = RefundDocument(code: "proxy-id-card-copy", th: "สำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจ", en: "Copy of the proxy's ID card")
    }

    public static let `default` = DepositPolicy(
        amounts: [.externalA: Satang(100_000)],
        claimPeriodMonths: 12,
        requiredDocuments: [
            RefundDocumentRequirement(anyOf: [Documents.originalReceipt, Documents.lostReceiptForm]),
            RefundDocumentRequirement(anyOf: [Documents.idCardCopy]),
            RefundDocumentRequirement(anyOf: [Documents.bankBookCopy], when: .bankTransfer),
            RefundDocumentRequirement(anyOf: [Documents.authorisationLetter], when: .proxyCollects),
            RefundDocumentRequirement(anyOf: [Documents.proxyIDCardCopy], when: .proxyCollects),
        ]
    )

    /// The deposit to take on enrolment, or nil when the type pays none.
    public func depositAmount(for type: MembershipType) -> Satang? {
        guard let a = amounts[type], a.isPositive else { return nil }
        return a
    }

    public func lastClaimDay(membershipExpiry: CivilDate) -> CivilDate {
        ClaimDeadline.lastClaimDay(membershipExpiry: membershipExpiry, claimPeriodMonths: claimPeriodMonths)
    }

    /// The checklist lines that apply to one refund.
    public func requirements(proxy: Bool, paymentMethod: PaymentMethod) -> [RefundDocumentRequirement] {
        requiredDocuments.filter { $0.applies(proxy: proxy, paymentMethod: paymentMethod) }
    }

    public func validate() -> [DepositPolicyProblem] {
        var problems: [DepositPolicyProblem] = []
        for type in MembershipType.allCases {
            if let a = amounts[type], a.isNegative || a > Ledger.maximumEntryAmount { problems.append(.amountInvalid(type, a)) }
        }
        if !(0...120).contains(claimPeriodMonths) { problems.append(.claimPeriodInvalid(claimPeriodMonths)) }
        var codes = Set<String>()
        for doc in requiredDocuments.flatMap(\.anyOf) {
            if doc.code.isEmpty || doc.nameTh.isEmpty || doc.nameEn.isEmpty { problems.append(.documentIncomplete(doc.code)) }
            else if !codes.insert(doc.code).inserted { problems.append(.documentCodeRepeated(doc.code)) }
        }
        return problems
    }

    // Codable with membership-type codes as keys: {"amounts": {"external-a": 100000}, …}
    enum CodingKeys: String, CodingKey { case amounts, claimPeriodMonths, requiredDocuments }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try c.decode([String: Satang].self, forKey: .amounts)
        var amounts: [MembershipType: Satang] = [:]
        for (key, value) in raw {
            guard let type = MembershipType(code: key) else {
                throw DecodingError.dataCorruptedError(forKey: .amounts, in: c, debugDescription: "Unknown membership type \(key)")
            }
            amounts[type] = value
        }
        self.amounts = amounts
        self.claimPeriodMonths = try c.decode(Int.self, forKey: .claimPeriodMonths)
        self.requiredDocuments = try c.decode([RefundDocumentRequirement].self, forKey: .requiredDocuments)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Dictionary(uniqueKeysWithValues: amounts.map { ($0.key.rawValue, $0.value) }), forKey: .amounts)
        try c.encode(claimPeriodMonths, forKey: .claimPeriodMonths)
        try c.encode(requiredDocuments, forKey: .requiredDocuments)
    }
}

public enum DepositPolicyProblem: Equatable, Sendable, Error {
    case amountInvalid(MembershipType, Satang)
    case claimPeriodInvalid(Int)
    case documentIncomplete(String)
    case documentCodeRepeated(String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.amountInvalid(let t, let a), .th): "เงินประกันของ\(t.name(.th)) (\(a.formatted(.bahtWord))) ต้องไม่ติดลบและไม่เกิน \(Ledger.maximumEntryAmount.formatted(.bahtWord))"
        case (.amountInvalid(let t, let a), .en): "The deposit for \(t.name(.en)) (\(a.formatted()) baht) must be between 0 and \(Ledger.maximumEntryAmount.formatted()) baht."
        case (.claimPeriodInvalid(let m), .th): "ระยะเวลาขอรับเงินคืน \(m) เดือน ต้องอยู่ระหว่าง 0 ถึง 120 เดือน"
        case (.claimPeriodInvalid(let m), .en): "The claim period of \(m) months must be between 0 and 120 months."
        case (.documentIncomplete(let c), .th): "เอกสาร “\(c)” ต้องมีรหัส ชื่อภาษาไทย และชื่อภาษาอังกฤษ"
        case (.documentIncomplete(let c), .en): "Document “\(c)” needs a code, a Thai name and an English name."
        case (.documentCodeRepeated(let c), .th): "รหัสเอกสาร “\(c)” ซ้ำกัน ให้ใช้รหัสไม่ซ้ำ"
        case (.documentCodeRepeated(let c), .en): "Document code “\(c)” is used twice; give each document its own code."
        }
    }
}
