import Foundation

/// Decides who gets which reminder on a day: a pure function of the policies, the as-of day and a
/// snapshot of members. Writing the outbox (one row per member and cycle key, unique) is the app's job.
///
/// ## Rules
/// - An occurrence is *due* on its due day (see `ReminderSchedule`). A run on day A sends, per
///   member and policy, the **latest** occurrence whose due day D satisfies `A - catchUpDays <= D <= A`.
///   So a daily run sends each occurrence on its day; after missed runs the most recent occurrence
///   within the catch-up window is sent once (older ones are superseded and never sent); an occurrence
///   longer past than the window is skipped. Re-running gives the same cycle keys (see `ReminderCycle`).
/// - Renewal: the member is current on A (stored status active — not suspended, not ended early —
///   and `A <= expiry`). Due days are clamped to `expiry.adding(months: -1)`, so no renewal
///   reminder is ever planned before one month before expiry, whatever the policy says.
/// - Refund: the member holds a deposit (balance > 0), has expired (`expiry < A`; suspended members
///   are reminded too — the money is theirs), and neither A nor the due day is past the claim deadline.
/// - Last notice: the member holds a deposit and has a claim deadline L, and `due <= A <= L`.
/// - Audience: the member's membership type and segment must be in the policy's sets (empty = all).
/// - Opt-out wins: an opted-out member gets nothing; the plan counts them per policy.
/// - Channel: the first of the policy's channels the member can receive (consent AND a contact),
///   the other receivable ones as fallbacks; none → `.noUsableChannel`.
/// - Language: the member's preferred language.
///
/// Policies are assumed validated (`ReminderPolicy.validate`); the planner still never trusts them:
/// negative renewal offsets are ignored, other numbers are clamped into their valid ranges.
public struct ReminderPlanner: Sendable {
    public let asOf: CivilDate
    /// The active policies, in the order given.
    public let policies: [ReminderPolicy]
    let compiled: [CompiledPolicy]
    let asOfDay: Int

    public init(policies: [ReminderPolicy], asOf: CivilDate) {
        self.asOf = asOf
        self.asOfDay = asOf.daysSinceEpoch
        self.policies = policies.filter(\.isActive)
        self.compiled = self.policies.map(CompiledPolicy.init)
    }

    /// Plans for all candidates at once.
    public static func plan(policies: [ReminderPolicy], asOf: CivilDate, candidates: [ReminderCandidate]) -> ReminderPlan {
        ReminderPlanner(policies: policies, asOf: asOf).plan(candidates)
    }

    public func emptyPlan() -> ReminderPlan { ReminderPlan(asOf: asOf, policyCodes: policies.map(\.code), policyKinds: policies.map(\.kind)) }

    public func plan(_ candidates: [ReminderCandidate]) -> ReminderPlan {
        var result = emptyPlan()
        plan(candidates, into: &result)
        return result
    }

    /// Adds one chunk of candidates to a plan: the app can stream members from the database in
    /// pages and never hold a million of them at once.
    public func plan(_ candidates: [ReminderCandidate], into plan: inout ReminderPlan) {
        precondition(plan.asOf == asOf && plan.policyCodes.count == compiled.count, "plan made by another planner")
        plan.candidatesSeen += candidates.count
        for candidate in candidates {
            planOne(candidate, into: &plan)
        }
    }

    @inline(__always)
    func planOne(_ c: ReminderCandidate, into plan: inout ReminderPlan) {
        let expiryDay = c.expiresOn.daysSinceEpoch
        let typeBit = c.membershipType.bit
        let segmentBit = c.segment.bit
        var channelMask: UInt8 = 0xFF  // not computed yet
        for index in compiled.indices {
            let p = compiled[index]
            if p.typeMask != 0 && p.typeMask & typeBit == 0 { continue }
            if p.segmentMask != 0 && p.segmentMask & segmentBit == 0 { continue }
            guard let (occurrence, dueDay) = p.due(for: c, expiryDay: expiryDay, asOfDay: asOfDay, asOf: asOf) else { continue }
            if c.optedOut {
                plan.optedOutCounts[index] += 1
                continue
            }
            if channelMask == 0xFF { channelMask = c.usableChannelMask }
            let usable = p.channels.filtered(mask: channelMask)
            let route: ReminderRoute = usable.isEmpty ? .noUsableChannel : .deliver(usable.first!, fallbacks: usable.rest)
            plan.messages.append(PlannedMessage(
                memberID: c.memberID, cardNumber: c.cardNumber, kind: p.kind,
                cycle: ReminderCycle(policyCode: p.code, occurrence: occurrence, dueOn: CivilDate(daysSinceEpoch: dueDay)),
                route: route, language: c.preferredLanguage, daysLate: asOfDay - dueDay))
        }
    }

    /// The cycle the policy would send to this member on the as-of day (ignoring audience, opt-out
    /// and channels), or nil: for previews ("what would this member get today?").
    public func dueCycle(of policy: ReminderPolicy, for candidate: ReminderCandidate) -> ReminderCycle? {
        let p = CompiledPolicy(policy)
        guard let (occurrence, day) = p.due(for: candidate, expiryDay: candidate.expiresOn.daysSinceEpoch,
                                            asOfDay: asOfDay, asOf: asOf) else { return nil }
        return ReminderCycle(policyCode: policy.code, occurrence: occurrence, dueOn: CivilDate(daysSinceEpoch: day))
    }
}

/// A policy turned into plain numbers and bit masks for the per-member loop.
struct CompiledPolicy: Sendable {
    let code: String
    let kind: ReminderKind
    let channels: ChannelList
    let typeMask: UInt8
    let segmentMask: UInt16
    let catchUp: Int
    /// Renewal: offsets ≥ 0, largest first (so due days come earliest first).
    let offsets: [Int]
    let maxOffset: Int
    let firstDays: Int
    let everyMonths: Int
    let maxReminders: Int
    let noticeDays: Int

    init(_ policy: ReminderPolicy) {
        code = policy.code
        kind = policy.kind
        channels = ChannelList(policy.channels)
        typeMask = policy.audience.membershipTypes.reduce(0) { $0 | $1.bit }
        segmentMask = policy.audience.segments.reduce(0) { $0 | $1.bit }
        catchUp = max(0, policy.catchUpDays)
        var offsets: [Int] = []
        var first = 1, every = 1, count = 1, notice = 1
        switch policy.schedule {
        case .renewal(let days):
            offsets = Array(Set(days.filter { $0 >= 0 })).sorted(by: >)
        case .refund(let f, let e, let n):
            first = min(max(f, 1), 366)
            every = min(max(e, 1), 120)
            count = min(max(n, 1), 240)
        case .lastNotice(let d):
            notice = min(max(d, 0), 3660)
        }
        self.offsets = offsets
        maxOffset = offsets.first ?? 0
        firstDays = first
        everyMonths = every
        maxReminders = count
        noticeDays = notice
    }

    /// The latest occurrence due within the catch-up window, with its due day (days since epoch).
    @inline(__always)
    func due(for c: ReminderCandidate, expiryDay e: Int, asOfDay a: Int, asOf: CivilDate) -> (Int, Int)? {
        switch kind {
        case .renewal:
            guard !offsets.isEmpty, e >= a, e - maxOffset <= a, c.status == .active else { return nil }
            let earliest = ReminderPolicy.earliestRenewalDay(expiry: c.expiresOn).daysSinceEpoch
            // Offsets are largest first, so due days never decrease; two offsets clamped to the same
            // day are one occurrence, reported under the first of them.
            var foundDue = Int.min
            var foundIndex = -1
            for (i, d) in offsets.enumerated() {
                let due = max(e - d, earliest)
                if due > a { break }
                if due != foundDue {
                    foundDue = due
                    foundIndex = i
                }
            }
            guard foundIndex >= 0, a - foundDue <= catchUp else { return nil }
            return (foundIndex + 1, foundDue)
        case .refund:
            guard c.depositBalance.value > 0, e < a else { return nil }
            let start = e + firstDays
            guard start <= a else { return nil }
            var deadline = Int.max
            if let l = c.lastClaimDay {
                deadline = l.daysSinceEpoch
                guard a <= deadline else { return nil }
            }
            let startDate = CivilDate(daysSinceEpoch: start)
            let months = (asOf.year * 12 + asOf.month) - (startDate.year * 12 + startDate.month)
            var k = min(months / everyMonths, maxReminders - 1)
            var due = k == 0 ? start : startDate.adding(months: k * everyMonths).daysSinceEpoch
            if due > a {
                k -= 1
                due = k == 0 ? start : startDate.adding(months: k * everyMonths).daysSinceEpoch
            }
            guard a - due <= catchUp, due <= deadline else { return nil }
            return (k + 1, due)
        case .lastNotice:
            guard c.depositBalance.value > 0, let l = c.lastClaimDay else { return nil }
            let deadline = l.daysSinceEpoch
            let due = deadline - noticeDays
            guard due <= a, a <= deadline, a - due <= catchUp else { return nil }
            return (1, due)
        case .campaign:
            return nil  // campaigns are run on purpose, never planned by a schedule
        }
    }
}

extension MembershipType {
    @inlinable var bit: UInt8 {
        switch self {
        case .student: 1
        case .staff: 2
        case .externalA: 4
        case .externalB: 8
        }
    }
}

extension Segment {
    @inlinable var bit: UInt16 {
        switch self {
        case .u1: 1 << 0
        case .u2: 1 << 1
        case .u3: 1 << 2
        case .u4: 1 << 3
        case .u5: 1 << 4
        case .f1: 1 << 5
        case .f2: 1 << 6
        case .pa1: 1 << 7
        case .pa2: 1 << 8
        case .pa3: 1 << 9
        }
    }
}
