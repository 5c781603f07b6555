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
        /// See a proxy's whole national ID number (others see its last four digits).
        case viewFullIDNumbers
        case editMembers
        case importMembers
        case manageStaff
        /// Take deposits, print receipts, pay refunds at the counter.
        case handleDeposits
        /// Take a second deposit from a member who already holds one, with a reason (`DepositIntake`).
        case takeSecondDeposit
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
        /// Read the access log (who read, exported or changed personal data).
        case viewAuditLog
        /// Keep the holiday calendar (the days added to the built-in one; working-day counts read it).
        case manageHolidays

        /// What the permission allows, as README's role table says it.
        public var summary: String {
            switch self {
            case .viewMemberPersonalData: "see members' names, contacts and addresses"
            case .viewFullIDNumbers: "see proxies' whole ID numbers (others: last 4 digits)"
            case .editMembers: "edit members and record documents"
            case .importMembers: "import members"
            case .manageStaff: "manage staff accounts"
            case .handleDeposits: "take deposits, print receipts, pay refunds"
            case .takeSecondDeposit: "take a second deposit from a member who holds one (with a reason)"
            case .overrideClaimDeadline: "pay refunds after the claim deadline"
            case .correctLedger: "correct ledger entries, import deposit history"
            case .forfeitDeposits: "propose and approve forfeiture"
            case .viewReports: "deposit reports and indicators"
            case .manageOutbox: "the outbox and postcard batches"
            case .editTemplates: "edit reminder templates"
            case .viewFeedback: "see complaints (contacts only with personal data)"
            case .handleFeedback: "record and handle complaints"
            case .publishFeedback: "publish outcomes, share lessons, mark the monthly report sent"
            case .scheduleMeetings: "MT meeting days"
            case .viewAuditLog: "the access log"
            case .runCampaigns: "preview and run unclaimed-deposit campaigns"
            case .manageHolidays: "the holiday calendar"
            }
        }
    }

    /// README's role table, generated from `can(_:)` so the two never disagree (a test compares them).
    public static func markdownTable() -> String {
        var lines = ["| role | may |", "| --- | --- |"]
        for role in allCases {
            let allowed = Permission.allCases.filter(role.can).map(\.summary)
            lines.append("| \(role.rawValue) | \(allowed.joined(separator: "; ")) |")
        }
        return lines.joined(separator: "\n")
    }

    public func can(_ permission: Permission) -> Bool {
        switch permission {
        case .viewMemberPersonalData: self != .committee
        case .viewFullIDNumbers: self == .head || self == .admin
        case .editMembers: self == .counter || self == .head || self == .admin
        case .importMembers: self == .head || self == .admin
        case .manageStaff: self == .admin
        case .handleDeposits: self == .counter || self == .head || self == .admin
        case .takeSecondDeposit, .overrideClaimDeadline, .correctLedger, .forfeitDeposits: self == .head || self == .admin
        case .viewReports: self != .counter
        case .manageOutbox: self == .counter || self == .head || self == .customerTeam || self == .admin
        case .editTemplates: self == .head || self == .admin
        case .viewFeedback: true
        case .handleFeedback: self != .committee
        case .publishFeedback: self == .customerTeam || self == .head || self == .admin
        case .scheduleMeetings: self == .committee || self == .head || self == .admin
        case .viewAuditLog: self == .admin
        case .manageHolidays: self == .admin
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
