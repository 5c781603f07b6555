import Foundation
import Testing
import PatronCore

@Suite struct KohaFixtureTests {
    @Test func thaiFixtureImportsEveryRow() throws {
        let file = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-th.csv"))

        let drafts = file.records.compactMap { $0.draft(existing: nil).importedDraft }

        #expect(file.encoding == .utf8)
        #expect(file.records.count == 30)
        #expect(drafts.count == 30)
        #expect(Set(drafts.map(\.segment)) == Set(Segment.allCases))
        #expect(Set(drafts.map(\.membershipType)) == Set(MembershipType.allCases))
        let perSegment = Dictionary(grouping: drafts, by: \.segment).mapValues(\.count)
        #expect(perSegment == [.u1: 5, .u2: 4, .u3: 5, .u4: 3, .u5: 6, .f1: 2, .f2: 1, .pa1: 1, .pa2: 1, .pa3: 2])
        #expect(drafts.allSatisfy { $0.consent == ChannelConsent() })
        #expect(file.header.ignoredColumns.contains(.borrowernumber))
    }

    @Test func thaiFixtureKeepsLineNumbersAcrossTheMultiLineAddress() throws {
        let file = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-th.csv"))
        let byCard = Dictionary(uniqueKeysWithValues: file.records.map { ($0.cardNumber, $0) })

        #expect(byCard["6410110001"]?.line == 2)
        #expect(byCard["EXA-0001"]?.line == 13)
        #expect(byCard["EXA-0002"]?.line == 15)
        #expect(file.records.last?.line == 32)
        let exa = try #require(byCard["EXA-0001"]?.draft(existing: nil).importedDraft)
        #expect(exa.addressLine1 == "55/7 หมู่บ้านสวนธน, ซอยพุทธบูชา 36")
        #expect(exa.addressLine3 == "เขตทุ่งครุ กรุงเทพมหานคร")
        #expect((exa.membershipType, exa.segment) == (.externalA, .u5))
    }

    @Test func thaiFixtureSpotChecks() throws {
        let file = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-th.csv"))
        let drafts = Dictionary(uniqueKeysWithValues: file.records.compactMap { $0.draft(existing: nil).importedDraft }.map { ($0.cardNumber, $0) })

        let sudarat = try #require(drafts["6410110002"])
        #expect(sudarat.enrolledOn == kohaDay(2021, 6, 1))   // 01/06/2564
        #expect(sudarat.mobile == "0891234567")            // from smsalertnumber +66 89 123 4567
        #expect(drafts["6410110025"]?.enrolledOn == kohaDay(2024, 6, 1)) // 2567-06-01
        #expect(drafts["S002002"]?.status == .suspended)
        #expect(drafts["6410110027"]?.email == "nattapong.s@ku.th")
        #expect(drafts["6410110027"]?.notes == "ย้ายคณะ, รอเอกสาร")
        #expect(drafts["6410110003"]?.preferredLanguage == .en)
        #expect(drafts["6410110003"]?.firstNameEn == "John")
        #expect(drafts["6410110001"]?.segment == .u1)       // sort1 "ENG" is a faculty code, ignored
        #expect(drafts["6520200028"]?.mobile == "0812349999") // phone used as it is a mobile
        #expect(drafts["S002003"]?.mobile == "")             // landline phone ignored
    }

    @Test func badFixtureRejectsEachBadRowForItsReason() throws {
        let file = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-bad.csv"))

        let rejections = file.records.compactMap { $0.draft(existing: nil).rejection }

        #expect(file.records.count == 11)
        #expect(file.records.filter { $0.draft(existing: nil).importedDraft != nil }.map(\.cardNumber) == ["G-001", "G-002", "G-003"])
        #expect(rejections == [
            ImportRowRejection(line: 5, problems: [.unknownCategory("VIP")]),
            ImportRowRejection(line: 6, problems: [.badDate(.dateexpiry, text: "31/02/2568")]),
            ImportRowRejection(line: 7, problems: [.member(.expiryBeforeEnrolment(enrolled: kohaDay(2025, 6, 1), expires: kohaDay(2024, 5, 31)))]),
            ImportRowRejection(line: 8, problems: [.member(.emailInvalid("bob@@example"))]),
            ImportRowRejection(line: 9, problems: [.member(.mobileInvalid("0212345"))]),
            ImportRowRejection(line: 10, problems: [.duplicateCardNumber("G-001", firstLine: 2)]),
            ImportRowRejection(line: 11, problems: [.fieldCount(found: 10, expected: 9)]),
            ImportRowRejection(line: 12, problems: [.missingValue(.categorycode), .missingValue(.dateenrolled)]),
        ])
    }

    @Test func rejectedRowsAreWrittenBackUnchanged() throws {
        let original = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-bad.csv"))
        let rejected = original.records.filter { $0.draft(existing: nil).importedDraft == nil }

        let csv = original.rejectCSV(rejected)
        let reread = try KohaPatronFile(bytes: Array(csv.utf8))

        #expect(csv.hasPrefix("\u{FEFF}cardnumber,surname,"))
        #expect(reread.header == original.header)
        #expect(reread.records.map(\.fields) == rejected.map(\.fields))
    }

    @Test func tis620FixtureGivesTheSameDraftsAsTheUTF8One() throws {
        let tis = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-tis620.csv"))
        let utf8 = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-th.csv"))
        let utf8Drafts = Dictionary(uniqueKeysWithValues: utf8.records.compactMap { $0.draft(existing: nil).importedDraft }.map { ($0.cardNumber, $0) })

        let drafts = tis.records.compactMap { $0.draft(existing: nil).importedDraft }

        #expect(tis.encoding == .windows874)
        #expect(drafts.count == 6)
        for draft in drafts { #expect(draft == utf8Drafts[draft.cardNumber]) }
        #expect(drafts.first?.firstNameTh == "สมชาย")
    }

    @Test func reParsingGivesEqualDrafts() throws {
        let first = try KohaPatronFile(bytes: KohaFixture.bytes("koha-patrons-th.csv"))
        let written = first.rejectCSV(first.records, byteOrderMark: false)

        let second = try KohaPatronFile(text: written)

        let before = first.records.map { $0.draft(existing: nil) }
        let after = second.records.map { $0.draft(existing: nil) }
        #expect(after == before)
        // Importing a file again over the members it created changes nothing.
        let again = zip(second.records, before).map { record, draft in record.draft(existing: draft.importedDraft) }
        #expect(again == before)
    }
}

/// Opt-in timing: `KOHA_BENCH_CSV=/tmp/koha-100k.csv swift test -c release --filter Benchmark`
/// (make the file with `scripts/make-koha-csv.py 100000`). Fails above `KOHA_BENCH_LIMIT` seconds (2).
@Suite struct KohaImportBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KOHA_BENCH_CSV"] != nil,
                   "a benchmark, opt-in: needs KOHA_BENCH_CSV naming a generated Koha CSV (scripts/make-koha-csv.py)"))
    func parseAndMapAGeneratedFile() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = try #require(environment["KOHA_BENCH_CSV"])
        let limit = Double(environment["KOHA_BENCH_LIMIT"] ?? "") ?? 2
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))

        let clock = ContinuousClock()
        var imported = 0
        var rejected = 0
        var file: KohaPatronFile?
        let parseTime = try clock.measure { file = try KohaPatronFile(bytes: bytes) }
        let mapTime = clock.measure {
            for record in file!.records {
                switch record.draft(existing: nil) {
                case .success: imported += 1
                case .failure: rejected += 1
                }
            }
        }

        let total = parseTime + mapTime
        print("Koha import benchmark: \(file!.records.count) rows, \(bytes.count) bytes, parse \(parseTime), map \(mapTime), total \(total); \(imported) imported, \(rejected) rejected")
        #expect(imported + rejected == file!.records.count)
        #expect(rejected == 0)
        #expect(total < .seconds(limit))
    }
}
