import Fluent
import Foundation
import PatronCore
import SQLKit

/// Reads the ledger into the core's `DepositHistory` values, which the reports, the indicators
/// and the forfeiture plan compute from. Two plain queries, whatever the number of deposits.
struct DepositHistories {
    struct MemberInfo {
        let id: UUID
        let cardNumber: String
        let name: String
        let expiresOn: CivilDate
    }

    let histories: [DepositHistory]
    let members: [String: MemberInfo]
    /// Every ledger entry as the core sees it, for period totals.
    let entries: [LedgerEntry]

    static func load(on db: any Database) async throws -> DepositHistories {
        let deposits = try await Deposit.query(on: db).all()
        let members = try await self.members(ids: Set(deposits.map(\.$member.id)), on: db)
        let allEntries = try await LedgerEntryRecord.query(on: db).sort(\.$recordedAt).all().map(\.entry)
        var entries: [UUID: [LedgerEntry]] = [:]
        for entry in allEntries { entries[entry.depositID, default: []].append(entry) }
        let histories = try deposits.compactMap { deposit -> DepositHistory? in
            let id = try deposit.requireID()
            guard let member = members[deposit.$member.id.uuidString] else { return nil }
            return DepositHistory(memberID: member.id.uuidString, membershipExpiry: member.expiresOn,
                                  lastClaimDay: deposit.lastClaimDate, movements: DepositMovement.from(entries[id] ?? []))
        }
        return DepositHistories(histories: histories, members: members, entries: allEntries)
    }

    /// The named members (card, name, expiry), keyed by id text; 500 ids per query.
    static func members(ids: Set<UUID>, on db: any Database) async throws -> [String: MemberInfo] {
        var members: [String: MemberInfo] = [:]
        let ids = Array(ids)
        for start in stride(from: 0, to: ids.count, by: 500) {
            for member in try await Member.query(on: db).filter(\.$id ~~ Array(ids[start..<min(start + 500, ids.count)])).all() {
                let id = try member.requireID()
                let draft = member.draft
                members[id.uuidString] = MemberInfo(id: id, cardNumber: draft.cardNumber, name: draft.displayName, expiresOn: draft.expiresOn)
            }
        }
        return members
    }
}
