import Foundation
@testable import PatronCore

enum ReminderFixture {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!
    }

    /// A member with e-mail and postcard consent and contacts, Thai by default.
    static func member(_ n: Int, expires: String, type: MembershipType = .externalA, segment: Segment = .u5,
                       status: MemberStatus = .active, deposit: Int64 = 0, lastClaimDay: String? = nil,
                       email: String = "m@example.org", mobile: String = "", line: String = "",
                       address: String = "99 ถ.พหลโยธิน", postcode: String = "10900",
                       consent: ChannelConsent = ChannelConsent(postcard: true, email: true),
                       optedOut: Bool = false, language: Language = .th) -> ReminderCandidate {
        ReminderCandidate(memberID: id(n), cardNumber: "C\(n)", expiresOn: d(expires), status: status,
                          membershipType: type, segment: segment, depositBalance: Satang(deposit),
                          lastClaimDay: lastClaimDay.map(d), email: email, mobile: mobile, lineUserID: line,
                          addressLine1: address, postcode: postcode, consent: consent, optedOut: optedOut,
                          preferredLanguage: language)
    }

    static func renewal(_ offsets: [Int], code: String = "renewal", channels: [ContactChannel] = [.email, .postcard],
                        catchUp: Int = 7, audience: ReminderAudience = .everyone) -> ReminderPolicy {
        ReminderPolicy(code: code, schedule: .renewal(daysBeforeExpiry: offsets), channels: channels,
                       audience: audience, catchUpDays: catchUp)
    }

    /// (card, cycle key, channel or "none") of each message, sorted, for comparing with hand-written lists.
    static func rows(_ plan: ReminderPlan) -> [String] {
        plan.messages.map { "\($0.cardNumber) \($0.cycle.key) \($0.route.channel?.rawValue ?? "none")" }.sorted()
    }
}
