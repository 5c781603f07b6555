import Fluent
import Foundation
import PatronCore
import SQLKit

/// Brings a Koha patron file into the registry: all rows or none, unless invalid rows are to be
/// skipped; members already registered (same card number) are updated, never duplicated, and a
/// row that would change nothing is left alone, so importing the same file twice changes nothing.
enum MemberImporter {
    struct Options {
        var dryRun = false
        var skipInvalid = false
        var mapping = KohaCategoryMapping.default
    }

    struct Rejection {
        let record: KohaPatronRecord
        let problems: ImportRowRejection
    }

    struct Report {
        let encoding: TextEncoding
        let rows: Int
        let created: Int
        let updated: Int
        let unchanged: Int
        let rejected: [Rejection]
        /// True when rows were written: not a dry run, and either no invalid row or `skipInvalid`.
        let applied: Bool
        /// True when invalid rows stopped the whole import.
        var refused: Bool { !rejected.isEmpty && !applied && !dryRun }
        let dryRun: Bool
    }

    /// Called with (rows written, rows to write) at every tenth of the work and at the end.
    typealias Progress = @Sendable (Int, Int) -> Void

    static func run(_ file: KohaPatronFile, options: Options, at now: Date, on db: any Database,
                    progress: @escaping Progress = { _, _ in }) async throws -> Report {
        let existing = try await existingMembers(cardNumbers: file.cardNumbers, on: db)
        var inserts: [MemberDraft] = []
        var updates: [(id: UUID, draft: MemberDraft)] = []
        var unchanged = 0
        var rejected: [Rejection] = []
        for record in file.records {
            let current = existing[record.cardNumber]
            switch record.draft(existing: current?.draft, mapping: options.mapping) {
            case .failure(let problems):
                rejected.append(Rejection(record: record, problems: problems))
            case .success(let draft):
                if let current {
                    if current.draft == draft { unchanged += 1 } else { updates.append((current.id, draft)) }
                } else {
                    inserts.append(draft)
                }
            }
        }
        let apply = !options.dryRun && (rejected.isEmpty || options.skipInvalid)
        if apply {
            try await write(inserts: inserts, updates: updates, now: now, on: db, progress: progress)
        }
        return Report(encoding: file.encoding, rows: file.records.count, created: inserts.count, updated: updates.count,
                      unchanged: unchanged, rejected: rejected, applied: apply, dryRun: options.dryRun)
    }

    private struct Existing {
        let id: UUID
        let draft: MemberDraft
    }

    /// One query per 500 card numbers, read as plain rows: a 100,000-row file needs 200 small
    /// queries, not 100,000, and no model objects.
    private static func existingMembers(cardNumbers: Set<String>, on db: any Database) async throws -> [String: Existing] {
        var found: [String: Existing] = [:]
        let cards = Array(cardNumbers)
        let sql = db as! any SQLDatabase
        for start in stride(from: 0, to: cards.count, by: 500) {
            let chunk = cards[start..<min(start + 500, cards.count)]
            let rows = try await sql.select().column("id").columns(MemberColumns.draftColumns).from(Member.schema)
                .where("card_number", .in, Array(chunk)).all()
            for row in rows {
                let draft = try MemberColumns.draft(from: row)
                found[draft.cardNumber] = Existing(id: try row.decode(column: "id", as: UUID.self), draft: draft)
            }
        }
        return found
    }

    /// Everything in one transaction, so a failure half-way leaves the registry as it was.
    /// New members go in as multi-row INSERTs of 400 rows (under both engines' bind limits).
    private static func write(inserts: [MemberDraft], updates: [(id: UUID, draft: MemberDraft)], now: Date, on db: any Database,
                              progress: @escaping Progress) async throws {
        let total = inserts.count + updates.count
        guard total > 0 else { return }
        try await db.transaction { transaction in
            let sql = transaction as! any SQLDatabase
            var done = 0
            var reportedTenth = 0
            func advance(by count: Int) {
                done += count
                let tenth = done * 10 / total
                if tenth != reportedTenth || done == total {
                    reportedTenth = tenth
                    progress(done, total)
                }
            }
            for start in stride(from: 0, to: inserts.count, by: 400) {
                let batch = inserts[start..<min(start + 400, inserts.count)]
                let builder = sql.insert(into: Member.schema).columns(["id", "created_at", "updated_at"] + MemberColumns.names)
                for draft in batch {
                    builder.values([SQLBind(UUID()), SQLBind(now), SQLBind(now)] + MemberColumns.binds(draft))
                }
                try await builder.run()
                advance(by: batch.count)
            }
            for update in updates {
                let builder = sql.update(Member.schema).set("updated_at", to: SQLBind(now))
                for (name, bind) in zip(MemberColumns.names, MemberColumns.binds(update.draft)) {
                    builder.set(SQLIdentifier(name), to: bind)
                }
                try await builder.where("id", .equal, SQLBind(update.id)).run()
                advance(by: 1)
            }
        }
    }
}
