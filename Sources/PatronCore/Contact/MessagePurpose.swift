/// What a message is for, which decides its lawful basis under the PDPA.
///
/// A *service notice* tells the member about their own membership or money (a renewal, a refund,
/// a last notice, a campaign notice about an unclaimed deposit, the status of their refund request,
/// the outcome of their own complaint, a sign-in code): the library sends it to perform its
/// contract with the member and in its legitimate interest, so any contact on file may carry it
/// unless the member opted out. Surveys, announcements and anything promotional rest on consent only.
public enum MessagePurpose: String, CaseIterable, Codable, Sendable {
    case renewal
    case refund
    case lastNotice = "last-notice"
    case campaignNotice = "campaign-notice"
    case refundRequestStatus = "refund-request-status"
    case complaintOutcome = "complaint-outcome"
    case signInCode = "sign-in-code"
    case survey
    case announcement
    case promotion

    public var lawfulBasis: LawfulBasis {
        switch self {
        case .renewal, .refund, .lastNotice, .campaignNotice, .refundRequestStatus, .complaintOutcome, .signInCode:
            .contractOrLegitimateInterest
        case .survey, .announcement, .promotion:
            .consent
        }
    }

    public var isServiceNotice: Bool { lawfulBasis == .contractOrLegitimateInterest }

    /// The purpose of a reminder family: every reminder is a service notice.
    public init(_ kind: ReminderKind) {
        switch kind {
        case .renewal: self = .renewal
        case .refund: self = .refund
        case .lastNotice: self = .lastNotice
        case .campaign: self = .campaignNotice
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.renewal, .th): "เตือนต่ออายุสมาชิก"
        case (.renewal, .en): "Renewal reminder"
        case (.refund, .th): "เตือนขอรับเงินประกันคืน"
        case (.refund, .en): "Refund reminder"
        case (.lastNotice, .th): "แจ้งเตือนครั้งสุดท้าย"
        case (.lastNotice, .en): "Last notice"
        case (.campaignNotice, .th): "แคมเปญแจ้งเตือนเงินประกันค้างรับ"
        case (.campaignNotice, .en): "Unclaimed-deposit campaign"
        case (.refundRequestStatus, .th): "สถานะคำขอรับเงินประกันคืน"
        case (.refundRequestStatus, .en): "Refund request status"
        case (.complaintOutcome, .th): "ผลการจัดการข้อร้องเรียน"
        case (.complaintOutcome, .en): "Complaint outcome"
        case (.signInCode, .th): "รหัสเข้าสู่ระบบ"
        case (.signInCode, .en): "Sign-in code"
        case (.survey, .th): "แบบสำรวจความพึงพอใจ"
        case (.survey, .en): "Survey"
        case (.announcement, .th): "ข่าวประชาสัมพันธ์"
        case (.announcement, .en): "Announcement"
        case (.promotion, .th): "ข้อความส่งเสริมการใช้บริการ"
        case (.promotion, .en): "Promotion"
        }
    }
}

/// The PDPA ground a message rests on.
public enum LawfulBasis: String, Codable, Sendable {
    /// Section 24(3) contract and 24(5) legitimate interest: the member's own membership and money.
    case contractOrLegitimateInterest = "contract"
    /// Section 19 consent, given per channel and withdrawable at any time.
    case consent

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.contractOrLegitimateInterest, .th): "สัญญา / ประโยชน์โดยชอบด้วยกฎหมาย"
        case (.contractOrLegitimateInterest, .en): "contract / legitimate interest"
        case (.consent, .th): "ความยินยอม"
        case (.consent, .en): "consent"
        }
    }
}
