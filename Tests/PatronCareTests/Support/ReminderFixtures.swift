import Fluent
import Foundation
import PatronCore
import Vapor
@testable import PatronCare

/// Members arranged around the pinned day (Monday 23 Nov 2026) so each default policy has work.
enum ReminderFixtures {
    struct Members {
        let renewalByEmail: Member
        let refundByPostcard: Member
        let unreachable: Member
    }

    static func draft(_ card: String, type: MembershipType, expires: CivilDate, consent: ChannelConsent,
                      email: String = "", mobile: String = "", line: String = "") -> MemberDraft {
        MemberDraft(cardNumber: card, firstNameTh: "มาลี", lastNameTh: "ใจดี", firstNameEn: "Malee", lastNameEn: "Jaidee",
                    segment: .u5, membershipType: type, enrolledOn: expires.adding(years: -1), expiresOn: expires,
                    email: email, mobile: mobile, lineUserID: line, addressLine1: "99 ถนนห้วยแก้ว",
                    addressLine3: "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", postcode: "50200", preferredLanguage: .th, consent: consent)
    }

    @discardableResult
    static func arrange(on app: Application) async throws -> Members {
        let in30Days = pinnedToday.adding(days: 30)
        let renewal = try await MemberFixtures.store(draft("R-EMAIL", type: .externalB, expires: in30Days,
                                                           consent: ChannelConsent(email: true), email: "malee@example.org"), on: app)
        // No contact on file at all (no address either): nothing can reach this member.
        var nothingOnFile = draft("R-NONE", type: .externalB, expires: in30Days, consent: ChannelConsent())
        nothingOnFile.addressLine1 = ""
        nothingOnFile.addressLine3 = ""
        nothingOnFile.postcode = ""
        let unreachable = try await MemberFixtures.store(nothingOnFile, on: app)
        try await MemberFixtures.store(draft("R-STUDENT", type: .student, expires: in30Days, consent: ChannelConsent(email: true),
                                             email: "student@example.org"), on: app)
        let optedOut = Member(draft("R-OPTOUT", type: .externalB, expires: in30Days, consent: ChannelConsent(email: true), email: "no@example.org"))
        optedOut.remindersOptOut = true
        try await optedOut.create(on: app.db)
        let (refund, _) = try await DepositFixtures.expiredMemberWithDeposit("D-POST", expires: pinnedToday.adding(days: -1), on: app)
        var withAddress = refund.draft
        withAddress.addressLine1 = "12 ถนนนิมมานเหมินท์"
        withAddress.addressLine3 = "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่"
        withAddress.postcode = "50200"
        withAddress.consent = ChannelConsent(postcard: true)
        refund.apply(withAddress)
        try await refund.update(on: app.db)
        return Members(renewalByEmail: renewal, refundByPostcard: refund, unreachable: unreachable)
    }
}
