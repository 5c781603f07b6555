import Fluent
import Foundation
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

/// The flagship document's starting point, rebuilt from imported history: from 22 Jan 2002 to
/// 29 Nov 2010, 768 expired members had not reclaimed 919,000 baht.
@Suite struct DepositHistoryTests {
    /// Members and deposits shaped like the seed: 768 unclaimed in the window (466 × 1,000 + 302 × 1,500
    /// baht), 40 in the window who were refunded, 5 who expired before the window, 10 still current.
    static func seedHistory() -> (members: String, deposits: String) {
        var members = ["cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry"]
        var deposits = ["cardnumber,amount,received,receipt,refunded"]
        let windowStart = CivilDate(year: 2002, month: 1, day: 22)!
        func add(_ card: String, expires: CivilDate, amount: String, refunded: CivilDate? = nil) {
            let enrolled = expires.adding(years: -1)
            members.append("\(card),ใจดี,สมาชิก\(card),EXA,\(enrolled.iso),\(expires.iso)")
            let day = "\(enrolled.day)/\(enrolled.month)/\(enrolled.year + 543)"  // B.E. dates, as old registers have them
            deposits.append("\(card),\"\(amount)\",\(day),R-\(card),\(refunded?.iso ?? "")")
        }
        for n in 0..<768 {
            add("H\(n)", expires: windowStart.adding(days: n * 4), amount: n < 466 ? "1,000" : "1,500.00")
        }
        for n in 0..<40 {
            let expires = windowStart.adding(days: 100 + n * 50)
            add("R\(n)", expires: expires, amount: "1,000", refunded: expires.adding(days: 30))
        }
        for n in 0..<5 { add("OLD\(n)", expires: CivilDate(year: 2001, month: 6, day: 1 + n)!, amount: "1,000") }
        for n in 0..<10 { add("CUR\(n)", expires: CivilDate(year: 2011, month: 3, day: 1 + n)!, amount: "1,000") }
        return (members.joined(separator: "\n") + "\n", deposits.joined(separator: "\n") + "\n")
    }

    static func importSeed(_ app: Application) async throws -> DepositHistoryImporter.Report {
        let (members, deposits) = seedHistory()
        let memberReport = try await MemberImporter.run(try KohaPatronFile(text: members), options: .init(), at: pinnedNow, on: app.db)
        #expect(memberReport.created == 823)
        let file = try DepositHistoryFile(bytes: Array(deposits.utf8))
        return try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy)
            .run(file, options: .init(), at: pinnedNow)
    }

    @Test func importedHistoryGivesTheSeedsUnclaimedCountAndTotalToTheSatang() async throws {
        try await withTestApp { app in
            let report = try await Self.importSeed(app)
            #expect((report.created, report.rejected.count) == (823, 0))
            let listing = UnclaimedListing(try await DepositHistories.load(on: app.db), asOf: CivilDate(year: 2010, month: 11, day: 30)!,
                                           expiredFrom: CivilDate(year: 2002, month: 1, day: 22), expiredTo: CivilDate(year: 2010, month: 11, day: 29), mask: .serverOperator)
            #expect(listing.report.memberCount == 768)
            #expect(listing.report.total == Satang(91_900_000))
            let text = listing.text(.en, expiredFrom: CivilDate(year: 2002, month: 1, day: 22), expiredTo: CivilDate(year: 2010, month: 11, day: 29))
            #expect(text.split(separator: "\n").last == "768 members, 919,000.00 baht")
        }
    }

    @Test func reimportingTheHistoryChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await Self.importSeed(app)
            let ledgerBefore = try await LedgerEntryRecord.query(on: app.db).count()
            let file = try DepositHistoryFile(bytes: Array(Self.seedHistory().deposits.utf8))
            let again = try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy).run(file, options: .init(), at: pinnedNow)
            #expect((again.created, again.unchanged, again.rejected.count) == (0, 823, 0))
            #expect(try await LedgerEntryRecord.query(on: app.db).count() == ledgerBefore)
        }
    }

    @Test func aHistoryFileWithBadRowsImportsNothing() async throws {
        try await withTestApp { app in
            try await MemberFixtures.store(MemberFixtures.draft("EXA-1"), on: app)
            let csv = """
                cardnumber,amount,received,receipt
                EXA-1,1000,2020-01-05,R-1
                EXA-1,-5,2020-01-05,R-2
                NOBODY,1000,2020-01-05,R-3
                EXA-1,1000,31/02/2563,R-4
                EXA-1,1000,2020-01-05,R-1

                """
            let file = try DepositHistoryFile(bytes: Array(csv.utf8))
            let report = try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy).run(file, options: .init(), at: pinnedNow)
            #expect(report.refused)
            #expect(report.rejected.map(\.line) == [3, 4, 5, 6])
            #expect(try await Deposit.query(on: app.db).count() == 0)
            #expect(try await LedgerEntryRecord.query(on: app.db).count() == 0)

            let skipping = try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy)
                .run(file, options: .init(skipInvalid: true), at: pinnedNow)
            #expect(skipping.created == 1)
            #expect(file.rejectCSV(skipping.rejected.map(\.fields)).contains("NOBODY,1000,2020-01-05,R-3"))
        }
    }

    @Test func anUnknownColumnRefusesTheWholeFileWithItsName() {
        #expect(throws: DepositHistoryFile.FileProblem.unknownColumn("amout", position: 2)) {
            try DepositHistoryFile(bytes: Array("cardnumber,amout,received,receipt\nA,1,2020-01-01,R\n".utf8))
        }
    }

    @Test func theReportPageAndItsCSVAgreeWithTheCommandText() async throws {
        try await withTestApp { app in
            _ = try await Self.importSeed(app)
            let head = try await TestStaff.browser(.head, on: app)
            let page = try await head.get(SiteRoute.unclaimedReport().href + "?asOf=2010-11-30&expiredFrom=22/01/2545&expiredTo=2010-11-29&lang=en")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("768 members, 919,000.00 baht"))
            let csv = try await head.get(SiteRoute.unclaimedReport().href + "?asOf=2010-11-30&expiredFrom=2002-01-22&expiredTo=2010-11-29&format=csv&lang=en")
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.body.string.split(whereSeparator: \.isNewline)
            #expect(lines.count == 1 + 768 + 1)
            #expect(lines.last?.contains("919,000.00") == true)
        }
    }

    @Test func indicatorsComeFromTheLedgerAsOfAnyDay() async throws {
        try await withTestApp { app in
            _ = try await Self.importSeed(app)
            let head = try await TestStaff.browser(.head, on: app)
            let response = try await head.get(SiteRoute.apiIndicatorsUnclaimed().href + "?asOf=2010-11-30&baseline=2009-11-30", headers: ["Accept": "application/json"])
            #expect(response.status == .ok)
            let body = try JSONDecoder().decode(UnclaimedIndicatorsResponse.self, from: Data(response.body.string.utf8))
            // As of 2010-11-30 the 768 in the window plus the 5 from before it hold money; a year
            // earlier, fewer had expired yet.
            #expect(body.indicator51.expiredMembersNotReclaimed == 773)
            #expect(body.indicator51.baselineCount < 773)
            #expect(body.indicator52.forfeitedSatang == 0)
            #expect(body.indicator52.usableSatang == body.indicator52.unclaimedPastDeadlineSatang)
            let page = try await head.get(SiteRoute.indicators().href + "?asOf=2010-11-30&lang=en")
            #expect(page.body.string.contains("773"))
        }
    }

    @Test func reportsWorkWithAnEmptyLedger() async throws {
        try await withTestApp { app in
            let head = try await TestStaff.browser(.head, on: app)
            for path in ["/reports/unclaimed?lang=en", "/reports/deposits", "/indicators", "/forfeitures", "/reports/unclaimed?format=csv",
                         "/reports/deposits?format=csv"] {
                #expect(try await head.get(path).status == .ok, "\(path)")
            }
            #expect(try await head.get(SiteRoute.unclaimedReport().href + "?lang=en").body.string.contains("0 members, 0.00 baht"))
        }
    }

    @Test func aCounterCannotOpenReportsOrForfeitures() async throws {
        try await withTestApp { app in
            let counter = try await TestStaff.browser(.counter, on: app)
            #expect(try await counter.get(SiteRoute.unclaimedReport().href).status == .forbidden)
            #expect(try await counter.get(SiteRoute.forfeitures.href).status == .forbidden)
        }
    }
}
