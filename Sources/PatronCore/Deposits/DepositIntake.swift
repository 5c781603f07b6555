/// Whether the counter may take a deposit from a member now: the one rule the member page (which
/// form to show) and the POST (what to refuse) both apply.
///
/// * The policy must name a deposit for the member's type (`DepositPolicy.depositAmount(for:)`).
/// * Not from a member whose membership has expired (or is suspended): the deposit secures a
///   current membership.
/// * Not a second time while a deposit is held (a receipt with a balance above zero), except by a
///   role with `takeSecondDeposit` (heads, administrators) and with a reason, which the ledger keeps
///   as the entry's "why".
public enum DepositIntake {
    /// A deposit the member already holds: its receipt and what is left of it.
    public struct Held: Equatable, Sendable {
        public var receiptNumber: String
        public var balance: Satang

        public init(receiptNumber: String, balance: Satang) {
            self.receiptNumber = receiptNumber
            self.balance = balance
        }
    }

    /// What the member page offers.
    public enum Offer: Equatable, Sendable {
        /// The first deposit, at the policy's amount (pre-filled).
        case first(amount: Satang)
        /// A deposit is held already: another needs a head and a reason (the amount is not pre-filled).
        case second(held: [Held], amount: Satang)
        /// The member's type pays no deposit.
        case notRequired
        /// The membership expired on that day (or is suspended): no deposit is taken.
        case membershipNotCurrent(MemberStatus, expiredOn: CivilDate)
    }

    public static func offer(policy: DepositPolicy, membershipType: MembershipType, memberStatus: MemberStatus,
                             expiresOn: CivilDate, held: [Held], today: CivilDate) -> Offer {
        guard let amount = policy.depositAmount(for: membershipType) else { return .notRequired }
        let effective = MemberStatus.effective(stored: memberStatus, expiresOn: expiresOn, today: today)
        guard effective == .active else { return .membershipNotCurrent(effective, expiredOn: expiresOn) }
        let holding = held.filter(\.balance.isPositive)
        return holding.isEmpty ? .first(amount: amount) : .second(held: holding, amount: amount)
    }

    /// Why taking a deposit is refused for this reader; empty when it may be taken. `reason` is the
    /// second deposit's reason as typed (ignored for a first deposit).
    public static func problems(_ offer: Offer, role: StaffRole, reason: String) -> [DepositIntakeProblem] {
        switch offer {
        case .first:
            return []
        case .notRequired:
            return [.notRequired]
        case .membershipNotCurrent(let status, let day):
            return [status == .suspended ? .memberSuspended : .membershipExpired(day)]
        case .second(let held, _):
            var problems: [DepositIntakeProblem] = []
            if !role.can(.takeSecondDeposit) { problems.append(.alreadyHeld(held.map(\.receiptNumber))) }
            let trimmed = reason.depositTrimmed(" \t\r\n")
            if trimmed.isEmpty {
                problems.append(.secondDepositReasonMissing)
            } else if FieldLimits.exceeds(reason, FieldLimits.moneyNote) {
                problems.append(.reasonTooLong(maximum: FieldLimits.moneyNote))
            }
            return problems
        }
    }

    /// May this reader see the second-deposit form at all?
    public static func mayTakeSecond(_ role: StaffRole) -> Bool { role.can(.takeSecondDeposit) }
}

/// Why a deposit was not taken (nothing was written; the page says so above the list).
public enum DepositIntakeProblem: Equatable, Sendable, Error {
    case notRequired
    case membershipExpired(CivilDate)
    case memberSuspended
    case alreadyHeld([String])
    case secondDepositReasonMissing
    case reasonTooLong(maximum: Int)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.notRequired, .th): return "สมาชิกประเภทนี้ไม่ต้องวางเงินประกัน จึงไม่ได้รับเงิน"
        case (.notRequired, .en): return "This membership type pays no deposit, so nothing was taken."
        case (.membershipExpired(let d), .th):
            return "สมาชิกภาพหมดอายุแล้ว (เมื่อ \(DateDisplay.short(d, .th))) จึงไม่รับเงินประกัน ต่ออายุสมาชิกภาพก่อนหากสมาชิกจะใช้บริการต่อ"
        case (.membershipExpired(let d), .en):
            return "The membership expired on \(DateDisplay.short(d, .en)), so no deposit is taken; renew the membership first if the member continues."
        case (.memberSuspended, .th): return "สมาชิกถูกระงับสิทธิ์ จึงไม่รับเงินประกัน"
        case (.memberSuspended, .en): return "The member is suspended, so no deposit is taken."
        case (.alreadyHeld(let receipts), .th):
            return "สมาชิกมีเงินประกันอยู่แล้ว (ใบเสร็จ \(receipts.joined(separator: ", "))) การรับเงินประกันครั้งที่สองต้องทำโดยหัวหน้างานพร้อมระบุเหตุผล"
        case (.alreadyHeld(let receipts), .en):
            return "The member already holds a deposit (receipt \(receipts.joined(separator: ", "))); a second deposit needs a head, with a reason."
        case (.secondDepositReasonMissing, .th): return "กรุณาระบุเหตุผลของการรับเงินประกันครั้งที่สอง"
        case (.secondDepositReasonMissing, .en): return "Give the reason for taking a second deposit."
        case (.reasonTooLong(let max), .th): return "เหตุผลยาวเกิน \(max) ตัวอักษร กรุณาย่อให้สั้นลง"
        case (.reasonTooLong(let max), .en): return "The reason is longer than \(max) characters; please shorten it."
        }
    }
}
