import Foundation
import PropertyBased
import Testing
@testable import PatronCore

@Suite struct CampaignPlanTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    /// A former external member as a Koha import leaves them: address, maybe e-mail, no consent.
    static func member(_ n: Int, expires: String, balance: Int64 = 100_000, deadline: String = "2010-01-31", email: String = "",
                       address: Bool = true, optedOut: ChannelSet = [], allOut: Bool = false) -> CampaignMember {
        CampaignMember(memberID: id(n), cardNumber: "C\(n)", expiresOn: d(expires),
                       contacts: ContactsOnFile(email: email, addressLine1: address ? "\(n) ถนนห้วยแก้ว" : "", postcode: address ? "50200" : ""),
                       preferences: ContactPreferences(optedOutChannels: optedOut, optedOutOfAll: allOut),
                       deposits: [CampaignDeposit(id: id(10_000 + n), balance: Satang(balance), lastClaimDay: d(deadline))])
    }

    let order = CampaignOrder(asOf: Self.d("2011-01-15"), claimBy: Self.d("2011-03-31"))

    @Test func everyExpiredMemberWithABalanceIsSelectedWhateverTheAgeOfTheDeadline() {
        let plan = CampaignPlan(order: order, members: [
            Self.member(1, expires: "2005-06-30", deadline: "2006-06-30"),            // five years past its deadline
            Self.member(2, expires: "2010-12-31", deadline: "2011-12-31", email: "b@example.org"),  // deadline after claim-by: kept
            Self.member(3, expires: "2011-06-30"),                                      // still current
            Self.member(4, expires: "2009-01-01", balance: 0),                          // refunded or forfeited
        ])
        #expect(plan.selected.map(\.cardNumber) == ["C1", "C2"])
        #expect(plan.notices.map { "\($0.memberID == Self.id(1) ? "C1" : "C2") \($0.channel.rawValue)" } == ["C1 postcard", "C2 postcard", "C2 email"])
        #expect(plan.extensions == [.init(depositID: Self.id(10_001), memberID: Self.id(1), from: Self.d("2006-06-30"), to: Self.d("2011-03-31"))],
                "the later deadline is never shortened")
        #expect(plan.byYear.map(\.year) == [2005, 2010])
        #expect(plan.summaryLine(.en) == "2 members, 2,000.00 baht notified (postcard 2, e-mail 1)")
        #expect(plan.summaryLine(.th).contains("2,000.00 บาท"))
    }

    @Test func membersNoChannelReachesAreListedWithTheirReasons() {
        let plan = CampaignPlan(order: order, members: [
            Self.member(1, expires: "2008-01-01", address: false),
            Self.member(2, expires: "2008-01-01", email: "x@example.org", optedOut: ChannelSet([.postcard, .email])),
            Self.member(3, expires: "2008-01-01", allOut: true),
            Self.member(4, expires: "2008-01-01"),
        ])
        #expect(plan.unreachable.map(\.cardNumber) == ["C1", "C2", "C3"])
        #expect(plan.unreachable[0].reasons == [.postcard: .noContact, .email: .noContact])
        #expect(plan.unreachable[1].reasons == [.postcard: .optedOutOfChannel, .email: .optedOutOfChannel])
        #expect(plan.unreachable[2].reasons[.postcard] == .optedOutOfAll)
        #expect(plan.notifiedMembers == 1 && plan.notifiedTotal == Satang(100_000))
        #expect(plan.extensions.count == 4, "unreachable members' deposits get the new date too: they may still come")
        #expect(plan.byYear == [.init(year: 2008, members: 4, total: Satang(400_000), notifiedMembers: 1)])
    }

    @Test func theExpiryRangeAndChannelsNarrowTheCampaign() {
        let narrow = CampaignOrder(asOf: Self.d("2011-01-15"), claimBy: Self.d("2011-03-31"), expiredFrom: Self.d("2008-01-01"), expiredTo: Self.d("2008-12-31"),
                                   channels: [.email, .sms])
        let plan = CampaignPlan(order: narrow, members: [
            Self.member(1, expires: "2007-12-31", email: "a@example.org"),
            Self.member(2, expires: "2008-06-30", email: "b@example.org"),
            Self.member(3, expires: "2008-12-31"),
        ])
        #expect(plan.selected.map(\.cardNumber) == ["C2", "C3"])
        #expect(plan.notices.map(\.channel) == [.email])
        #expect(plan.notices.first?.fallbacks == [.postcard], "a channel not ordered but on file is the fallback")
        #expect(plan.unreachable.map(\.cardNumber) == ["C3"])
    }

    @Test func badOrdersAreRefusedWithAMessageInEachLanguage() {
        let asOf = Self.d("2011-01-15")
        #expect(CampaignOrder(asOf: asOf, claimBy: Self.d("2011-01-10")).validate() == [.claimByBeforeAsOf(claimBy: Self.d("2011-01-10"), asOf: asOf)])
        #expect(CampaignOrder(asOf: asOf, claimBy: Self.d("2011-02-13")).validate() == [.claimByTooSoon(claimBy: Self.d("2011-02-13"), asOf: asOf)])
        #expect(CampaignOrder(asOf: asOf, claimBy: Self.d("2011-02-14")).validate().isEmpty, "30 days is enough")
        #expect(CampaignOrder(asOf: asOf, claimBy: Self.d("2011-03-31"), channels: []).validate() == [.noChannels])
        #expect(CampaignOrder(asOf: asOf, claimBy: Self.d("2011-03-31"), expiredFrom: Self.d("2009-01-01"), expiredTo: Self.d("2008-01-01")).validate()
                == [.expiryRangeInverted(from: Self.d("2009-01-01"), to: Self.d("2008-01-01"))])
        #expect(CampaignOrder.channels(from: "postcard,e-mail,LINE") == .success([.postcard, .email, .line]))
        #expect(CampaignOrder.channels(from: "postcard,fax") == .failure(.unknownChannel("fax")))
        let problems: [CampaignProblem] = [.claimByBeforeAsOf(claimBy: asOf, asOf: asOf), .claimByTooSoon(claimBy: asOf, asOf: asOf), .noChannels,
                                           .unknownChannel("fax"), .unknownUser("x"), .notAHead("x"), .nobodySelected, .alreadyQueued(on: asOf),
                                           .expiryRangeInverted(from: asOf, to: asOf), .notADate(option: "as-of", text: "x"), .missingOption("claim-by")]
        for problem in problems {
            #expect(!problem.message(.th).isEmpty && problem.message(.th) != problem.message(.en))
        }
    }

    /// Whatever the deposits, an extension only ever moves a deadline later, to the claim-by date.
    @Test func deadlinesAreNeverShortened() async {
        let deadlines = Gen.int(in: -2000...2000).array(of: 1...6)
        await propertyCheck(count: 300, input: deadlines) { offsets in
            let claimBy = Self.d("2011-03-31")
            let members = offsets.enumerated().map { i, offset in
                Self.member(i, expires: "2008-01-01", deadline: claimBy.adding(days: offset).iso)
            }
            let plan = CampaignPlan(order: CampaignOrder(asOf: Self.d("2011-01-15"), claimBy: claimBy), members: members)
            #expect(plan.extensions.count == offsets.filter { $0 < 0 }.count)
            for e in plan.extensions { #expect(e.from < e.to && e.to == claimBy) }
            #expect(ClaimDeadline.extended(claimBy, to: claimBy) == nil)
        }
    }
}
