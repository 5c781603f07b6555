import Fluent
import Foundation
import PatronCore
import SQLKit

/// The member table's data columns, for the places that read or write many members without
/// models (the bulk importer, the reminder planner). Kept in step with `Member`'s fields; the
/// import and reminder tests read back what these write.
enum MemberColumns {
    static let names = [
        "card_number", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "segment", "membership_type",
        "enrolled_on", "expires_on", "status", "email", "mobile", "line_user_id", "address_line1", "address_line2",
        "address_line3", "postcode", "preferred_language", "consent_postcard", "consent_email", "consent_sms",
        "consent_line", "notes", "search_text",
    ]

    static func binds(_ d: MemberDraft) -> [SQLBind] {
        [SQLBind(d.cardNumber), SQLBind(d.firstNameTh), SQLBind(d.lastNameTh), SQLBind(d.firstNameEn), SQLBind(d.lastNameEn),
         SQLBind(d.segment.rawValue), SQLBind(d.membershipType.rawValue), SQLBind(d.enrolledOn.iso), SQLBind(d.expiresOn.iso),
         SQLBind(d.status.rawValue), SQLBind(d.email), SQLBind(d.mobile), SQLBind(d.lineUserID), SQLBind(d.addressLine1),
         SQLBind(d.addressLine2), SQLBind(d.addressLine3), SQLBind(d.postcode), SQLBind(d.preferredLanguage.rawValue),
         SQLBind(d.consent.postcard), SQLBind(d.consent.email), SQLBind(d.consent.sms), SQLBind(d.consent.line),
         SQLBind(d.notes), SQLBind(Member.searchText(for: d))]
    }

    /// Everything a `MemberDraft` is made of (`names` without the derived search text).
    static let draftColumns = names.filter { $0 != "search_text" }

    /// A member read as a plain row selected with `draftColumns`.
    static func draft(from row: any SQLRow) throws -> MemberDraft { try draft(from: SQLRowColumns(row: row)) }

    static func draft(from row: some RowColumns) throws -> MemberDraft {
        func text(_ column: String) throws -> String { try row.text(column) }
        func flag(_ column: String) throws -> Bool { try row.flag(column) }
        guard let segment = Segment(rawValue: try text("segment")), let type = MembershipType(rawValue: try text("membership_type")),
              let status = MemberStatus(rawValue: try text("status")), let enrolled = CivilDate(iso: try text("enrolled_on")),
              let expires = CivilDate(iso: try text("expires_on")) else {
            throw DatabaseFailure("member \((try? text("card_number")) ?? "?") has an unreadable code or date")
        }
        return MemberDraft(
            cardNumber: try text("card_number"), firstNameTh: try text("first_name_th"), lastNameTh: try text("last_name_th"),
            firstNameEn: try text("first_name_en"), lastNameEn: try text("last_name_en"), segment: segment, membershipType: type,
            enrolledOn: enrolled, expiresOn: expires, status: status, email: try text("email"), mobile: try text("mobile"),
            lineUserID: try text("line_user_id"), addressLine1: try text("address_line1"), addressLine2: try text("address_line2"),
            addressLine3: try text("address_line3"), postcode: try text("postcode"),
            preferredLanguage: Language(rawValue: try text("preferred_language")) ?? .th,
            consent: ChannelConsent(postcard: try flag("consent_postcard"), email: try flag("consent_email"),
                                    sms: try flag("consent_sms"), line: try flag("consent_line")),
            notes: try text("notes"))
    }

    /// Opt-outs and the returned-mail mark, selected next to `draftColumns` where messages are planned.
    static let preferenceColumns = ["reminders_opt_out"] + UpdateMemberAddContactPreferences.optOutColumns + ["address_undeliverable_on"]

    static func preferences(from row: any SQLRow) throws -> (optedOutOfAll: Bool, optedOutChannels: ChannelSet, addressUndeliverable: Bool) {
        try preferences(from: SQLRowColumns(row: row))
    }

    static func preferences(from row: some RowColumns) throws -> (optedOutOfAll: Bool, optedOutChannels: ChannelSet, addressUndeliverable: Bool) {
        func flag(_ column: String) throws -> Bool { try row.flag(column) }
        var channels: ChannelSet = []
        if try flag("opt_out_postcard") { channels.insert(ChannelSet(.postcard)) }
        if try flag("opt_out_email") { channels.insert(ChannelSet(.email)) }
        if try flag("opt_out_sms") { channels.insert(ChannelSet(.sms)) }
        if try flag("opt_out_line") { channels.insert(ChannelSet(.line)) }
        return (try flag("reminders_opt_out"), channels, !(try row.isNull("address_undeliverable_on")))
    }
}
