import Fluent
import PatronCore
import Vapor
@testable import PatronCare

/// Members for tests, stored directly (the HTTP path is what the member tests themselves check).
enum MemberFixtures {
    static func draft(_ card: String, segment: Segment = .u5, type: MembershipType = .externalA,
                      expires: CivilDate = pinnedToday.adding(days: 100), firstNameTh: String = "สมชาย",
                      lastNameTh: String = "ใจดี", email: String = "") -> MemberDraft {
        MemberDraft(cardNumber: card, firstNameTh: firstNameTh, lastNameTh: lastNameTh, firstNameEn: "Somchai",
                    lastNameEn: "Jaidee", segment: segment, membershipType: type, enrolledOn: expires.adding(years: -1),
                    expiresOn: expires, email: email)
    }

    @discardableResult
    static func store(_ draft: MemberDraft, on app: Application) async throws -> Member {
        let member = Member(draft)
        try await member.create(on: app.db)
        return member
    }

    /// A valid create-form as the browser would post it.
    static func form(_ card: String, overrides: [String: String] = [:]) -> [(String, String)] {
        var fields: [String: String] = [
            "cardNumber": card, "firstNameTh": "มาลี", "lastNameTh": "รักเรียน", "firstNameEn": "Malee", "lastNameEn": "Rakrian",
            "segment": "U5", "membershipType": "external-a", "enrolledOn": "2026-11-23", "expiresOn": "2027-11-22",
            "status": "active", "email": "malee@example.org", "mobile": "081-234-5678", "addressLine1": "99 ถนนห้วยแก้ว",
            "addressLine3": "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", "postcode": "50200", "preferredLanguage": "th",
            "consentEmail": "on",
        ]
        for (key, value) in overrides { fields[key] = value }
        return fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
