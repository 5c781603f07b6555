import Fluent
import PatronCore
import SQLKit
import Vapor

/// The member list's filters, as they arrive in the query string and as they are put back in links.
struct MemberFilter: Content, Equatable {
    var q: String?
    var segment: String?
    var type: String?
    var status: String?
    /// Expiry window: `expiresFrom`/`expiresTo` days (ISO or dd/mm/B.E.), or `expiringWithin` days from today.
    var expiresFrom: String?
    var expiresTo: String?
    /// Text, because an empty box arrives as `expiringWithin=`; see `expiringWithinDays`.
    var expiringWithin: String?
    /// `open`: members with a refund request waiting at the counter (the counter's work queue links here).
    var refundRequest: String?
    var page: Int?
    /// `csv`: the members the filters find, as a file (`MembersController.export`).
    var format: String?

    static let pageSize = 50

    var expiringWithinDays: Int? { expiringWithin.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    /// Query-string pairs for links that keep the filters (page excluded).
    var queryItems: [URLQueryItem] {
        [("q", q), ("segment", segment), ("type", type), ("status", status),
         ("expiresFrom", expiresFrom), ("expiresTo", expiresTo),
         ("expiringWithin", expiringWithin), ("refundRequest", refundRequest)]
            .compactMap { name, value in
                guard let value, !value.isEmpty else { return nil }
                return URLQueryItem(name: name, value: value)
            }
    }
}

/// Runs the member list's search on either database.
enum MemberQuery {
    /// A member as the list shows it, read from the row as it comes: decoding 50 Fluent `Member`
    /// models (a `Mirror` walk of every property, per row) was half of the list page's CPU.
    struct Listed: Sendable {
        let id: UUID
        let draft: MemberDraft
    }

    struct Page {
        let members: [Listed]
        let total: Int
        let page: Int
        let pageCount: Int
    }

    /// The search box matches names, e-mail and mobile only for readers who may see them
    /// (`PersonalDataMask.searchesContactsAndNames`); for the others it matches the card number,
    /// so a masked result never confirms whose phone number or name was typed.
    static func search(_ filter: MemberFilter, today: CivilDate, mask: PersonalDataMask, on db: any Database) async throws -> Page {
        let sql = db as! any SQLDatabase
        let conditions = self.conditions(filter, today: today, mask: mask)
        func matching(_ select: SQLSelectBuilder) -> SQLSelectBuilder { self.matching(select, conditions) }
        let counted = try await matching(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "total").from(Member.schema))
            .rowColumns().first?.integer("total") ?? 0
        let total = Int(counted)
        let pageCount = max(1, (total + MemberFilter.pageSize - 1) / MemberFilter.pageSize)
        let page = min(max(filter.page ?? 1, 1), pageCount)
        let rows = try await matching(sql.select().columns(["id"] + MemberColumns.draftColumns).from(Member.schema))
            .orderBy("expires_on").orderBy("card_number")
            .offset((page - 1) * MemberFilter.pageSize).limit(MemberFilter.pageSize)
            .rowColumns()
        let members = try rows.map { Listed(id: try $0.uuid("id"), draft: try MemberColumns.draft(from: $0)) }
        return Page(members: members, total: total, page: page, pageCount: pageCount)
    }

    private static func matching(_ select: SQLSelectBuilder, _ conditions: [any SQLExpression]) -> SQLSelectBuilder {
        conditions.isEmpty ? select : select.where(SQLList(conditions, separator: SQLRaw(" AND ")))
    }

    /// The list's order, as a keyset: the CSV export reads the filtered members through it in batches.
    static let keyset = Keyset(columns: ["expires_on", "card_number"])

    /// How many members the filters find (the export's audit line counts them before it streams).
    static func count(_ filter: MemberFilter, today: CivilDate, mask: PersonalDataMask, on db: any Database) async throws -> Int {
        let select = (db as! any SQLDatabase).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "total").from(Member.schema)
        return Int(try await matching(select, conditions(filter, today: today, mask: mask)).rowColumns().first?.integer("total") ?? 0)
    }

    /// Every member the filters find, in the list's order, `batch` at a time: a batch is read, handed
    /// to `body` and let go, so an export of 100,000 members holds one batch in memory.
    static func forEach(_ filter: MemberFilter, today: CivilDate, mask: PersonalDataMask, batch: Int = 1_000, on db: any Database,
                        _ body: ([Listed]) async throws -> Void) async throws {
        let sql = db as! any SQLDatabase
        let conditions = self.conditions(filter, today: today, mask: mask)
        try await keyset.forEachBatch(of: batch, select: { matching(sql.select().columns(["id"] + MemberColumns.draftColumns).from(Member.schema), conditions) }) { rows in
            try await body(try rows.map { Listed(id: try $0.uuid("id"), draft: try MemberColumns.draft(from: $0)) })
        }
    }

    /// One member for the record page, read by column into a `Member` that is only shown, never saved
    /// (its fields are all "set", so saving it would write every column: edits load with `Member.find`).
    static func forDisplay(id: UUID, on db: any Database) async throws -> Member? {
        let columns = ["id"] + MemberColumns.preferenceColumns + MemberColumns.draftColumns
        guard let row = try await (db as! any SQLDatabase).select().columns(columns).from(Member.schema)
            .where("id", .equal, SQLBind(id)).limit(1).rowColumns().first else { return nil }
        let member = Member(try MemberColumns.draft(from: row))
        member.id = try row.uuid("id")
        member.$id.exists = true
        let preferences = try MemberColumns.preferences(from: row)
        member.remindersOptOut = preferences.optedOutOfAll
        member.optedOutChannels = preferences.optedOutChannels
        member.addressUndeliverableOn = try row.optionalText("address_undeliverable_on")
        return member
    }

    /// The filter as SQL conditions, joined with AND (none: every member).
    private static func conditions(_ filter: MemberFilter, today: CivilDate, mask: PersonalDataMask) -> [any SQLExpression] {
        func column(_ name: String) -> SQLIdentifier { SQLIdentifier(name) }
        func compare(_ name: String, _ op: SQLBinaryOperator, _ value: String) -> any SQLExpression {
            SQLBinaryExpression(column(name), op, SQLBind(value))
        }
        func contains(_ name: String, _ value: String) -> any SQLExpression { compare(name, .like, "%\(value)%") }
        func either(_ alternatives: [any SQLExpression]) -> any SQLExpression {
            SQLGroupExpression(SQLList(alternatives, separator: SQLRaw(" OR ")))
        }
        var conditions: [any SQLExpression] = []
        if let typed = filter.q?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            if mask.searchesContactsAndNames {
                conditions.append(contains("search_text", typed.lowercased()))
            } else {
                conditions.append(either(Set([typed, typed.uppercased(), typed.lowercased()]).sorted().map { contains("card_number", $0) }))
            }
        }
        if let segment = filter.segment.flatMap({ Segment(code: $0) }) {
            conditions.append(compare("segment", .equal, segment.rawValue))
        }
        if let type = filter.type.flatMap({ MembershipType(code: $0) }) {
            conditions.append(compare("membership_type", .equal, type.rawValue))
        }
        switch filter.status.flatMap({ MemberStatus(code: $0) }) {
        case .suspended?:
            conditions.append(compare("status", .equal, MemberStatus.suspended.rawValue))
        case .expired?:
            conditions.append(compare("status", .notEqual, MemberStatus.suspended.rawValue))
            conditions.append(either([compare("expires_on", .lessThan, today.iso), compare("status", .equal, MemberStatus.expired.rawValue)]))
        case .active?:
            conditions.append(compare("status", .equal, MemberStatus.active.rawValue))
            conditions.append(compare("expires_on", .greaterThanOrEqual, today.iso))
        case nil:
            break
        }
        if let from = filter.expiresFrom.flatMap({ CivilDate(lenient: $0) }) {
            conditions.append(compare("expires_on", .greaterThanOrEqual, from.iso))
        }
        if let to = filter.expiresTo.flatMap({ CivilDate(lenient: $0) }) {
            conditions.append(compare("expires_on", .lessThanOrEqual, to.iso))
        }
        if let days = filter.expiringWithinDays, days > 0 {
            conditions.append(compare("expires_on", .greaterThanOrEqual, today.iso))
            conditions.append(compare("expires_on", .lessThanOrEqual, today.adding(days: days).iso))
        }
        if filter.refundRequest == "open" {
            conditions.append(SQLRaw("id IN (SELECT member_id FROM refund_requests WHERE status = 'open')"))
        }
        return conditions
    }
}
