import Fluent
import PatronCore
import Vapor

/// The demo's backlog for the unclaimed-deposit campaign: 40 former external type A members whose
/// memberships ended three to eight years ago, deposits never claimed, claim deadlines long passed —
/// as a Koha import leaves them: postal addresses, e-mails for about two in three, no consent flags.
/// Two have neither an address nor an e-mail, so the dry run has someone it cannot reach.
enum DemoBacklog {
    static let count = 40

    static func members(today: CivilDate) -> [MemberDraft] {
        let districts = [("ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", "50200"), ("แขวงลาดยาว เขตจตุจักร กรุงเทพฯ", "10900"),
                         ("ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น", "40000"), ("ต.ตลาดใหญ่ อ.เมืองภูเก็ต จ.ภูเก็ต", "83000")]
        let first = ["สมศักดิ์", "วันดี", "ประสิทธิ์", "บุญเรือน", "สุนทร", "อำไพ", "ชัยวัฒน์", "ละเอียด"]
        let last = ["ทองคำ", "ศรีวงศ์", "แสงทอง", "มั่นคง", "บุญมี"]
        return (1...count).map { n in
            let expires = today.adding(days: -(3 * 365 + n * 47))
            let district = districts[n % districts.count]
            let reachable = n % 20 != 7
            return MemberDraft(
                cardNumber: String(format: "DEMO-B%02d", n), firstNameTh: first[n % first.count], lastNameTh: last[n % last.count],
                firstNameEn: "", lastNameEn: "", segment: .pa1, membershipType: .externalA,
                enrolledOn: expires.adding(years: -1), expiresOn: expires,
                email: reachable && n % 3 != 0 ? "backlog\(n)@example.org" : "", mobile: n % 5 == 0 ? "08\(String(20_000_000 + n * 3_571).suffix(8))" : "",
                addressLine1: reachable ? "\(n * 7)/\(n % 4 + 1) ถนนห้วยแก้ว" : "", addressLine3: reachable ? district.0 : "",
                postcode: reachable ? district.1 : "", preferredLanguage: .th, consent: ChannelConsent())
        }
    }

    /// One deposit each (1,000 or 1,500 baht), received on enrolment, never refunded.
    static func depositHistory(_ members: [MemberDraft]) -> String {
        var lines = ["cardnumber,amount,received,receipt"]
        for (index, member) in members.enumerated() {
            lines.append("\(member.cardNumber),\(index % 3 == 2 ? 1500 : 1000),\(member.enrolledOn.iso),H-\(member.cardNumber)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func load(_ app: Application) async throws {
        let drafts = members(today: app.clock.today)
        try await app.db.transaction { db in
            for draft in drafts { try await Member(draft).create(on: db) }
        }
        let file = try DepositHistoryFile(bytes: Array(depositHistory(drafts).utf8))
        _ = try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy).run(file, options: .init(), at: app.clock.now())
    }
}
