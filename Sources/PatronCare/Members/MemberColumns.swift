import Fluent
import Foundation
import PatronCore
import SQLKit

/// The member table's data columns, for the places that read or write many members without
/// models (the bulk importer, the reminder planner), from the one field list `MemberField`; the
/// import and reminder tests read back what these write.
enum MemberColumns {
    /// Every column a `MemberDraft` is made of (`MemberField`, in order).
    static let draftColumns = MemberField.allCases.map(\.column)

    /// The columns the importer writes: the draft's and the derived search text.
    static let names = draftColumns + ["search_text"]

    static func binds(_ d: MemberDraft) -> [SQLBind] {
        MemberField.allCases.map { field in
            switch d.value(field) {
            case .text(let text): SQLBind(text)
            case .flag(let flag): SQLBind(flag)
            }
        } + [SQLBind(Member.searchText(for: d))]
    }

    /// A member read as a plain row selected with `draftColumns`.
    static func draft(from row: any SQLRow) throws -> MemberDraft { try draft(from: SQLRowColumns(row: row)) }

    static func draft(from row: some RowColumns) throws -> MemberDraft {
        var values: [MemberField: MemberFieldValue] = [:]
        for field in MemberField.allCases {
            values[field] = field.isFlag ? .flag(try row.flag(field.column)) : .text(try row.text(field.column))
        }
        switch MemberDraft.reading({ values[$0] }) {
        case .read(let draft): return draft
        case .unreadable: throw DatabaseFailure("member \(values[.cardNumber]?.text ?? "?") has an unreadable code or date")
        }
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
