import Foundation
import Testing
import PropertyBased
@testable import PatronCore

private typealias R = ReminderFixture

@Suite struct ReminderPlannerPropertyTests {
    static let epoch2020 = CivilDate(year: 2020, month: 1, day: 1)!.daysSinceEpoch
    static let epoch2035 = CivilDate(year: 2035, month: 12, day: 31)!.daysSinceEpoch

    /// Whatever the offsets (even ones validation would refuse) and whatever the day, no renewal
    /// reminder is planned before one month before expiry, nor after the expiry day.
    @Test func renewalIsNeverPlannedEarlierThanOneMonthBeforeExpiry() async {
        let input = zip(Gen.int(in: Self.epoch2020...Self.epoch2035), Gen.int(in: 0...400).array(of: 1...4),
                        Gen.int(in: -80...5), Gen.int(in: 0...31))
        await propertyCheck(count: 500, input: input) { expiryDay, offsets, shift, catchUp in
            // Setup
            let expiry = CivilDate(daysSinceEpoch: expiryDay)
            let asOf = expiry.adding(days: shift)
            let policy = R.renewal(offsets, catchUp: catchUp)
            let member = R.member(1, expires: expiry.iso)
            // Act
            let plan = ReminderPlanner.plan(policies: [policy], asOf: asOf, candidates: [member])
            // Check
            let earliest = expiry.adding(months: -1)
            for m in plan.messages {
                #expect(m.cycle.dueOn >= earliest)
                #expect(asOf >= earliest)
                #expect(m.cycle.dueOn <= asOf && asOf <= expiry)
                #expect(m.daysLate <= catchUp)
            }
            #expect(plan.messages.count <= 1)
        }
    }

    /// Run every day: each cycle key appears first on its due day; on later days it is only repeated
    /// (which the unique index absorbs), so daily runs never create a second message for an occurrence.
    @Test func dailyRunsPlanEachOccurrenceFirstOnItsDueDay() async {
        let input = zip(Gen.int(in: Self.epoch2020...Self.epoch2035), Gen.int(in: 0...31).array(of: 1...3),
                        Gen.int(in: 0...10), Gen.int(in: 0...1))
        await propertyCheck(count: 60, input: input) { expiryDay, offsets, catchUp, hasDeposit in
            // Setup
            let expiry = CivilDate(daysSinceEpoch: expiryDay)
            let policies = [R.renewal(offsets, catchUp: catchUp),
                            ReminderPolicy(code: "refund", schedule: .refund(firstAfterExpiryDays: 1, everyMonths: 2, maxReminders: 3),
                                           channels: [.email], catchUpDays: catchUp),
                            ReminderPolicy(code: "last", schedule: .lastNotice(daysBeforeDeadline: 20), channels: [.email],
                                           catchUpDays: catchUp)]
            let member = R.member(1, expires: expiry.iso, deposit: Int64(hasDeposit) * 100_000,
                                  lastClaimDay: expiry.adding(months: 6).iso)
            var seen = Set<String>()
            var firstDays: [String: CivilDate] = [:]
            // Act
            for day in -40...220 {
                let asOf = expiry.adding(days: day)
                let plan = ReminderPlanner.plan(policies: policies, asOf: asOf, candidates: [member])
                #expect(Set(plan.messages.map(\.policyCode)).count == plan.messages.count)  // one per policy and run
                for m in plan.messages where seen.insert(m.idempotencyKey).inserted {
                    firstDays[m.idempotencyKey] = asOf
                    // Check
                    #expect(m.cycle.dueOn == asOf, "\(m.cycle.key) first planned on \(asOf)")
                }
            }
            #expect(firstDays.keys.contains { $0.hasSuffix("renewal:" + max(expiry.adding(days: -offsets.min()!), expiry.adding(months: -1)).iso) })
            #expect(firstDays.keys.contains { $0.contains("/refund:") } == (hasDeposit == 1))
            #expect(firstDays.keys.contains { $0.contains("/last:") } == (hasDeposit == 1))
        }
    }

    /// Every member the planner picks lies inside one of its policy's selection windows, so the app
    /// can read only those members from the database.
    @Test func plannedMembersLieInsideTheSelectionWindows() async {
        let members = zip(Gen.int(in: -500...500), Gen.int(in: 0...2), Gen.int(in: 0...24), Gen.int(in: 0...3))
            .array(of: 1...40)
        let input = zip(members, Gen.int(in: Self.epoch2020...Self.epoch2035), Gen.int(in: 0...31).array(of: 1...3), Gen.int(in: 0...14))
        await propertyCheck(count: 200, input: input) { specs, asOfDay, offsets, catchUp in
            // Setup
            let asOf = CivilDate(daysSinceEpoch: asOfDay)
            let policies = [R.renewal(offsets, catchUp: catchUp)] + ReminderPolicy.defaults.filter { $0.kind != .renewal }
            let candidates = specs.enumerated().map { i, s in
                let expiry = asOf.adding(days: s.0)
                return R.member(i, expires: expiry.iso, type: MembershipType.allCases[s.3], deposit: s.1 == 0 ? 0 : 100_000,
                                lastClaimDay: expiry.adding(months: s.2).iso)
            }
            let planner = ReminderPlanner(policies: policies, asOf: asOf)
            // Act
            let plan = planner.plan(candidates)
            let windows = planner.selectionWindows()
            let expiryRanges = ReminderPlanner.expiryWindows(for: policies, asOf: asOf, claimPeriodMonths: 12)
            // Check
            let byCard = Dictionary(uniqueKeysWithValues: candidates.map { ($0.cardNumber, $0) })
            for m in plan.messages {
                let c = byCard[m.cardNumber]!
                let inside = windows.contains { w in
                    guard w.policyCode == m.policyCode else { return false }
                    let value = w.column == .expiresOn ? c.expiresOn : c.lastClaimDay!
                    return w.range.contains(value) && (!w.requiresDeposit || c.depositBalance.isPositive)
                }
                #expect(inside, "\(m.cycle.key) for expiry \(c.expiresOn) not in \(windows)")
                if m.kind != .lastNotice || c.lastClaimDay == c.expiresOn.adding(months: 12) {
                    #expect(expiryRanges.contains { $0.contains(c.expiresOn) })
                }
            }
        }
    }
}
