import Fluent
import Foundation
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

/// The Koha import against a real database: all-or-nothing, skip-invalid, dry run, re-import, encodings.
@Suite struct MemberImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func file(_ name: String) throws -> KohaPatronFile {
        try KohaPatronFile(bytes: bytes(name))
    }

    @Test func aThaiKohaExportImportsEveryRowWithEverySegment() async throws {
        try await withTestApp { app in
            let report = try await MemberImporter.run(try Self.file("koha-patrons-th.csv"), options: .init(), at: pinnedNow, on: app.db)
            #expect(report.applied)
            #expect((report.created, report.updated, report.unchanged, report.rejected.count) == (30, 0, 0, 0))
            #expect(try await Member.query(on: app.db).count() == 30)
            for segment in Segment.allCases {
                #expect(try await Member.query(on: app.db).filter(\.$segment == segment).count() > 0, "segment \(segment.rawValue)")
            }
            let somchai = try #require(try await Member.query(on: app.db).filter(\.$cardNumber == "6410110001").first())
            #expect(somchai.draft.firstNameTh == "สมชาย")
            #expect(somchai.draft.addressLine1 == "99/1 หมู่ 2, ถนนพหลโยธิน")
            #expect(somchai.draft.postcode == "10900")
        }
    }

    @Test func reimportingTheSameFileChangesNothing() async throws {
        try await withTestApp { app in
            let file = try Self.file("koha-patrons-th.csv")
            _ = try await MemberImporter.run(file, options: .init(), at: pinnedNow, on: app.db)
            let before = try await Member.query(on: app.db).sort(\.$cardNumber).all().map { ($0.cardNumber, $0.draft, $0.updatedAt) }
            let again = try await MemberImporter.run(file, options: .init(), at: pinnedNow, on: app.db)
            #expect((again.created, again.updated, again.unchanged) == (0, 0, 30))
            let after = try await Member.query(on: app.db).sort(\.$cardNumber).all().map { ($0.cardNumber, $0.draft, $0.updatedAt) }
            #expect(after.count == before.count)
            for (old, new) in zip(before, after) {
                #expect(old.0 == new.0 && old.1 == new.1 && old.2 == new.2)
            }
        }
    }

    @Test func aChangedRowUpdatesTheMemberWithoutDuplicatingIt() async throws {
        try await withTestApp { app in
            try await MemberFixtures.store(MemberFixtures.draft("G-001", segment: .u1, type: .student, firstNameTh: "เดิม"), on: app)
            let csv = "cardnumber,firstname,surname,email\nG-001,สมหญิง,ใจดี,new@example.org\n"
            let report = try await MemberImporter.run(try KohaPatronFile(text: csv), options: .init(), at: pinnedNow, on: app.db)
            #expect((report.created, report.updated) == (0, 1))
            let members = try await Member.query(on: app.db).all()
            #expect(members.count == 1)
            #expect(members.first?.draft.firstNameTh == "สมหญิง")
            #expect(members.first?.draft.email == "new@example.org")
            #expect(members.first?.draft.segment == .u1, "a column missing from the file keeps its value")
        }
    }

    @Test func aFileWithBadRowsImportsNothingAndNamesEveryBadLine() async throws {
        try await withTestApp { app in
            let report = try await MemberImporter.run(try Self.file("koha-patrons-bad.csv"), options: .init(), at: pinnedNow, on: app.db)
            #expect(report.refused)
            #expect(!report.applied)
            #expect(try await Member.query(on: app.db).count() == 0)
            let lines = report.rejected.map(\.record.line)
            #expect(lines == [5, 6, 7, 8, 9, 10, 11, 12])
            let messages = report.rejected.flatMap { $0.problems.messages(.en) }.joined(separator: "\n")
            #expect(messages.contains("VIP"))
            #expect(messages.contains("bob@@example"))
        }
    }

    @Test func skipInvalidImportsTheGoodRowsAndHandsBackTheBadOnesUnchanged() async throws {
        try await withTestApp { app in
            let file = try Self.file("koha-patrons-bad.csv")
            let report = try await MemberImporter.run(file, options: .init(skipInvalid: true), at: pinnedNow, on: app.db)
            #expect(report.applied)
            #expect(report.created == 3)
            #expect(try await Member.query(on: app.db).count() == 3)
            let rejects = file.rejectCSV(report.rejected.map(\.record), byteOrderMark: false)
            let rejectFile = try KohaPatronFile(text: rejects)
            #expect(rejectFile.records.count == 8)
            #expect(rejects.contains("B-MAIL,Jones,Bob,EXB,2024-06-01,2025-05-31,bob@@example,,"))
        }
    }

    @Test func dryRunReportsAndWritesNothing() async throws {
        try await withTestApp { app in
            let report = try await MemberImporter.run(try Self.file("koha-patrons-th.csv"), options: .init(dryRun: true), at: pinnedNow, on: app.db)
            #expect(report.created == 30)
            #expect(!report.applied)
            #expect(try await Member.query(on: app.db).count() == 0)
        }
    }

    @Test func tis620FilesAreDetectedAndStoredAsRealThai() async throws {
        try await withTestApp { app in
            let file = try Self.file("koha-patrons-tis620.csv")
            #expect(file.encoding == .windows874)
            let report = try await MemberImporter.run(file, options: .init(), at: pinnedNow, on: app.db)
            #expect(report.applied && report.created > 0)
            let names = try await Member.query(on: app.db).all().map(\.firstNameTh)
            #expect(names.contains { $0.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) } })
            #expect(!names.joined().contains("à"))
        }
    }

    @Test func mojibakeIsRefusedBeforeAnythingIsRead() throws {
        #expect(throws: ImportFileProblem.self) { try Self.file("koha-patrons-mojibake.csv") }
    }

    @Test func theUploadPageImportsForAHeadAndRefusesACounter() async throws {
        try await withTestApp { app in
            let counter = try await TestStaff.browser(.counter, on: app)
            #expect(try await counter.get(SiteRoute.imports.href).status == .forbidden)

            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(SiteRoute.imports.href + "?lang=en")
            let dry = try await head.upload(SiteRoute.imports.href, fileField: "file", filename: "th.csv", data: try Self.bytes("koha-patrons-th.csv"),
                                            form: [("dryRun", "on")])
            #expect(dry.status == .ok)
            #expect(dry.body.string.contains("Dry run: nothing was saved."))
            #expect(try await Member.query(on: app.db).count() == 0)

            let real = try await head.upload(SiteRoute.imports.href, fileField: "file", filename: "th.csv", data: try Self.bytes("koha-patrons-th.csv"))
            #expect(real.body.string.contains("Import finished."))
            #expect(try await Member.query(on: app.db).count() == 30)
        }
    }

    @Test func theUploadPageListsBadLinesInThaiAndImportsNothing() async throws {
        try await withTestApp { app in
            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(SiteRoute.imports.href + "?lang=th")
            let response = try await head.upload(SiteRoute.imports.href, fileField: "file", filename: "bad.csv", data: try Self.bytes("koha-patrons-bad.csv"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("ไม่ได้นำเข้าข้อมูลใด ๆ"))
            #expect(response.body.string.contains("<td>5</td>"))
            #expect(try await Member.query(on: app.db).count() == 0)
        }
    }

    @Test func theUploadPageRefusesMojibakeWithAClearMessage() async throws {
        try await withTestApp { app in
            let head = try await TestStaff.browser(.head, on: app)
            try await head.get(SiteRoute.imports.href + "?lang=en")
            let response = try await head.upload(SiteRoute.imports.href, fileField: "file", filename: "m.csv", data: try Self.bytes("koha-patrons-mojibake.csv"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("class=\"error\""))
            #expect(try await Member.query(on: app.db).count() == 0)
        }
    }
}
