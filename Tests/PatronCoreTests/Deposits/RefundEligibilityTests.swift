import Foundation
import Testing
@testable import PatronCore

@Suite struct ThaiNationalIDTests {
    @Test(arguments: ["1101700203450", "3100500123458", "1-2345-67890-12-1", "1 1017 00203 45 0"])
    func acceptsValidNumbers(text: String) {
        #expect(ThaiNationalID.isValid(text))
    }

    @Test(arguments: ["1101700203451", "110170020345", "11017002034500", "1101700203abc", ""])
    func refusesInvalidNumbers(text: String) {
        #expect(!ThaiNationalID.isValid(text))
    }

    @Test func formats() {
        #expect(ThaiNationalID.formatted("1234567890121") == "1-2345-67890-12-1")
    }
}

@Suite struct RefundEligibilityTests {
    typealias F = DepositFixture
    let policy = DepositPolicy.default
    let holidays = HolidayCalendar.thaiPublicHolidays
    /// Monday 5 Jan 2026, 10:00 in Bangkok.
    let openTime = F.bangkok("2026-01-05T10:00:00")

    func request(expiry: String = "2025-09-30", lastClaimDay: String = "2026-09-30", status: MemberStatus = .active,
                 ticked: Set<String> = ["original-receipt", "id-card-copy"], collector: RefundCollector = .member,
                 method: PaymentMethod = .cash, override: DeadlineOverride? = nil) -> RefundRequest {
        RefundRequest(membershipExpiry: F.day(expiry), memberStatus: status, lastClaimDay: F.day(lastClaimDay),
                      paymentMethod: method, documentsTicked: ticked, collector: collector, deadlineOverride: override)
    }

    func problems(_ r: RefundRequest, at instant: Date? = nil) -> [RefundProblem] {
        RefundEligibility.problems(for: r, at: instant ?? openTime, counterHours: .default, holidays: holidays, policy: policy)
    }

    @Test func anExpiredMemberWithTheDocumentsInHoursIsPaid() {
        #expect(problems(request()).isEmpty)
        #expect(problems(request(ticked: ["lost-receipt-form", "id-card-copy"])).isEmpty)
    }

    @Test func refusesWhileTheMembershipIsCurrentAndSaysFromWhen() {
        let p = problems(request(expiry: "2026-01-05", lastClaimDay: "2027-01-05"))
        #expect(p == [.membershipStillActive(expiresOn: F.day("2026-01-05"))])
        #expect(p[0].message(.en) == "The membership is still current: the deposit can be refunded after the membership expires on 5 Jan 2026, that is from 6 Jan 2026.")
        #expect(p[0].message(.th) == "สมาชิกภาพยังไม่หมดอายุ คืนเงินประกันได้หลังสมาชิกภาพหมดอายุในวันที่ 5 ม.ค. 2569 คือตั้งแต่วันที่ 6 ม.ค. 2569")
        // No advice the counter cannot follow (there is no "end the membership early" in the UI).
        #expect(!p[0].message(.en).contains("ends the membership") && !p[0].message(.th).contains("ยกเลิก"))
    }

    // MARK: blockers: the same rule, before the form

    func blockers(_ r: RefundRequest, at instant: Date? = nil, role: StaffRole = .counter) -> [RefundProblem] {
        RefundEligibility.blockers(r.situation, at: instant ?? openTime, counterHours: .default, holidays: holidays, readerRole: role)
    }

    @Test func blockersAreTheSituationsProblemsWithoutTheFormsOnes() {
        // Nothing ticked, a proxy with nothing filled in: the form's business, not a blocker.
        let r = request(ticked: [], collector: .proxy(ProxyDetails(name: "", idNumber: "", letterDate: nil)))
        #expect(blockers(r).isEmpty)
        #expect(!problems(r).isEmpty)
    }

    @Test func aCurrentMembershipAndAClosedCounterBlockWithWhenTheyWillNot() {
        let current = request(expiry: "2026-01-05", lastClaimDay: "2027-01-05")
        let sunday = F.bangkok("2026-01-04T10:00:00")
        let found = blockers(current, at: sunday)
        #expect(found.count == 2)
        #expect(found[0] == .membershipStillActive(expiresOn: F.day("2026-01-05")))
        guard case .counterClosed(_, _, let opens?) = found[1] else { Issue.record("not closed: \(found)"); return }
        #expect(opens.day == F.day("2026-01-05") && opens.clock == "08:00")
        // Exactly what the POST refuses for the same situation.
        #expect(problems(current, at: sunday) == found)
    }

    @Test func pastTheDeadlineBlocksTheCounterButNotAHeadWhoMayOverride() {
        let late = request(expiry: "2024-09-30", lastClaimDay: "2025-09-30")
        #expect(blockers(late, role: .counter) == [.claimDeadlinePassed(F.day("2025-09-30"))])
        #expect(blockers(late, role: .customerTeam) == [.claimDeadlinePassed(F.day("2025-09-30"))])
        #expect(blockers(late, role: .head).isEmpty)
        #expect(blockers(late, role: .admin).isEmpty)
        #expect(late.situation.pastDeadline(on: F.day("2026-01-05")))
        // The head's form still needs the override's reason: the POST says so.
        #expect(problems(late) == [.claimDeadlinePassed(F.day("2025-09-30"))])
    }

    @Test func aMemberWhoEndedTheMembershipEarlyMayClaim() {
        var r = request(expiry: "2027-01-05", lastClaimDay: "2028-01-05")
        r.membershipEndedOn = F.day("2026-01-02")
        #expect(problems(r).isEmpty)
    }

    @Test func refusesASuspendedMember() {
        #expect(problems(request(status: .suspended)) == [.memberSuspended])
    }

    @Test func refusesPastTheDeadlineWithoutAHeadsOverride() {
        let late = request(expiry: "2024-09-30", lastClaimDay: "2025-09-30")
        #expect(problems(late) == [.claimDeadlinePassed(F.day("2025-09-30"))])
        #expect(problems(late)[0].message(.th).contains("หัวหน้างาน"))

        var byHead = late
        byHead.deadlineOverride = DeadlineOverride(by: F.head, role: .head, reason: "ป่วยหนัก มีใบรับรองแพทย์")
        #expect(problems(byHead).isEmpty)

        var byCounter = late
        byCounter.deadlineOverride = DeadlineOverride(by: F.staff, role: .counter, reason: "ขอร้อง")
        #expect(problems(byCounter) == [.overrideNotAuthorised(.counter)])

        var noReason = late
        noReason.deadlineOverride = DeadlineOverride(by: F.head, role: .head, reason: " ")
        #expect(problems(noReason) == [.overrideReasonMissing])
    }

    @Test func theLastClaimDayItselfIsInTime() {
        #expect(problems(request(lastClaimDay: "2026-01-05")).isEmpty)
    }

    @Test func refusesOutsideCounterHoursAndSaysWhenItOpens() throws {
        let p = problems(request(), at: F.bangkok("2026-01-05T18:31:00"))
        let closed = try #require(p.first)
        #expect(p.count == 1)
        #expect(closed.message(.en) == "The counter is closed now; refunds are paid Mon–Fri 08:00–18:30, Sat 09:00–15:30, except on public holidays. It opens again on Tuesday 6 Jan 2026 at 08:00.")
        #expect(closed.message(.th) == "ขณะนี้เคาน์เตอร์ปิด คืนเงินประกันได้เฉพาะเวลา จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น. ยกเว้นวันหยุดราชการ เคาน์เตอร์จะเปิดอีกครั้งวันอังคารที่ 6 ม.ค. 2569 เวลา 08:00 น.")
    }

    @Test func namesTheHolidayWhenClosedForOne() throws {
        let p = problems(request(), at: F.bangkok("2026-04-13T10:00:00"))
        #expect(try #require(p.first).message(.en).contains("(Songkran Festival)"))
        #expect(try #require(p.first).message(.en).contains("Thursday 16 Apr 2026 at 08:00"))
    }

    @Test func listsMissingDocuments() {
        let p = problems(request(ticked: ["id-card-copy"], method: .bankTransfer))
        #expect(p == [.documentsMissing([policy.requiredDocuments[0], policy.requiredDocuments[2]])])
        #expect(p[0].message(.en) == "Documents missing: Original receipt or Lost-receipt form; Copy of the bank book. Check them and tick them on the list.")
    }

    @Test func aProxyNeedsNameIDNumberAndLetterDate() {
        let proxyDocs: Set<String> = ["original-receipt", "id-card-copy", "authorisation-letter", "proxy-id-card-copy"]
        let good = ProxyDetails(name: "สมปอง รับแทน", idNumber: "1-1017-00203-45-0", letterDate: F.day("2026-01-02"))
        #expect(problems(request(ticked: proxyDocs, collector: .proxy(good))).isEmpty)

        let noLetter = ProxyDetails(name: "สมปอง รับแทน", idNumber: "1101700203450", letterDate: nil)
        #expect(problems(request(ticked: proxyDocs, collector: .proxy(noLetter))) == [.proxyLetterDateMissing])

        let bad = ProxyDetails(name: " ", idNumber: "1101700203451", letterDate: F.day("2026-02-01"))
        #expect(problems(request(ticked: proxyDocs, collector: .proxy(bad)))
            == [.proxyNameMissing, .proxyIDNumberInvalid("1101700203451"), .proxyLetterDateInFuture(F.day("2026-02-01"))])

        let noID = ProxyDetails(name: "สมปอง", idNumber: "", letterDate: F.day("2026-01-02"))
        #expect(problems(request(ticked: proxyDocs, collector: .proxy(noID))) == [.proxyIDNumberMissing])

        // Without the proxy's documents ticked.
        #expect(problems(request(collector: .proxy(good))) == [.documentsMissing([policy.requiredDocuments[3], policy.requiredDocuments[4]])])
    }

    @Test func everyProblemSpeaksBothLanguages() {
        let all: [RefundProblem] = [
            .membershipStillActive(expiresOn: F.day("2026-01-01")), .memberSuspended, .claimDeadlinePassed(F.day("2026-01-01")),
            .overrideNotAuthorised(.counter), .overrideReasonMissing,
            .counterClosed(hours: .default, holiday: nil, opensAgain: nil), .documentsMissing(policy.requiredDocuments),
            .proxyNameMissing, .proxyIDNumberMissing, .proxyIDNumberInvalid("1"), .proxyLetterDateMissing,
            .proxyLetterDateInFuture(F.day("2026-01-01")),
        ]
        for p in all { #expect(!p.message(.th).isEmpty && !p.message(.en).isEmpty && p.message(.th) != p.message(.en)) }
    }
}
