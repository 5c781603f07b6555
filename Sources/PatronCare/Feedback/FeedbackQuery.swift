import Fluent
import Foundation
import PatronCore
import SQLKit

/// The staff complaint list's reads: the filtered items (with which are overdue), the counts per
/// status in one GROUP BY, and how many open items are overdue — read concurrently.
enum FeedbackQuery {
    /// An item as the list shows it, read by column (up to `limit` rows per view: a Fluent model each
    /// was most of the list's CPU).
    struct Listed: Sendable {
        static let columns = ["id", "reference", "kind", "service", "summary", "track", "status", "received_at", "due_day", "assignee_name"]

        let id: UUID
        let reference: String
        let kind: FeedbackKind
        let service: ServiceArea
        let summary: String
        let complaintTrack: ComplaintTrack?
        let status: FeedbackStatus
        let receivedAt: Date
        let dueDay: String
        let assigneeName: String
    }

    struct Page {
        /// The filtered items, soonest due first; with `overdue=1`, only the overdue ones.
        let items: [(item: Listed, overdue: Bool)]
        /// Every status, zero where there are none.
        let countsByStatus: [FeedbackStatus: Int]
        let overdueCount: Int
    }

    static let limit = 500

    static func list(_ filter: FeedbackFilter, due: DueDates, now: Date, on db: any Database) async throws -> Page {
        let today = BangkokTime.day(of: now)
        let isOverdue: @Sendable (Listed) -> Bool = { item in
            !item.status.isFinished && today > due.due(kind: item.kind, track: item.complaintTrack, receivedAt: item.receivedAt).day
        }
        async let filtered = items(filter, on: db)
        async let counts = countsByStatus(on: db)
        async let overdue = overdue(due: due, today: today, on: db)
        var rows = try await filtered.map { (item: $0, overdue: isOverdue($0)) }
        if filter.overdue == "1" { rows = rows.filter(\.overdue) }
        return Page(items: rows, countsByStatus: try await counts, overdueCount: try await overdue.total)
    }

    struct Overdue: Equatable, Sendable {
        var total = 0
        /// Complaints per track (items of other kinds, and complaints not yet triaged, count only in the total).
        var byTrack: [ComplaintTrack: Int] = [:]
    }

    /// Open items past their due day, decided by the same rule as the list (`DueDates`, so a change of
    /// targets or holidays counts at once), from the three columns the rule needs: not a model per item.
    static func overdue(due: DueDates, today: CivilDate, on db: any Database) async throws -> Overdue {
        let finished = FeedbackStatus.allCases.filter(\.isFinished).map(\.rawValue)
        let rows = try await (db as! any SQLDatabase).select().columns("kind", "track", "received_at").from(FeedbackItem.schema)
            .where("status", .notIn, finished).rowColumns()
        var overdue = Overdue()
        for row in rows {
            guard let kind = FeedbackKind(rawValue: try row.text("kind")) else { continue }
            let track = try row.isNull("track") ? nil : ComplaintTrack(rawValue: Int(try row.integer("track")))
            guard today > due.due(kind: kind, track: track, receivedAt: try row.date("received_at")).day else { continue }
            overdue.total += 1
            if let track { overdue.byTrack[track, default: 0] += 1 }
        }
        return overdue
    }

    /// Finished items with an outcome that are to be published (`OutcomeDelivery`: nobody to tell
    /// directly) and are not yet. SQL narrows to the items nobody can be told about; the rule decides.
    static func outcomesToPublish(on db: any Database) async throws -> Int {
        let finished = FeedbackStatus.allCases.filter(\.isFinished).map(\.rawValue)
        let rows = try await (db as! any SQLDatabase).select()
            .columns("anonymous", "contact_email", "contact_phone", "consent_to_contact").from(FeedbackItem.schema)
            .where("status", .in, finished).where("outcome_published", .equal, SQLBind(false)).where(SQLRaw("outcome IS NOT NULL"))
            .where { either in
                either.orWhere("anonymous", .equal, SQLBind(true)).orWhere("consent_to_contact", .equal, SQLBind(false))
                    .orWhere(SQLRaw("(contact_email = '' AND contact_phone = '')"))
            }
            .rowColumns()
        return try rows.filter { row in
            let contactKnown = OutcomeDelivery.contactKnown(anonymous: try row.flag("anonymous"), email: try row.text("contact_email"),
                                                            phone: try row.text("contact_phone"))
            return OutcomeDelivery.decide(contactKnown: contactKnown, consentToContact: try row.flag("consent_to_contact")) == .publish
        }.count
    }

    /// The items the filters select (status `open` by default, `all`, or one status; kind; track; a
    /// reference number or words of the summary).
    static func items(_ filter: FeedbackFilter, on db: any Database) async throws -> [Listed] {
        var select = (db as! any SQLDatabase).select().columns(Listed.columns).from(FeedbackItem.schema)
        let finished = FeedbackStatus.allCases.filter(\.isFinished).map(\.rawValue)
        switch filter.status ?? "open" {
        case "all": break
        case "open": select = select.where("status", .notIn, finished)
        case let code: if let status = FeedbackStatus(rawValue: code) { select = select.where("status", .equal, SQLBind(status.rawValue)) }
        }
        if let kind = filter.kind.flatMap(FeedbackKind.init(rawValue:)) { select = select.where("kind", .equal, SQLBind(kind.rawValue)) }
        if let track = filter.track.flatMap(Int.init) { select = select.where("track", .equal, SQLBind(track)) }
        if let q = nonEmpty(filter.q) {
            if case .success(let number) = ReferenceNumber.parse(q, requireCheckDigit: false) {
                select = select.where("reference", .equal, SQLBind(number.description))
            } else {
                select = select.where { either in
                    either.orWhere("summary", .like, SQLBind("%\(q)%")).orWhere("reference", .like, SQLBind("%\(q.uppercased())%"))
                }
            }
        }
        return try await select.orderBy("due_day").orderBy("received_at").limit(limit).rowColumns().map(Listed.init)
    }

    static func countsByStatus(on db: any Database) async throws -> [FeedbackStatus: Int] {
        let rows = try await (db as! any SQLDatabase).select()
            .column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(FeedbackItem.schema).groupBy("status").all()
        var counts = Dictionary(uniqueKeysWithValues: FeedbackStatus.allCases.map { ($0, 0) })
        for row in rows {
            guard let status = FeedbackStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            counts[status] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}

extension FeedbackQuery.Listed {
    init(_ row: any RowColumns) throws {
        func code<T: RawRepresentable>(_ column: String, as type: T.Type) throws -> T where T.RawValue == String {
            guard let value = T(rawValue: try row.text(column)) else { throw DatabaseFailure("feedback item: unknown \(column) \(try row.text(column))") }
            return value
        }
        self.init(id: try row.uuid("id"), reference: try row.text("reference"), kind: try code("kind", as: FeedbackKind.self),
                  service: try code("service", as: ServiceArea.self), summary: try row.text("summary"),
                  complaintTrack: try row.isNull("track") ? nil : ComplaintTrack(rawValue: Int(try row.integer("track"))),
                  status: try code("status", as: FeedbackStatus.self), receivedAt: try row.date("received_at"),
                  dueDay: try row.text("due_day"), assigneeName: try row.text("assignee_name"))
    }
}
