import Fluent
import Foundation
import PatronCore

/// The unclaimed-deposit report with member names: one builder for the page, the CSV and the
/// `report unclaimed` command, so they always agree — names as the reader's `PersonalDataMask` allows.
struct UnclaimedListing {
    struct Line {
        /// The member's record (nil: the ledger names a member the registry no longer has).
        let memberID: UUID?
        let cardNumber: String
        let name: String
        let membershipExpiry: CivilDate
        let depositCount: Int
        let balance: Satang
        let lastClaimDay: CivilDate
        let pastDeadline: Bool
    }

    let report: UnclaimedReport
    let lines: [Line]

    init(_ histories: DepositHistories, asOf: CivilDate, expiredFrom: CivilDate?, expiredTo: CivilDate?, mask: PersonalDataMask) {
        self.init(UnclaimedReport(histories.histories, asOf: asOf, expiredFrom: expiredFrom, expiredTo: expiredTo),
                  members: histories.members, mask: mask)
    }

    /// The listing from the ledger's aggregates (`DepositBalances`): the same report, reading only
    /// the deposits that hold money and the names of the members it lists.
    static func read(asOf: CivilDate, expiredFrom: CivilDate?, expiredTo: CivilDate?, mask: PersonalDataMask,
                     on db: any Database) async throws -> UnclaimedListing {
        let balances = try await DepositBalances.read(asOf: [asOf], on: db)
        let report = UnclaimedReport(balances.histories, asOf: asOf, expiredFrom: expiredFrom, expiredTo: expiredTo)
        let members = try await DepositHistories.members(ids: Set(report.rows.compactMap { UUID(uuidString: $0.memberID) }), on: db)
        return UnclaimedListing(report, members: members, mask: mask)
    }

    init(_ report: UnclaimedReport, members: [String: DepositHistories.MemberInfo], mask: PersonalDataMask) {
        self.report = report
        lines = report.rows.map { row in
            let member = members[row.memberID]
            return Line(memberID: member == nil ? nil : UUID(uuidString: row.memberID), cardNumber: member?.cardNumber ?? row.memberID, name: mask.name(member?.name ?? ""), membershipExpiry: row.membershipExpiry,
                        depositCount: row.depositCount, balance: row.balance, lastClaimDay: row.lastClaimDay, pastDeadline: row.pastDeadline)
        }
    }

    static func header(_ language: Language) -> [String] {
        language == .th
            ? ["เลขบัตร", "ชื่อ", "วันหมดอายุ", "จำนวนใบเสร็จ", "เงินประกันคงค้าง (บาท)", "ขอคืนได้ถึง", "เลยกำหนด"]
            : ["card number", "name", "membership expired", "deposits", "unclaimed (baht)", "claim by", "past deadline"]
    }

    func csv(_ language: Language) -> String {
        let rows = lines.map { line in
            [line.cardNumber, line.name, CSVValue.day(line.membershipExpiry), String(line.depositCount), line.balance.formatted(.plain),
             CSVValue.day(line.lastClaimDay), CSVValue.flag(line.pastDeadline)]
        }
        let total = [language == .th ? "รวม" : "total", "\(report.memberCount)", "", "", report.total.formatted(.plain), "", ""]
        return CSVWriter.document([Self.header(language)] + rows + [total], byteOrderMark: true)
    }

    /// Plain text for the terminal; the last line gives the member count and the total in baht.
    func text(_ language: Language, expiredFrom: CivilDate?, expiredTo: CivilDate?) -> String {
        var out: [String] = []
        let period = [expiredFrom.map { DateDisplay.short($0, language) } ?? "…", expiredTo.map { DateDisplay.short($0, language) } ?? "…"]
            .joined(separator: " – ")
        out.append(language == .th
            ? "สมาชิกที่หมดอายุแล้วและยังไม่ขอรับเงินประกันคืน ณ วันที่ \(DateDisplay.short(report.asOf, .th)) (หมดอายุ \(period))"
            : "Expired members who have not reclaimed their deposit, as of \(DateDisplay.short(report.asOf, .en)) (expired \(period))")
        for line in lines {
            out.append([line.cardNumber, line.name, DateDisplay.short(line.membershipExpiry, language),
                        line.balance.formatted(.plain), line.pastDeadline ? (language == .th ? "เลยกำหนด" : "past deadline") : ""]
                .joined(separator: "  "))
        }
        out.append(report.totalLine(language))
        return out.joined(separator: "\n")
    }
}
