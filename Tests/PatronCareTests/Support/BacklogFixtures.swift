import Fluent
import Foundation
import PatronCore
import Vapor
@testable import PatronCare

/// The seed's backlog, brought in the way a library would: a Koha patron export (postal addresses,
/// e-mails for some, no consent columns — Koha has none) and its deposit history, through the importers.
/// 768 expired external type A members between 22 Jan 2002 and 29 Nov 2010 left 919,000 baht
/// (466 × 1,000 + 302 × 1,500); 614 of them have an e-mail on file; claim deadlines long passed.
enum BacklogFixtures {
    static let windowStart = CivilDate(year: 2002, month: 1, day: 22)!
    static let windowEnd = CivilDate(year: 2010, month: 11, day: 29)!

    static func files(count: Int = 768, withEmail: Int = 614) -> (members: String, deposits: String) {
        var members = ["cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry,address,city,state,zipcode,email,mobile"]
        var deposits = ["cardnumber,amount,received,receipt,refunded"]
        for n in 0..<count {
            let card = "H\(n)"
            let expires = windowStart.adding(days: n * 4)
            let enrolled = expires.adding(years: -1)
            let email = n < withEmail ? "member\(n)@example.org" : ""
            members.append("\(card),ใจดี,สมาชิก\(n),EXA,\(enrolled.iso),\(expires.iso),\"\(n + 1)/2 ถนนห้วยแก้ว\",ต.สุเทพ อ.เมืองเชียงใหม่,เชียงใหม่,50200,\(email),")
            deposits.append("\(card),\(n < 466 ? "1000" : "1500"),\(enrolled.iso),R-\(card),")
        }
        return (members.joined(separator: "\n") + "\n", deposits.joined(separator: "\n") + "\n")
    }

    /// Imports members and deposits; returns nothing, the database holds them.
    static func importBacklog(_ app: Application, count: Int = 768, withEmail: Int = 614, extraMembers: String = "", extraDeposits: String = "") async throws {
        let (members, deposits) = files(count: count, withEmail: withEmail)
        _ = try await MemberImporter.run(try KohaPatronFile(text: members + extraMembers), options: .init(), at: pinnedNow, on: app.db)
        _ = try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy)
            .run(try DepositHistoryFile(bytes: Array((deposits + extraDeposits).utf8)), options: .init(), at: pinnedNow)
    }

    static func head(_ app: Application) async throws -> StaffRef {
        let head = try await TestStaff.create(.head, username: "head-\(UUID().uuidString.prefix(6).lowercased())", on: app)
        return StaffRef(id: head.username, name: head.displayName)
    }

    static func member(_ card: String, on app: Application) async throws -> Member {
        try await Member.query(on: app.db).filter(\.$cardNumber == card).first()!
    }
}
