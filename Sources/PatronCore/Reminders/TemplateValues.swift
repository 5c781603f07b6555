/// What the placeholders of a template stand for, for one member (or a sample for the editor's preview).
///
/// How values are written: dates in the Buddhist era in Thai (`15 มกราคม พ.ศ. 2570`, short
/// `15 ม.ค. 2570` in SMS to save characters), Gregorian in English; money as baht with two decimals
/// (`1,000.00 บาท` / `1,000.00 baht`); a missing claim deadline as `–`. Documents are a bulleted list
/// in e-mail and LINE and one line separated by `;` in SMS and on postcards.
public struct TemplateValues: Equatable, Sendable {
    public var memberNameTh: String
    public var memberNameEn: String
    public var cardNumber: String
    public var expiresOn: CivilDate
    public var depositAmount: Satang
    public var claimDeadline: CivilDate?
    public var refundStepsURL: String
    public var counterHours: CounterHours
    /// Supplies the documents checklist and the proxy's documents.
    public var depositPolicy: DepositPolicy

    public init(memberNameTh: String, memberNameEn: String = "", cardNumber: String, expiresOn: CivilDate,
                depositAmount: Satang = .zero, claimDeadline: CivilDate? = nil, refundStepsURL: String,
                counterHours: CounterHours = .default, depositPolicy: DepositPolicy = .default) {
        self.memberNameTh = memberNameTh
        self.memberNameEn = memberNameEn
        self.cardNumber = cardNumber
        self.expiresOn = expiresOn
        self.depositAmount = depositAmount
        self.claimDeadline = claimDeadline
        self.refundStepsURL = refundStepsURL
        self.counterHours = counterHours
        self.depositPolicy = depositPolicy
    }

    public init(member: MemberDraft, depositAmount: Satang = .zero, claimDeadline: CivilDate? = nil, refundStepsURL: String,
                counterHours: CounterHours = .default, depositPolicy: DepositPolicy = .default) {
        func join(_ a: String, _ b: String) -> String { [a, b].filter { !$0.isEmpty }.joined(separator: " ") }
        self.init(memberNameTh: join(member.firstNameTh, member.lastNameTh), memberNameEn: join(member.firstNameEn, member.lastNameEn),
                  cardNumber: member.cardNumber, expiresOn: member.expiresOn, depositAmount: depositAmount,
                  claimDeadline: claimDeadline, refundStepsURL: refundStepsURL, counterHours: counterHours,
                  depositPolicy: depositPolicy)
    }

    /// Made-up values for the template editor's preview when no member is chosen.
    public static func sample(refundStepsURL: String, counterHours: CounterHours = .default,
                              depositPolicy: DepositPolicy = .default) -> TemplateValues {
        let expiry = CivilDate(year: 2027, month: 1, day: 31)!
        return TemplateValues(memberNameTh: "สมใจ ใฝ่รู้", memberNameEn: "Somjai Fairu", cardNumber: "6400123",
                              expiresOn: expiry, depositAmount: Satang(100_000),
                              claimDeadline: depositPolicy.lastClaimDay(membershipExpiry: expiry),
                              refundStepsURL: refundStepsURL, counterHours: counterHours, depositPolicy: depositPolicy)
    }

    public func text(_ placeholder: Placeholder, language: Language, channel: ContactChannel) -> String {
        let th = language == .th
        func date(_ d: CivilDate) -> String {
            channel == .sms ? DateDisplay.short(d, language) : DateDisplay.long(d, language)
        }
        switch placeholder {
        case .memberName:
            let preferred = th ? memberNameTh : memberNameEn
            return preferred.isEmpty ? (th ? memberNameEn : memberNameTh) : preferred
        case .cardNumber:
            return cardNumber
        case .expiryDate:
            return date(expiresOn)
        case .depositAmount:
            return th ? depositAmount.formatted(.bahtWord) : "\(depositAmount.formatted()) baht"
        case .claimDeadline:
            return claimDeadline.map(date) ?? "–"
        case .refundStepsURL:
            return refundStepsURL
        case .counterHours:
            return counterHours.summary(language)
        case .documents:
            let items = depositPolicy.requiredDocuments.filter { $0.when != .proxyCollects }.map { r in
                switch r.when {
                case .bankTransfer: r.label(language) + (th ? " (กรณีรับเงินโอนเข้าบัญชี)" : " (for a bank transfer)")
                default: r.label(language)
                }
            }
            if items.isEmpty { return th ? "ไม่ต้องใช้เอกสาร" : "no documents" }
            switch channel {
            case .email, .line: return items.map { "• " + $0 }.joined(separator: "\n")
            case .sms, .postcard: return items.joined(separator: "; ")
            }
        case .proxyRules:
            let proxyDocuments = depositPolicy.requiredDocuments.filter { $0.when == .proxyCollects }.map { $0.label(language) }
            if th {
                let bring = proxyDocuments.isEmpty ? "" : " โดยผู้รับมอบอำนาจต้องนำ\(proxyDocuments.joined(separator: " และ "))มาด้วย"
                return "หากมาด้วยตนเองไม่ได้ สามารถมอบอำนาจให้ผู้อื่นมารับเงินแทนได้\(bring)"
            } else {
                let bring = proxyDocuments.isEmpty ? "" : "; they bring: \(proxyDocuments.joined(separator: ", "))"
                return "If you cannot come yourself, you may authorise someone to collect the refund for you\(bring)."
            }
        }
    }
}
