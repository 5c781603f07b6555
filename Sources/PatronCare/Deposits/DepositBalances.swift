import Fluent
import Foundation
import PatronCore
import SQLKit

/// The deposits as of a few days, read as aggregates: one GROUP BY over the ledger gives each
/// deposit's balance and forfeited total at the end of each day, and only deposits that hold money
/// on one of the days or had money forfeited come back — never every entry, so the unclaimed report
/// and indicators 5.1/5.2 cost one pass of the database over the ledger, not a decode of every row.
///
/// Each deposit is given to the core as a `DepositHistory` whose movements are the changes between
/// the days (a forfeiture part and the rest), so `balance(asOf:)` and `forfeited(asOf:)` are exact
/// **for the days it was read for** and the core's functions compute the same figures as from the
/// whole ledger (`DepositBalancesTests` compares them). Other days are not valid: `days` says which.
struct DepositBalances {
    let days: [CivilDate]
    let histories: [DepositHistory]

    static func read(asOf days: [CivilDate], on db: any Database) async throws -> DepositBalances {
        let days = Array(Set(days)).sorted()
        let sql = db as! any SQLDatabase
        // The core's balance effect and forfeited effect of an entry, from its kind and amount.
        let effect = SQLRaw("CASE WHEN e.kind IN ('refunded', 'forfeited') THEN -e.amount_satang ELSE e.amount_satang END")
        let forfeited = SQLRaw("""
            CASE WHEN e.kind = 'forfeited' THEN e.amount_satang
                 WHEN e.kind = 'correction' AND (SELECT c.kind FROM ledger_entries c WHERE c.id = e.corrects_id) = 'forfeited' THEN -e.amount_satang
                 ELSE 0 END
            """)
        var sums: [any SQLExpression] = []
        var anyMoney: [SQLQueryString] = []
        for (i, day) in days.enumerated() {
            let end = BangkokTime.instant(day: day.adding(days: 1), minuteOfDay: 0)
            sums.append(SQLQueryString("CAST(SUM(CASE WHEN e.recorded_at < \(bind: end) THEN \(effect) ELSE 0 END) AS BIGINT) AS b\(unsafeRaw: String(i))"))
            sums.append(SQLQueryString("CAST(SUM(CASE WHEN e.recorded_at < \(bind: end) THEN \(forfeited) ELSE 0 END) AS BIGINT) AS f\(unsafeRaw: String(i))"))
            anyMoney.append("s.b\(unsafeRaw: String(i)) > 0 OR s.f\(unsafeRaw: String(i)) <> 0")
        }
        guard !days.isEmpty else { return DepositBalances(days: [], histories: []) }
        let rows = try await sql.raw("""
            SELECT s.*, d.member_id AS member_id, d.last_claim_day AS last_claim_day, m.expires_on AS expires_on
              FROM (SELECT e.deposit_id AS deposit_id, \(SQLList(sums)) FROM ledger_entries e GROUP BY e.deposit_id) s
              JOIN deposits d ON d.id = s.deposit_id JOIN members m ON m.id = d.member_id
             WHERE \(SQLList(anyMoney, separator: SQLRaw(" OR ")))
            """).all()
        let histories = try rows.map { row -> DepositHistory in
            var movements: [DepositMovement] = []
            var balance: Int64 = 0, forfeitedSoFar: Int64 = 0
            for (i, day) in days.enumerated() {
                let b = try row.decodeNil(column: "b\(i)") ? 0 : row.decode(column: "b\(i)", as: Int64.self)
                let f = try row.decodeNil(column: "f\(i)") ? 0 : row.decode(column: "f\(i)", as: Int64.self)
                let (balanceChange, forfeitedChange) = (b - balance, f - forfeitedSoFar)
                // A forfeiture movement takes `df` out of the balance; the rest of the change is one other movement.
                if forfeitedChange != 0 { movements.append(DepositMovement(day: day, kind: .forfeited, amount: Satang(forfeitedChange))) }
                if balanceChange + forfeitedChange != 0 {
                    movements.append(DepositMovement(day: day, kind: .received, amount: Satang(balanceChange + forfeitedChange)))
                }
                (balance, forfeitedSoFar) = (b, f)
            }
            let memberID = try row.decode(column: "member_id", as: UUID.self)
            let expiry = try row.decode(column: "expires_on", as: String.self)
            let lastClaim = try row.decode(column: "last_claim_day", as: String.self)
            guard let expiresOn = CivilDate(iso: expiry), let lastClaimDay = CivilDate(iso: lastClaim) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "deposit of member \(memberID): bad day \(expiry) / \(lastClaim)"))
            }
            return DepositHistory(memberID: memberID.uuidString, membershipExpiry: expiresOn, lastClaimDay: lastClaimDay, movements: movements)
        }
        return DepositBalances(days: days, histories: histories)
    }
}
