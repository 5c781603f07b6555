import Fluent
import Foundation
import PatronCore
import SQLKit

/// The staff complaint list's reads: one page of the filtered items (keyset, `Storage/Keyset`), how
/// many the filters find, the counts per status in one GROUP BY, and how many open items are
/// overdue — read concurrently. The CSV export reads the same filters through `forEach`.
enum FeedbackQuery {
    /// An item as the list shows it, read by column (a Fluent model each was most of the list's CPU).
    /// `delivery` comes from the contact columns (`OutcomeDelivery`), which are read for the rule only.
    struct Listed: Sendable {
        static let columns = ["id", "reference", "kind", "service", "summary", "track", "status", "received_at", "due_day", "assignee_name",
                              "anonymous", "contact_email", "contact_phone", "consent_to_contact"]

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
        /// How the outcome reaches the person: published when nobody can be told directly.
        var delivery: OutcomeDelivery = .notifyDirectly
    }

    struct Page {
        /// One page of the filtered items, soonest due first (`due_day`, then the reference number);
        /// with `overdue=1`, only the overdue ones.
        let items: [(item: Listed, overdue: Bool)]
        /// Every status, zero where there are none.
        let countsByStatus: [FeedbackStatus: Int]
        let overdueCount: Int
        /// How many items the filters find, on every page together.
        var total = 0
        /// The cursors of the pages before and after this one (nil: none).
        var previous: Keyset.Cursor? = nil
        var next: Keyset.Cursor? = nil
    }

    static let pageSize = 50
    /// Soonest due first; the reference number (unique) makes the order total and stable.
    static let keyset = Keyset(columns: ["due_day", "reference"])

    static func list(_ filter: FeedbackFilter, due: DueDates, now: Date, on db: any Database) async throws -> Page {
        let today = BangkokTime.day(of: now)
        let keep = rule(filter, due: due, today: today)
        let position: Keyset.Position = if let cursor = Keyset.Cursor(token: filter.before, count: 2) { .before(cursor) }
            else if let cursor = Keyset.Cursor(token: filter.after, count: 2) { .after(cursor) } else { .start }
        let sql = db as! any SQLDatabase
        async let page = keyset.page(size: pageSize, from: position, select: { selection(filter, on: sql) }, read: Listed.init, keep: keep)
        async let total = count(filter, due: due, today: today, on: db)
        async let counts = countsByStatus(on: db)
        async let overdue = overdue(due: due, today: today, on: db)
        let read = try await page
        let isOverdue = overdueRule(due: due, today: today)
        return Page(items: read.rows.map { (item: $0, overdue: isOverdue($0)) }, countsByStatus: try await counts,
                    overdueCount: try await overdue.total, total: try await total, previous: read.previous, next: read.next)
    }

    /// How many items the filters find: a COUNT when SQL says it all, else the narrowed rows through the rule.
    static func count(_ filter: FeedbackFilter, due: DueDates, today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        guard let keep = rule(filter, due: due, today: today) else {
            return Int(try await selection(filter, columns: [], on: sql).column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .rowColumns().first?.integer("n") ?? 0)
        }
        var found = 0
        try await keyset.forEachBatch(of: 1_000, select: { selection(filter, on: sql) }) { rows in
            found += try rows.map(Listed.init).filter(keep).count
        }
        return found
    }

    /// Every item the filters find, in the list's order, `batch` at a time (the CSV export).
    static func forEach(_ filter: FeedbackFilter, due: DueDates, today: CivilDate, batch: Int = 1_000, on db: any Database,
                        _ body: ([(item: Listed, overdue: Bool)]) async throws -> Void) async throws {
        let sql = db as! any SQLDatabase
        let keep = rule(filter, due: due, today: today)
        let isOverdue = overdueRule(due: due, today: today)
        try await keyset.forEachBatch(of: batch, select: { selection(filter, on: sql) }) { rows in
            let items = try rows.map(Listed.init).filter { keep?($0) ?? true }
            if !items.isEmpty { try await body(items.map { (item: $0, overdue: isOverdue($0)) }) }
        }
    }

    /// Open and past its due day by the list's rule (`DueDates`, so a change of targets or holidays counts at once).
    static func overdueRule(due: DueDates, today: CivilDate) -> @Sendable (Listed) -> Bool {
        { item in !item.status.isFinished && today > due.due(kind: item.kind, track: item.complaintTrack, receivedAt: item.receivedAt).day }
    }

    /// What the filters ask that SQL cannot say: overdue (the working-day calendar) and "outcome to
    /// publish" (`OutcomeDelivery`, the core's rule). nil: SQL's selection is the whole answer.
    static func rule(_ filter: FeedbackFilter, due: DueDates, today: CivilDate) -> (@Sendable (Listed) -> Bool)? {
        var rules: [@Sendable (Listed) -> Bool] = []
        if filter.overdue == "1" { rules.append(overdueRule(due: due, today: today)) }
        if filter.toPublish == "1" { rules.append(toPublishRule) }
        guard !rules.isEmpty else { return nil }
        let all = rules
        return { item in all.allSatisfy { $0(item) } }
    }

    /// The person cannot be told directly, so the outcome is published (`OutcomeDelivery.decide`).
    static let toPublishRule: @Sendable (Listed) -> Bool = { item in item.delivery == .publish }

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

    /// The filter that selects exactly the outcomes still to publish — the start page's item links
    /// to the list with it, and counts with it (`outcomesToPublish`), so the two cannot disagree.
    static let outcomesToPublishFilter = FeedbackFilter(status: "all", toPublish: "1")

    /// Finished items with an outcome that are to be published (`OutcomeDelivery`: nobody to tell
    /// directly) and are not yet: the list's own count under `outcomesToPublishFilter`.
    static func outcomesToPublish(due: DueDates, today: CivilDate, on db: any Database) async throws -> Int {
        try await count(outcomesToPublishFilter, due: due, today: today, on: db)
    }

    /// The items the filters select in SQL (status `open` by default, `all`, or one status; kind;
    /// track; a reference number or words of the summary; with `toPublish`, finished items with an
    /// unpublished outcome whose person cannot be told directly — narrowed here, decided by `rule`).
    static func selection(_ filter: FeedbackFilter, columns: [String] = Listed.columns, on sql: any SQLDatabase) -> SQLSelectBuilder {
        var select = sql.select().columns(columns).from(FeedbackItem.schema)
        let finished = FeedbackStatus.allCases.filter(\.isFinished).map(\.rawValue)
        switch filter.status ?? "open" {
        case "all": break
        case "open": select = select.where("status", .notIn, finished)
        case let code: if let status = FeedbackStatus(rawValue: code) { select = select.where("status", .equal, SQLBind(status.rawValue)) }
        }
        // Finished items are never overdue: the rule then reads only the open ones.
        if filter.overdue == "1" { select = select.where("status", .notIn, finished) }
        if filter.toPublish == "1" {
            select = select.where("status", .in, finished).where("outcome_published", .equal, SQLBind(false)).where(SQLRaw("outcome IS NOT NULL"))
                .where { either in
                    either.orWhere("anonymous", .equal, SQLBind(true)).orWhere("consent_to_contact", .equal, SQLBind(false))
                        .orWhere(SQLRaw("(contact_email = '' AND contact_phone = '')"))
                }
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
        return select
    }

    /// The items' ids by reference number, for reports that list items to link them to their pages.
    static func ids(ofReferences references: [String], on db: any Database) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        for part in Array(Set(references)).sorted().chunked(500) {
            for row in try await (db as! any SQLDatabase).select().columns("id", "reference").from(FeedbackItem.schema)
                .where("reference", .in, Array(part)).rowColumns() {
                ids[try row.text("reference")] = try row.uuid("id")
            }
        }
        return ids
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
                  dueDay: try row.text("due_day"), assigneeName: try row.text("assignee_name"),
                  delivery: OutcomeDelivery.decide(
                      contactKnown: OutcomeDelivery.contactKnown(anonymous: try row.flag("anonymous"), email: try row.text("contact_email"),
                                                                 phone: try row.text("contact_phone")),
                      consentToContact: try row.flag("consent_to_contact")))
    }
}
