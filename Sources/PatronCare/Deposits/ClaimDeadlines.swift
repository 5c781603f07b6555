import Fluent
import Foundation
import PatronCore
import SQLKit

/// Moves claim deadlines later, never earlier: the deposit row keeps the current deadline (which
/// receipts, reminders and forfeiture read), and every move adds an append-only
/// `claim_deadline_changes` row with who, when, why and the campaign.
enum ClaimDeadlines {
    struct Change {
        let depositID: UUID
        let memberID: UUID
        let from: CivilDate
        let to: CivilDate
    }

    /// Applies the changes with set-based statements; a deposit whose deadline is already on or after
    /// the new day is left alone (the conditional UPDATE is the guard against shortening, whatever
    /// the caller computed). Returns how many deposits moved.
    static func extend(_ changes: [Change], reason: String, campaignID: UUID?, by staff: String, at instant: Date,
                       on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        var moved = 0
        // 3,000 ids per UPDATE and 9 binds per history row stay under SQLite's 32,766 bind variables.
        for part in changes.chunked(3_000) {
            let byTarget = Dictionary(grouping: part, by: \.to)
            var movedIDs: [UUID] = []
            for (to, group) in byTarget {
                let rows = try await sql.update(Deposit.schema)
                    .set("last_claim_day", to: SQLBind(to.iso))
                    .where(SQLIdentifier("id"), .in, SQLGroupExpression(SQLList(group.map { SQLBind($0.depositID) })))
                    .where("last_claim_day", .lessThan, SQLBind(to.iso))
                    .returning("id").all()
                movedIDs += try rows.map { try $0.decode(column: "id", as: UUID.self) }
            }
            let movedSet = Set(movedIDs)
            let insert = sql.insert(into: ClaimDeadlineChangeRecord.schema)
                .columns("id", "deposit_id", "member_id", "from_day", "to_day", "reason", "campaign_id", "changed_by", "changed_at")
            var any = false
            for change in part where movedSet.contains(change.depositID) {
                insert.values(SQLBind(UUID()), SQLBind(change.depositID), SQLBind(change.memberID), SQLBind(change.from.iso),
                              SQLBind(change.to.iso), SQLBind(reason), SQLBind(campaignID), SQLBind(staff), SQLBind(instant))
                any = true
            }
            if any { try await insert.run() }
            moved += movedSet.count
        }
        return moved
    }

    static func history(ofMember memberID: UUID, on db: any Database) async throws -> [ClaimDeadlineChangeRecord] {
        try await ClaimDeadlineChangeRecord.query(on: db).filter(\.$member.$id == memberID).sort(\.$changedAt).all()
    }

    static func history(ofDeposit depositID: UUID, on db: any Database) async throws -> [ClaimDeadlineChangeRecord] {
        try await ClaimDeadlineChangeRecord.query(on: db).filter(\.$deposit.$id == depositID).sort(\.$changedAt).all()
    }
}

/// A deadline change as pages show it.
struct DeadlineChangeRow: Encodable {
    let receiptNumber: String
    let from: String
    let to: String
    let reason: String
    let changedBy: String
    let changedAt: String

    init(_ record: ClaimDeadlineChangeRecord, receiptNumber: String, language: Language) {
        self.receiptNumber = receiptNumber
        from = CivilDate(iso: record.fromDay).map { DateDisplay.short($0, language) } ?? record.fromDay
        to = CivilDate(iso: record.toDay).map { DateDisplay.short($0, language) } ?? record.toDay
        reason = record.reason
        changedBy = record.changedBy
        let local = BangkokTime(record.changedAt)
        changedAt = "\(DateDisplay.short(local.day, language)) \(local.clock)"
    }
}
