import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// Every member page in Thai and English from fixture models (no app, no database).
@Suite struct MemberPageSnapshotTests {
    private static let today = CivilDate(year: 2026, month: 12, day: 1)!

    private static func members() -> [Member] {
        let members = [
            Member(MemberFixtures.draft("B6400001", segment: .u5, type: .externalA, expires: today.adding(days: 90),
                                        firstNameTh: "มาลี", lastNameTh: "รักเรียน")),
            Member(MemberFixtures.draft("B6400002", segment: .u1, type: .student, expires: today.adding(days: -400),
                                        firstNameTh: "สมชาย", lastNameTh: "<b>ใจดี</b> & \"เพื่อน\"")),
        ]
        for (index, member) in members.enumerated() {
            member.id = UUID(uuidString: "00000000-0000-4000-8000-00000000000\(index + 1)")
        }
        return members
    }

    @Test(arguments: Language.allCases)
    func membersList(language: Language) {
        let result = MemberQuery.Page(members: Self.members().map { MemberQuery.Listed(id: $0.id!, draft: $0.draft) },
                                      total: 120, page: 2, pageCount: 3)
        let filter = MemberFilter(q: "B64", segment: "U5", type: nil, status: nil, expiresFrom: nil, expiresTo: nil,
                                  expiringWithin: nil, page: 2)
        let page = MembersIndexPage(chrome: PageFixtures.chrome(language, title: "members_title", path: "/members"),
                                    filter: filter, result: result, today: Self.today, mask: PersonalDataMask(role: .counter),
                                    canEdit: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func membersListEmptyForTheCommittee(language: Language) {
        let result = MemberQuery.Page(members: [], total: 0, page: 1, pageCount: 1)
        let page = MembersIndexPage(chrome: PageFixtures.chrome(language, title: "members_title", role: .committee, path: "/members"),
                                    filter: MemberFilter(), result: result, today: Self.today,
                                    mask: PersonalDataMask(role: .committee), canEdit: false)
        assertPageSnapshot(page, named: language.rawValue)
    }
}
