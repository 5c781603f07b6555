import Foundation
import PatronCore
import Vapor

/// A select option for the forms and filters.
struct SelectOption: Encodable {
    let value: String
    let label: String
    let selected: Bool

    static func segments(_ language: Language, selected: String?) -> [SelectOption] {
        Segment.allCases.map {
            SelectOption(value: $0.rawValue, label: "\($0.rawValue) — \($0.name(language))", selected: $0.rawValue == selected)
        }
    }

    static func membershipTypes(_ language: Language, selected: String?) -> [SelectOption] {
        MembershipType.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected) }
    }

    static func statuses(_ language: Language, selected: String?) -> [SelectOption] {
        MemberStatus.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected) }
    }

    /// `<option value="…" selected>label</option>` for a select built in Swift.
    var optionTag: HTML { "<option value=\"\(value)\"\(" selected", if: selected)>\(label)</option>" }

    static func languages(selected: String?) -> [SelectOption] {
        [SelectOption(value: "th", label: "ไทย", selected: selected != "en"),
         SelectOption(value: "en", label: "English", selected: selected == "en")]
    }
}

/// How a member appears in lists. Without the personal-data permission (PDPA) the name is masked.
struct MemberRow: Encodable {
    let id: String
    let href: String
    let cardNumber: String
    let name: String
    let segment: String
    let segmentName: String
    let membershipType: String
    let expiresOn: String
    let status: String
    let statusName: String

    init(_ member: Member, language: Language, today: CivilDate, mask: PersonalDataMask) {
        self.init(id: member.id, draft: member.draft, language: language, today: today, mask: mask)
    }

    init(_ member: MemberQuery.Listed, language: Language, today: CivilDate, mask: PersonalDataMask) {
        self.init(id: member.id, draft: member.draft, language: language, today: today, mask: mask)
    }

    private init(id memberID: UUID?, draft: MemberDraft, language: Language, today: CivilDate, mask: PersonalDataMask) {
        id = memberID?.uuidString ?? ""
        href = SiteRoute.href(memberID) { .member($0) }
        cardNumber = draft.cardNumber
        name = MemberView(draft, mask: mask).name
        segment = draft.segment.rawValue
        segmentName = draft.segment.name(language)
        membershipType = draft.membershipType.name(language)
        expiresOn = DateDisplay.short(draft.expiresOn, language)
        let effective = MemberStatus.effective(stored: draft.status, expiresOn: draft.expiresOn, today: today)
        status = effective.rawValue
        statusName = effective.name(language)
    }
}

/// A member as the list's CSV writes them: what the list shows and the contacts, every personal value
/// through `MemberView` (the reader's mask), days and flags as `CSVValue` writes them.
struct MemberExportRow {
    /// Word keys of the columns, in order.
    static let header = ["member_card", "member_name", "member_segment", "member_type", "member_expires", "member_status",
                         "member_email", "member_mobile"]

    let fields: [String]

    init(_ draft: MemberDraft, language: Language, today: CivilDate, mask: PersonalDataMask) {
        let view = MemberView(draft, mask: mask)
        let status = MemberStatus.effective(stored: draft.status, expiresOn: draft.expiresOn, today: today)
        fields = [view.cardNumber, view.name, draft.segment.rawValue, draft.membershipType.name(language), CSVValue.day(draft.expiresOn),
                  status.name(language), view.email, view.mobile]
    }
}
