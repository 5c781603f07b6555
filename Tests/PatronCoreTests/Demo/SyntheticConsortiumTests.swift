import Foundation
import PatronCore
import Testing

@Suite struct SyntheticConsortiumTests {
    let today = CivilDate(year: 2026, month: 12, day: 1)!
    let amount = Satang(100_000)

    func members(seed: UInt64, count: Int = 3_000) -> [SyntheticMember] {
        (0..<count).map { SyntheticConsortium.member(index: $0, seed: seed, today: today, depositAmount: amount) }
    }

    @Test func theSameSeedGivesTheSameMembersAndIDs() {
        #expect(members(seed: 7) == members(seed: 7))
        #expect(SyntheticConsortium.uuid(seed: 7, index: 42, salt: 1) == SyntheticConsortium.uuid(seed: 7, index: 42, salt: 1))
    }

    @Test func anotherSeedGivesOtherMembers() {
        let a = members(seed: 1), b = members(seed: 2)
        #expect(zip(a, b).filter { $0 != $1 }.count > a.count / 2)
    }

    @Test func everySegmentAndMembershipTypeOccurs() {
        let all = members(seed: 1)
        #expect(Set(all.map(\.draft.segment)) == Set(Segment.allCases))
        #expect(Set(all.map(\.draft.membershipType)) == Set(MembershipType.allCases))
    }

    @Test func datesAreRealisticAndDepositsFollowTheRules() {
        let all = members(seed: 3)
        for member in all {
            let d = member.draft
            #expect(d.enrolledOn < d.expiresOn)
            #expect(d.expiresOn >= today.adding(days: -8 * 365) && d.expiresOn <= today.adding(days: 4 * 365))
            #expect((member.deposit != nil) == (d.membershipType == .externalA))
            if let deposit = member.deposit {
                #expect(deposit.receivedOn == d.enrolledOn)
                if let refunded = deposit.refundedOn {
                    #expect(refunded > d.expiresOn && refunded <= today)
                }
            }
        }
        #expect(all.contains { $0.deposit?.refundedOn != nil })
        #expect(all.contains { $0.deposit != nil && $0.deposit?.refundedOn == nil })
        // History years old: some members enrolled more than eight years ago.
        #expect(all.contains { $0.draft.enrolledOn < today.adding(years: -8) })
    }

    @Test func cardNumbersAndIDsAreUnique() {
        let all = members(seed: 1)
        #expect(Set(all.map(\.draft.cardNumber)).count == all.count)
        let ids = (0..<all.count).flatMap { i in (1...4).map { SyntheticConsortium.uuid(seed: 1, index: i, salt: UInt64($0)) } }
        #expect(Set(ids).count == ids.count)
    }
}
