/// The list the flagship project started from: expired members who have not reclaimed their
/// deposit, with totals — "768 members, 919,000 baht" — filterable by expiry period, as of any day.
public struct UnclaimedReport: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var memberID: String
        public var membershipExpiry: CivilDate
        /// Money still held for this member at the end of the as-of day, over all their deposits.
        public var balance: Satang
        public var depositCount: Int
        /// The earliest claim deadline among the member's deposits that still hold money.
        public var lastClaimDay: CivilDate
        public var pastDeadline: Bool
    }

    /// How long money has been waiting since the membership expired.
    public enum AgeBand: String, CaseIterable, Sendable {
        case underOneYear = "lt1"
        case oneToTwoYears = "1-2"
        case twoToFiveYears = "2-5"
        case overFiveYears = "gt5"

        public func name(_ language: Language) -> String {
            switch (self, language) {
            case (.underOneYear, .th): "ไม่ถึง 1 ปี"
            case (.underOneYear, .en): "under 1 year"
            case (.oneToTwoYears, .th): "1–2 ปี"
            case (.oneToTwoYears, .en): "1–2 years"
            case (.twoToFiveYears, .th): "2–5 ปี"
            case (.twoToFiveYears, .en): "2–5 years"
            case (.overFiveYears, .th): "เกิน 5 ปี"
            case (.overFiveYears, .en): "over 5 years"
            }
        }

        static func of(expiry: CivilDate, asOf day: CivilDate) -> AgeBand {
            if day < expiry.adding(years: 1) { return .underOneYear }
            if day < expiry.adding(years: 2) { return .oneToTwoYears }
            if day < expiry.adding(years: 5) { return .twoToFiveYears }
            return .overFiveYears
        }
    }

    public struct Ageing: Equatable, Sendable {
        public var band: AgeBand
        public var members: Int
        public var total: Satang
    }

    public let asOf: CivilDate
    public let rows: [Row]

    /// Members whose membership expired before `asOf` (and within `expiredFrom…expiredTo` when given)
    /// and who still hold money at the end of `asOf`, sorted by expiry.
    public init(_ deposits: [DepositHistory], asOf: CivilDate, expiredFrom: CivilDate? = nil, expiredTo: CivilDate? = nil) {
        self.asOf = asOf
        var byMember: [String: Row] = [:]
        for deposit in deposits {
            let balance = deposit.balance(asOf: asOf)
            guard balance.isPositive else { continue }
            if var row = byMember[deposit.memberID] {
                row.balance += balance
                row.depositCount += 1
                row.membershipExpiry = max(row.membershipExpiry, deposit.membershipExpiry)
                row.lastClaimDay = min(row.lastClaimDay, deposit.lastClaimDay)
                byMember[deposit.memberID] = row
            } else {
                byMember[deposit.memberID] = Row(memberID: deposit.memberID, membershipExpiry: deposit.membershipExpiry,
                                                 balance: balance, depositCount: 1, lastClaimDay: deposit.lastClaimDay,
                                                 pastDeadline: false)
            }
        }
        rows = byMember.values
            .filter { row in
                row.membershipExpiry < asOf
                    && expiredFrom.map { row.membershipExpiry >= $0 } ?? true
                    && expiredTo.map { row.membershipExpiry <= $0 } ?? true
            }
            .map { row in
                var row = row
                row.pastDeadline = ClaimDeadline.hasPassed(row.lastClaimDay, on: asOf)
                return row
            }
            .sorted { ($0.membershipExpiry, $0.memberID) < ($1.membershipExpiry, $1.memberID) }
    }

    public var memberCount: Int { rows.count }
    public var total: Satang { rows.reduce(.zero) { $0 + $1.balance } }

    public var ageing: [Ageing] {
        AgeBand.allCases.map { band in
            let members = rows.filter { AgeBand.of(expiry: $0.membershipExpiry, asOf: asOf) == band }
            return Ageing(band: band, members: members.count, total: members.reduce(.zero) { $0 + $1.balance })
        }
    }

    /// The closing line of the text report: `768 members, 919,000.00 baht` / `สมาชิก 768 ราย รวม 919,000.00 บาท`.
    public func totalLine(_ language: Language) -> String {
        switch language {
        case .th: "สมาชิก \(memberCount) ราย รวม \(total.formatted(.plain)) บาท"
        case .en: "\(memberCount) members, \(total.formatted(.plain)) baht"
        }
    }
}

/// Refunds paid per calendar month (Bangkok days), corrections of refunds applied.
public enum RefundsPerMonth {
    public struct Month: Equatable, Sendable {
        public var year: Int
        public var month: Int
        public var count: Int
        public var total: Satang
    }

    public static func of(_ deposits: [DepositHistory], from first: CivilDate, through last: CivilDate) -> [Month] {
        var months: [Int: Month] = [:]
        for deposit in deposits {
            for movement in deposit.movements where first <= movement.day && movement.day <= last {
                let key = movement.day.year * 12 + movement.day.month - 1
                var entry = months[key] ?? Month(year: movement.day.year, month: movement.day.month, count: 0, total: .zero)
                if movement.kind == .refunded {
                    entry.count += 1
                    entry.total += movement.amount
                } else if movement.kind == .correction && movement.correctedKind == .refunded {
                    entry.total -= movement.amount
                } else {
                    continue
                }
                months[key] = entry
            }
        }
        return months.keys.sorted().compactMap { months[$0] }
    }
}
