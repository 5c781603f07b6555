import Foundation

/// A movement of a deposit reduced to what the indicators need: the Bangkok day, the kind, the
/// amount as recorded and, for a correction, the kind of the entry it corrects.
public struct DepositMovement: Equatable, Sendable {
    public var day: CivilDate
    public var kind: LedgerEntry.Kind
    public var amount: Satang
    public var correctedKind: LedgerEntry.Kind?

    public init(day: CivilDate, kind: LedgerEntry.Kind, amount: Satang, correctedKind: LedgerEntry.Kind? = nil) {
        self.day = day
        self.kind = kind
        self.amount = amount
        self.correctedKind = correctedKind
    }

    public var balanceEffect: Satang { kind == .refunded || kind == .forfeited ? -amount : amount }

    /// What this movement adds to the forfeited total (corrections of forfeitures count against it).
    var forfeitedEffect: Satang {
        switch kind {
        case .forfeited: amount
        case .correction where correctedKind == .forfeited: -amount
        default: .zero
        }
    }

    /// The movements of one deposit's ledger entries (corrections resolved within the list).
    public static func from(_ entries: [LedgerEntry]) -> [DepositMovement] {
        var kinds: [UUID: LedgerEntry.Kind] = [:]
        for e in entries { kinds[e.id] = e.kind }
        return entries.map {
            DepositMovement(day: $0.day, kind: $0.kind, amount: $0.amount, correctedKind: $0.corrects.flatMap { kinds[$0] })
        }
    }
}

/// One deposit with its member's expiry, its claim deadline and its movements — from database rows
/// or from a test list.
public struct DepositHistory: Equatable, Sendable {
    public var memberID: String
    public var membershipExpiry: CivilDate
    public var lastClaimDay: CivilDate
    public var movements: [DepositMovement]

    public init(memberID: String, membershipExpiry: CivilDate, lastClaimDay: CivilDate, movements: [DepositMovement]) {
        self.memberID = memberID
        self.membershipExpiry = membershipExpiry
        self.lastClaimDay = lastClaimDay
        self.movements = movements
    }

    /// The balance at the end of `day` (movements on that day included).
    public func balance(asOf day: CivilDate) -> Satang {
        movements.filter { $0.day <= day }.reduce(.zero) { $0 + $1.balanceEffect }
    }

    public func forfeited(asOf day: CivilDate) -> Satang {
        movements.filter { $0.day <= day }.reduce(.zero) { $0 + $1.forfeitedEffect }
    }
}

/// The project's indicators (seed 000), computed from the ledger as of any day.
///
/// 5.1 — expired members who have not reclaimed their deposit: members whose membership expired
/// before the day (expiry < day) and whose deposits still hold money at the end of that day; the
/// indicator is the reduction of that count against a baseline day.
/// 5.2 — the unclaimed deposit the centre can put to use: the money still held at the end of the
/// day on deposits whose claim deadline has passed (ready for forfeiture), plus what has been
/// forfeited to the fund up to that day.
public enum UnclaimedIndicators {
    public struct Indicator51: Equatable, Sendable {
        public var baselineDay: CivilDate
        public var day: CivilDate
        public var baselineCount: Int
        public var count: Int
        /// baselineCount − count (positive when fewer members leave money behind).
        public var reduction: Int { baselineCount - count }
        /// reduction × 100 / baselineCount, nil when the baseline is zero.
        public var reductionPercent: Double? {
            baselineCount == 0 ? nil : Double(reduction) * 100 / Double(baselineCount)
        }
    }

    public struct Indicator52: Equatable, Sendable {
        public var day: CivilDate
        /// Still held on deposits past their claim deadline: usable once forfeited.
        public var unclaimedPastDeadline: Satang
        /// Number of such deposits.
        public var depositCount: Int
        /// Already forfeited to the library fund up to the day.
        public var forfeited: Satang
        /// unclaimedPastDeadline + forfeited.
        public var usable: Satang { unclaimedPastDeadline + forfeited }
    }

    /// Members (distinct `memberID`) whose membership expired before `day` and who still hold money.
    /// A member with several deposits counts once; their latest expiry is used.
    public static func expiredMembersNotReclaimed(_ deposits: [DepositHistory], asOf day: CivilDate) -> Int {
        var expiry: [String: CivilDate] = [:]
        var balance: [String: Satang] = [:]
        for d in deposits {
            expiry[d.memberID] = max(expiry[d.memberID] ?? d.membershipExpiry, d.membershipExpiry)
            balance[d.memberID, default: .zero] += d.balance(asOf: day)
        }
        return expiry.filter { $0.value < day && (balance[$0.key] ?? .zero).isPositive }.count
    }

    public static func indicator51(_ deposits: [DepositHistory], baseline: CivilDate, asOf day: CivilDate) -> Indicator51 {
        Indicator51(baselineDay: baseline, day: day,
                    baselineCount: expiredMembersNotReclaimed(deposits, asOf: baseline),
                    count: expiredMembersNotReclaimed(deposits, asOf: day))
    }

    public static func indicator52(_ deposits: [DepositHistory], asOf day: CivilDate) -> Indicator52 {
        var held = Satang.zero
        var count = 0
        var forfeited = Satang.zero
        for d in deposits {
            forfeited += d.forfeited(asOf: day)
            guard ClaimDeadline.hasPassed(d.lastClaimDay, on: day) else { continue }
            let b = d.balance(asOf: day)
            if b.isPositive {
                held += b
                count += 1
            }
        }
        return Indicator52(day: day, unclaimedPastDeadline: held, depositCount: count, forfeited: forfeited)
    }
}
