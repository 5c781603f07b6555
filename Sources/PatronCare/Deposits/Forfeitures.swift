import Fluent
import Foundation
import PatronCore
import SQLKit

/// Forfeiture runs: plan which deposits are past their claim deadline, propose them as a batch,
/// and — when a head other than the proposer approves — move them to the library fund in one
/// transaction. A deposit whose balance changed, or that gained an open refund request, since the
/// batch was proposed is left alone.
struct Forfeitures {
    let db: any Database

    struct PlanLine {
        let deposit: Deposit
        let candidate: ForfeitureCandidate
        let member: DepositHistories.MemberInfo?
    }

    struct Planned {
        let plan: ForfeiturePlan
        let lines: [PlanLine]
    }

    func plan(asOf: CivilDate) async throws -> Planned {
        let deposits = try await Deposit.query(on: db).filter(\.$balanceSatang > 0).all()
        let openRequests = Set(try await RefundRequestRecord.query(on: db).filter(\.$status == .open).all().map(\.$deposit.id))
        var byID: [UUID: Deposit] = [:]
        let candidates = try deposits.map { deposit in
            let id = try deposit.requireID()
            byID[id] = deposit
            return ForfeitureCandidate(depositID: id, balance: deposit.balance, lastClaimDay: deposit.lastClaimDate,
                                       hasOpenRefundRequest: openRequests.contains(id))
        }
        let plan = ForfeiturePlan(candidates: candidates, asOf: asOf)
        let forfeited = plan.toForfeit.compactMap { byID[$0.depositID] }
        let members = try await DepositHistories.members(ids: Set(forfeited.map(\.$member.id)), on: db)
        let lines = plan.toForfeit.compactMap { candidate in
            byID[candidate.depositID].map {
                PlanLine(deposit: $0, candidate: candidate, member: members[$0.$member.id.uuidString])
            }
        }
        return Planned(plan: plan, lines: lines.sorted { $0.deposit.lastClaimDay < $1.deposit.lastClaimDay })
    }

    func propose(asOf: CivilDate, by staff: StaffRef) async throws -> ForfeitureBatch {
        let planned = try await plan(asOf: asOf)
        guard !planned.lines.isEmpty else {
            throw DepositRefusal { $0 == .th ? "ไม่มีเงินประกันที่พ้นกำหนดให้ริบ ณ วันนี้" : "No deposit is past its claim deadline on that day." }
        }
        return try await db.transaction { db in
            let batch = ForfeitureBatch()
            batch.asOf = asOf.iso
            batch.status = .proposed
            batch.proposedBy = staff.id
            batch.totalSatang = planned.plan.total.value
            batch.depositCount = planned.lines.count
            try await batch.create(on: db)
            for line in planned.lines {
                try await ForfeitureItem(batchID: try batch.requireID(), depositID: line.candidate.depositID, amount: line.candidate.balance)
                    .create(on: db)
            }
            return batch
        }
    }

    struct Approval {
        let forfeited: Int
        let total: Satang
        let skipped: Int
        let alreadyApproved: Bool
    }

    /// Why this reader may not approve the batch (nil: they may): the same checks for the
    /// confirmation step and for the approval itself.
    static func approvalRefusal(_ batch: ForfeitureBatch, by staff: StaffRef, role: StaffRole) -> DepositRefusal? {
        guard role.can(.forfeitDeposits) else {
            return DepositRefusal { $0 == .th ? "ต้องเป็นหัวหน้างานจึงอนุมัติการริบได้" : "Only a head may approve a forfeiture." }
        }
        guard staff.id != batch.proposedBy else {
            return DepositRefusal { $0 == .th ? "ผู้เสนอรอบการริบอนุมัติเองไม่ได้ ต้องเป็นหัวหน้างานอีกคน" : "The person who proposed the batch cannot approve it; another head must." }
        }
        return nil
    }

    func approve(_ batch: ForfeitureBatch, by staff: StaffRef, role: StaffRole, at instant: Date) async throws -> Approval {
        if let refusal = Self.approvalRefusal(batch, by: staff, role: role) { throw refusal }
        let batchID = try batch.requireID()
        let asOf = CivilDate(iso: batch.asOf) ?? BangkokTime.day(of: instant)
        return try await db.transaction { db in
            let sql = db as! any SQLDatabase
            // The status flip is the guard: a second click finds nothing to approve.
            let claimed = try await sql.update(ForfeitureBatch.schema)
                .set("status", to: SQLBind(ForfeitureBatch.Status.approved.rawValue))
                .set("approved_by", to: SQLBind(staff.id)).set("approved_at", to: SQLBind(instant))
                .where("id", .equal, SQLBind(batchID)).where("status", .equal, SQLBind(ForfeitureBatch.Status.proposed.rawValue))
                .returning("id").all()
            guard claimed.count == 1 else { return Approval(forfeited: 0, total: .zero, skipped: 0, alreadyApproved: true) }
            let items = try await ForfeitureItem.query(on: db).filter(\.$batch.$id == batchID).all()
            let openRequests = Set(try await RefundRequestRecord.query(on: db).filter(\.$status == .open).all().map(\.$deposit.id))
            var forfeited = 0
            var total = Satang.zero
            var skipped = 0
            for item in items {
                let depositID = item.$deposit.id
                try await DepositStore.lock(depositID, at: instant, on: db)
                guard let deposit = try await Deposit.find(depositID, on: db), deposit.balanceSatang == item.amountSatang,
                      !openRequests.contains(depositID), ClaimDeadline.hasPassed(deposit.lastClaimDate, on: asOf) else {
                    skipped += 1
                    continue
                }
                let existing = try await DepositStore.entries(of: depositID, on: db)
                let entry = LedgerEntry.forfeited(id: UUID(), depositID: depositID, amount: Satang(item.amountSatang), by: staff, at: instant,
                                                  reason: "ริบเข้ากองทุนห้องสมุด รอบ \(batch.asOf) / forfeiture batch \(batch.asOf)")
                let problems = Ledger.check(entry, against: existing)
                guard problems.isEmpty else { throw DepositRefusal(ledger: problems) }
                let record = LedgerEntryRecord(entry, memberID: deposit.$member.id, idempotencyKey: "forfeit/\(batchID)/\(depositID)")
                record.forfeitureBatchID = batchID
                try await record.create(on: db)
                try await DepositStore.move(depositID, by: entry.balanceEffect, on: db)
                forfeited += 1
                total += entry.amount
            }
            try await sql.update(ForfeitureBatch.schema).set("total_satang", to: SQLBind(total.value))
                .set("deposit_count", to: SQLBind(forfeited)).where("id", .equal, SQLBind(batchID)).run()
            return Approval(forfeited: forfeited, total: total, skipped: skipped, alreadyApproved: false)
        }
    }

    func cancel(_ batch: ForfeitureBatch) async throws {
        try await (db as! any SQLDatabase).update(ForfeitureBatch.schema)
            .set("status", to: SQLBind(ForfeitureBatch.Status.cancelled.rawValue))
            .where("id", .equal, SQLBind(try batch.requireID()))
            .where("status", .equal, SQLBind(ForfeitureBatch.Status.proposed.rawValue)).run()
    }
}
