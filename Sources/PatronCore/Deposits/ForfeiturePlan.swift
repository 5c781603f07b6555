import Foundation

/// A deposit as the forfeiture run sees it.
public struct ForfeitureCandidate: Equatable, Sendable {
    public var depositID: UUID
    public var balance: Satang
    public var lastClaimDay: CivilDate
    public var hasOpenRefundRequest: Bool

    public init(depositID: UUID, balance: Satang, lastClaimDay: CivilDate, hasOpenRefundRequest: Bool) {
        self.depositID = depositID
        self.balance = balance
        self.lastClaimDay = lastClaimDay
        self.hasOpenRefundRequest = hasOpenRefundRequest
    }
}

/// Which deposits to forfeit to the library fund as of a day: those whose claim deadline has passed
/// (the day is after the last claim day) and that still hold money. Never one with an open refund
/// request — the member asked in time or a head is deciding — and never an empty one.
/// The plan is shown to a head for approval before any entry is recorded.
public struct ForfeiturePlan: Equatable, Sendable {
    public enum SkipReason: Equatable, Sendable {
        case deadlineNotPassed
        case openRefundRequest
        case nothingLeft

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.deadlineNotPassed, .th): "ยังไม่พ้นกำหนดขอรับเงินคืน"
            case (.deadlineNotPassed, .en): "The claim deadline has not passed."
            case (.openRefundRequest, .th): "มีคำขอคืนเงินที่ยังไม่ปิด ไม่ริบจนกว่าคำขอจะได้รับการพิจารณา"
            case (.openRefundRequest, .en): "A refund request is open; not forfeited until it is decided."
            case (.nothingLeft, .th): "ไม่มียอดคงเหลือ"
            case (.nothingLeft, .en): "Nothing is left to forfeit."
            }
        }
    }

    public let asOf: CivilDate
    public let toForfeit: [ForfeitureCandidate]
    public let skipped: [(candidate: ForfeitureCandidate, reason: SkipReason)]

    public init(candidates: [ForfeitureCandidate], asOf: CivilDate) {
        self.asOf = asOf
        var take: [ForfeitureCandidate] = []
        var skip: [(candidate: ForfeitureCandidate, reason: SkipReason)] = []
        for c in candidates {
            if !c.balance.isPositive { skip.append((c, .nothingLeft)) }
            else if !ClaimDeadline.hasPassed(c.lastClaimDay, on: asOf) { skip.append((c, .deadlineNotPassed)) }
            else if c.hasOpenRefundRequest { skip.append((c, .openRefundRequest)) }
            else { take.append(c) }
        }
        self.toForfeit = take
        self.skipped = skip
    }

    /// The money that goes to the fund.
    public var total: Satang { toForfeit.reduce(.zero) { $0 + $1.balance } }

    /// The ledger entries that carry the plan out once approved (each forfeits the whole balance).
    public func entries(approvedBy staff: StaffRef, at instant: Date, reason: String,
                        makeID: () -> UUID) -> [LedgerEntry] {
        toForfeit.map {
            .forfeited(id: makeID(), depositID: $0.depositID, amount: $0.balance, by: staff, at: instant, reason: reason)
        }
    }

    public static func == (lhs: ForfeiturePlan, rhs: ForfeiturePlan) -> Bool {
        lhs.asOf == rhs.asOf && lhs.toForfeit == rhs.toForfeit
            && lhs.skipped.map(\.candidate) == rhs.skipped.map(\.candidate)
            && lhs.skipped.map(\.reason) == rhs.skipped.map(\.reason)
    }
}
