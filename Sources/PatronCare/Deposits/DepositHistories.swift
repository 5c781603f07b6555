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

    /// The named members (card, name, expiry), keyed by id text: only those columns, 1,000 ids per query.
    static func members(ids: Set<UUID>, on db: any Database) async throws -> [String: MemberInfo] {
        let sql = db as! any SQLDatabase
        var members: [String: MemberInfo] = [:]
        let ids = Array(ids)
        for start in stride(from: 0, to: ids.count, by: 1_000) {
            let rows = try await sql.select()
                .columns("id", "card_number", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "expires_on")
                .from(Member.schema).where("id", .in, SQLBind.group(ids[start..<min(start + 1_000, ids.count)].map { $0 as any Encodable & Sendable })).all()
            for row in rows {
                let id = try row.decode(column: "id", as: UUID.self)
                let name = MemberDraft.displayName(
                    firstNameTh: try row.decode(column: "first_name_th", as: String.self), lastNameTh: try row.decode(column: "last_name_th", as: String.self),
                    firstNameEn: try row.decode(column: "first_name_en", as: String.self), lastNameEn: try row.decode(column: "last_name_en", as: String.self))
                // The same fallback as `Member.draft` for a day that does not parse.
                let expiresOn = CivilDate(iso: try row.decode(column: "expires_on", as: String.self)) ?? CivilDate(year: 1970, month: 1, day: 1)!
                members[id.uuidString] = MemberInfo(id: id, cardNumber: try row.decode(column: "card_number", as: String.self), name: name,
                                                    expiresOn: expiresOn)
            }
        }
        return members
    }
}
