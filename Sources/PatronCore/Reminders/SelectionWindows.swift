/// Which members could be due on a day, as date ranges the app turns into SQL, so a run reads only
/// the few members whose dates fall in a window instead of all of them.
///
/// Each window is exact for its own occurrence (a member outside every window cannot be planned);
/// members inside may still be skipped by the planner (status, opt-out, a later occurrence).
/// For the default policies on any day there are about 2 renewal windows of ~8 days, 4 refund
/// windows of ~8–11 days and 1 last-notice window of 8 days.
///
/// ```sql
/// SELECT … FROM members m LEFT JOIN deposits d ON …
///  WHERE (m.expires_on BETWEEN '2027-01-08' AND '2027-01-15'
///         AND m.membership_type IN ('external-a','external-b'))          -- renewal, 7 days before
///     OR (m.expires_on BETWEEN '2026-12-08' AND '2026-12-14' AND d.balance > 0)  -- refund, 1st
///     OR (d.last_claim_day BETWEEN '2027-02-07' AND '2027-02-14' AND d.balance > 0)  -- last notice
/// ```
/// Dates are `YYYY-MM-DD` text in the database, so `BETWEEN` on the ISO strings is a range scan on
/// the index over `expires_on` (and `last_claim_day`).
public struct SelectionWindow: Hashable, Sendable, CustomStringConvertible {
    public enum Column: String, Sendable, Hashable {
        case expiresOn = "expires_on"
        /// The claim deadline stamped on the receipt (the deposit's, not recomputed from today's policy).
        case lastClaimDay = "last_claim_day"
    }

    public let policyCode: String
    public let kind: ReminderKind
    public let column: Column
    public let range: ClosedRange<CivilDate>
    /// Only members with a deposit balance above zero can match (refund and last notice).
    public let requiresDeposit: Bool
    public let audience: ReminderAudience

    public var description: String {
        "\(policyCode): \(column.rawValue) \(range.lowerBound.iso)…\(range.upperBound.iso)\(requiresDeposit ? " with deposit" : "")"
    }
}

extension ReminderPlanner {
    /// One window per occurrence that can fall due on the as-of day (within its catch-up window),
    /// per active policy, overlapping windows of a policy merged.
    public func selectionWindows() -> [SelectionWindow] {
        let a = asOfDay
        var result: [SelectionWindow] = []
        for (policy, p) in zip(policies, compiled) {
            var ranges: [ClosedRange<Int>] = []
            var column = SelectionWindow.Column.expiresOn
            switch p.kind {
            case .renewal:
                for d in p.offsets {
                    // due(e) = max(e - d, e.adding(months: -1)), non-decreasing in e; current members only (e >= a).
                    let due = { (e: Int) in max(e - d, CivilDate(daysSinceEpoch: e).adding(months: -1).daysSinceEpoch) }
                    if let r = Self.preimage(of: (a - p.catchUp)...a, under: due, near: a + d), let c = r.clamped(min: a) {
                        ranges.append(c)
                    }
                }
            case .refund:
                for k in 0..<p.maxReminders {
                    let due = { (e: Int) in CivilDate(daysSinceEpoch: e + p.firstDays).adding(months: k * p.everyMonths).daysSinceEpoch }
                    if let r = Self.preimage(of: (a - p.catchUp)...a, under: due, near: a - p.firstDays - k * p.everyMonths * 30),
                       let c = r.clamped(max: a - 1) {
                        ranges.append(c)
                    }
                }
            case .lastNotice:
                column = .lastClaimDay
                // due = L - n in [a - g, a] and a <= L.
                let lower = max(a, a - p.catchUp + p.noticeDays)
                let upper = a + p.noticeDays
                if lower <= upper { ranges.append(lower...upper) }
            case .campaign:
                break
            }
            for r in Self.merge(ranges) {
                result.append(SelectionWindow(
                    policyCode: p.code, kind: p.kind, column: column,
                    range: CivilDate(daysSinceEpoch: r.lowerBound)...CivilDate(daysSinceEpoch: r.upperBound),
                    requiresDeposit: p.kind != .renewal, audience: policy.audience))
            }
        }
        return result
    }

    /// All windows expressed on the expiry date, merged: the simplest query
    /// (`WHERE expires_on BETWEEN … OR …`). Last-notice windows are converted with
    /// `claimPeriodMonths` (deadline = expiry + months), which is right only while every receipt was
    /// stamped under that claim period — prefer `selectionWindows()` with the stamped deadline column.
    public static func expiryWindows(for policies: [ReminderPolicy], asOf: CivilDate,
                                     claimPeriodMonths: Int = DepositPolicy.default.claimPeriodMonths) -> [ClosedRange<CivilDate>] {
        let planner = ReminderPlanner(policies: policies, asOf: asOf)
        var ranges: [ClosedRange<Int>] = []
        for w in planner.selectionWindows() {
            let r = w.range.lowerBound.daysSinceEpoch...w.range.upperBound.daysSinceEpoch
            switch w.column {
            case .expiresOn:
                ranges.append(r)
            case .lastClaimDay:
                let deadline = { (e: Int) in CivilDate(daysSinceEpoch: e).adding(months: claimPeriodMonths).daysSinceEpoch }
                if let e = preimage(of: r, under: deadline, near: r.lowerBound - claimPeriodMonths * 30) { ranges.append(e) }
            }
        }
        return merge(ranges).map { CivilDate(daysSinceEpoch: $0.lowerBound)...CivilDate(daysSinceEpoch: $0.upperBound) }
    }

    /// The days e with f(e) in `target`, for a non-decreasing f that stays within ~4 years of `near`
    /// (binary search; dates kept well inside the years 1…9999 CivilDate supports).
    static func preimage(of target: ClosedRange<Int>, under f: (Int) -> Int, near: Int) -> ClosedRange<Int>? {
        let minDay = CivilDate(year: 2, month: 1, day: 1)!.daysSinceEpoch
        let maxDay = CivilDate(year: 9998, month: 12, day: 31)!.daysSinceEpoch
        let lo = max(minDay, near - 1500), hi = min(maxDay, near + 1500)
        guard lo <= hi else { return nil }
        // first e with f(e) >= target.lowerBound
        var l = lo, h = hi + 1
        while l < h { let m = (l + h) / 2; if f(m) >= target.lowerBound { h = m } else { l = m + 1 } }
        let first = l
        // last e with f(e) <= target.upperBound
        l = lo; h = hi + 1
        while l < h { let m = (l + h) / 2; if f(m) > target.upperBound { h = m } else { l = m + 1 } }
        let last = l - 1
        guard first <= last, first <= hi, last >= lo else { return nil }
        return first...last
    }

    /// Sorted, overlapping or touching ranges joined.
    static func merge(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound + 1 {
                out[out.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}

extension ClosedRange<Int> {
    func clamped(min low: Int = .min, max high: Int = .max) -> ClosedRange<Int>? {
        let l = Swift.max(lowerBound, low), u = Swift.min(upperBound, high)
        return l <= u ? l...u : nil
    }
}
