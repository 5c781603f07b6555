/// What a signed-in staff member is allowed to do. Roles are cumulative only where listed:
/// an admin may do everything; the others see what their work needs (PDPA: least privilege).
public enum StaffRole: String, CaseIterable, Codable, Sendable {
    case counter
    case customerTeam = "customer-team"
    case head
    case committee
    case admin

    public enum Permission: Sendable, CaseIterable {
        /// See names, contacts and addresses of members.
        case viewMemberPersonalData
        case editMembers
        case importMembers
        case manageStaff
        /// Take deposits, print receipts, pay refunds at the counter.
        case handleDeposits
        /// Pay a refund after the claim deadline, with a reason.
        case overrideClaimDeadline
        /// Record ledger corrections and import deposit history.
        case correctLedger
        /// Propose and approve forfeiture batches.
        case forfeitDeposits
        /// Deposit reports and indicators.
        case viewReports
        /// See the outbox, resend messages, print the postcard batches.
        case manageOutbox
        /// Edit reminder templates.
        case editTemplates
        /// See complaints, suggestions, comments and compliments (contacts need `viewMemberPersonalData`).
        case viewFeedback
        /// Log feedback taken at the counter, by phone, letter or e-mail (workflow steps are checked by `FeedbackWorkflow`).
        case handleFeedback
        /// Publish outcomes, share lessons with staff, mark the monthly complaint report sent.
        case publishFeedback
        /// Keep the MT committee's meeting days (track-4 due days).
        case scheduleMeetings
        /// Preview and run unclaimed-deposit campaigns (they list members by name and extend deadlines).
        case runCampaigns
    }

    public func can(_ permission: Permission) -> Bool {
        switch permission {
        case .viewMemberPersonalData: self != .committee
        case .editMembers: self == .counter || self == .head || self == .admin
        case .importMembers: self == .head || self == .admin
        case .manageStaff: self == .admin
        case .handleDeposits: self == .counter || self == .head || self == .admin
        case .overrideClaimDeadline, .correctLedger, .forfeitDeposits: self == .head || self == .admin
        case .viewReports: self != .counter
        case .manageOutbox: self == .counter || self == .head || self == .customerTeam || self == .admin
        case .editTemplates: self == .head || self == .admin
        case .viewFeedback: true
        case .handleFeedback: self != .committee
        case .publishFeedback: self == .customerTeam || self == .head || self == .admin
        case .scheduleMeetings: self == .committee || self == .head || self == .admin
        case .runCampaigns: self == .head || self == .admin
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.counter, .th): "เจ้าหน้าที่เคาน์เตอร์"
        case (.counter, .en): "Counter staff"
        case (.customerTeam, .th): "ทีมลูกค้าสัมพันธ์"
        case (.customerTeam, .en): "Customer team"
        case (.head, .th): "หัวหน้างาน/หัวหน้าฝ่าย"
        case (.head, .en): "Work-group / department head"
        case (.committee, .th): "คณะกรรมการบริหาร (MT)"
        case (.committee, .en): "Management committee (MT)"
        case (.admin, .th): "ผู้ดูแลระบบ"
        case (.admin, .en): "Administrator"
        }
    }
}
