import Testing
import PatronCore

@Suite struct KohaPatronRecordNewMemberTests {
    static let header = "cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry,address,address2,city,state,zipcode,email,mobile,smsalertnumber,phone,borrowernotes,lang,debarred,sort1"

    @Test func mapsEveryImportedColumn() throws {
        let record = try kohaRecord(Self.header,
            #" 6410110001 ,ใจดี,สมชาย,UG,01/06/2564,2025-05-31,"99/1 หมู่ 2, ถนนพหลโยธิน",แขวงลาดยาว,เขตจตุจักร,กรุงเทพมหานคร,10900, Somchai@KU.TH ,,+66 81 234 5678,02-579-0113,"ย้ายคณะ, รอเอกสาร",,,"#)

        let draft = try #require(record.draft(existing: nil).importedDraft)

        #expect(draft == MemberDraft(
            cardNumber: "6410110001", firstNameTh: "สมชาย", lastNameTh: "ใจดี",
            segment: .u1, membershipType: .student,
            enrolledOn: kohaDay(2021, 6, 1), expiresOn: kohaDay(2025, 5, 31), status: .active,
            email: "somchai@ku.th", mobile: "0812345678",
            addressLine1: "99/1 หมู่ 2, ถนนพหลโยธิน", addressLine2: "แขวงลาดยาว",
            addressLine3: "เขตจตุจักร กรุงเทพมหานคร", postcode: "10900",
            preferredLanguage: .th, consent: ChannelConsent(), notes: "ย้ายคณะ, รอเอกสาร"))
    }

    @Test func latinNamesGoToTheEnglishFieldsAndChooseEnglish() throws {
        let record = try kohaRecord("cardnumber,firstname,surname,categorycode,dateenrolled,dateexpiry",
                                    "EXB-2,Klaus,Müller,EXB,2024-02-01,2025-01-31")

        let draft = try #require(record.draft(existing: nil).importedDraft)

        #expect((draft.firstNameEn, draft.lastNameEn, draft.firstNameTh, draft.lastNameTh) == ("Klaus", "Müller", "", ""))
        #expect(draft.preferredLanguage == .en)
        #expect((draft.membershipType, draft.segment) == (.externalB, .u5))
    }

    @Test func eachNameGoesByItsOwnScript() throws {
        let record = try kohaRecord("cardnumber,firstname,surname,categorycode,dateenrolled,dateexpiry",
                                    "X1,John,สมิธ,UG,2024-06-01,2028-05-31")

        let draft = try #require(record.draft(existing: nil).importedDraft)

        #expect(draft.firstNameEn == "John")
        #expect(draft.lastNameTh == "สมิธ")
        #expect(draft.preferredLanguage == .th)
    }

    @Test(arguments: [("th", Language.th), ("th-TH", .th), ("TH_th", .th), ("en", .en), ("en-GB", .en)])
    func langChoosesTheLanguage(lang: String, expected: Language) throws {
        let thaiName = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry,lang",
                                      "X1,สมชาย,UG,2024-06-01,2028-05-31,\(lang)")
        let englishName = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry,lang",
                                         "X1,John,UG,2024-06-01,2028-05-31,\(lang)")

        #expect(thaiName.draft(existing: nil).importedDraft?.preferredLanguage == expected)
        #expect(englishName.draft(existing: nil).importedDraft?.preferredLanguage == expected)
    }

    @Test func kohaDefaultLangFallsBackToTheNameLanguage() throws {
        let record = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry,lang",
                                    "X1,สมชาย,UG,2024-06-01,2028-05-31,default")

        #expect(record.draft(existing: nil).importedDraft?.preferredLanguage == .th)
    }

    @Test func sort1HoldingASegmentOverridesTheMappedSegment() throws {
        let header = "cardnumber,firstname,categorycode,dateenrolled,dateexpiry,sort1"
        let pa1 = try kohaRecord(header, "X1,Ann,EXB,2019-01-01,2019-12-31,pa1")
        let faculty = try kohaRecord(header, "X2,Ann,EXB,2019-01-01,2019-12-31,ENG")

        let overridden = try #require(pa1.draft(existing: nil).importedDraft)
        let kept = try #require(faculty.draft(existing: nil).importedDraft)

        #expect((overridden.membershipType, overridden.segment) == (.externalB, .pa1))
        #expect((kept.membershipType, kept.segment) == (.externalB, .u5))
    }

    @Test func aCustomMappingIsUsed() throws {
        let mapping = try KohaCategoryMapping(json: #"{"VIP": {"type": "external-a", "segment": "Pa2"}}"#)
        let record = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry", "X1,Ann,vip,2024-01-01,2024-12-31")

        let draft = try #require(record.draft(existing: nil, mapping: mapping).importedDraft)

        #expect((draft.membershipType, draft.segment) == (.externalA, .pa2))
        #expect(record.draft(existing: nil).rejection?.problems == [.unknownCategory("vip")])
    }

    @Test(arguments: [
        ("0891111111,0892222222,0893333333", "0891111111"),
        (",0892222222,0893333333", "0892222222"),
        (",,089-333-3333", "0893333333"),
        (",,02-579-5000", ""),               // a landline in phone is not a mobile: ignored
        ("0891111111,,02-579-5000", "0891111111"),
    ])
    func mobileComesFromMobileThenSmsAlertNumberThenPhone(cells: String, expected: String) throws {
        let record = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry,mobile,smsalertnumber,phone",
                                    "X1,Ann,UG,2024-01-01,2024-12-31,\(cells)")

        #expect(record.draft(existing: nil).importedDraft?.mobile == expected)
    }

    @Test func aMultiLineAddressBecomesOneLine() throws {
        let record = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry,address,state",
                                    "X1,Ann,UG,2024-01-01,2024-12-31,\"55/7 หมู่บ้านสวนธน\r\n  ซอยพุทธบูชา 36\n\",นนทบุรี")

        let draft = try #require(record.draft(existing: nil).importedDraft)

        #expect(draft.addressLine1 == "55/7 หมู่บ้านสวนธน, ซอยพุทธบูชา 36")
        #expect(draft.addressLine3 == "นนทบุรี")
    }

    @Test func debarredSuspends() throws {
        let header = "cardnumber,firstname,categorycode,dateenrolled,dateexpiry,debarred"
        let debarred = try kohaRecord(header, "X1,Ann,UG,2024-01-01,2024-12-31,9999-12-31")
        let zeroDate = try kohaRecord(header, "X1,Ann,UG,2024-01-01,2024-12-31,0000-00-00")
        let empty = try kohaRecord(header, "X1,Ann,UG,2024-01-01,2024-12-31,")

        #expect(debarred.draft(existing: nil).importedDraft?.status == .suspended)
        #expect(zeroDate.draft(existing: nil).importedDraft?.status == .active)
        #expect(empty.draft(existing: nil).importedDraft?.status == .active)
    }

    @Test func buddhistEraDatesAreConverted() throws {
        let record = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry",
                                    "X1,Ann,UG,2567-06-01,31/5/2571")

        let draft = try #require(record.draft(existing: nil).importedDraft)

        #expect(draft.enrolledOn == kohaDay(2024, 6, 1))
        #expect(draft.expiresOn == kohaDay(2028, 5, 31))
    }
}

@Suite struct KohaPatronRecordUpdateTests {
    static let existing = MemberDraft(
        cardNumber: "6410110001", firstNameTh: "สมชาย", lastNameTh: "ใจดี", firstNameEn: "Somchai", lastNameEn: "Jaidee",
        segment: .u1, membershipType: .student, enrolledOn: kohaDay(2021, 6, 1), expiresOn: kohaDay(2025, 5, 31),
        status: .active, email: "old@ku.th", mobile: "0811111111", lineUserID: "U123",
        addressLine1: "1 ถนนเดิม", addressLine2: "แขวงเดิม", addressLine3: "เขตเดิม กรุงเทพมหานคร", postcode: "10900",
        preferredLanguage: .en, consent: ChannelConsent(postcard: true, email: true, sms: true, line: true), notes: "หมายเหตุเดิม")

    @Test func columnsAbsentFromTheFileKeepTheExistingValues() throws {
        let record = try kohaRecord("cardnumber,dateexpiry", "6410110001,31/05/2572")

        let draft = try #require(record.draft(existing: Self.existing).importedDraft)

        var expected = Self.existing
        expected.expiresOn = kohaDay(2029, 5, 31)
        #expect(draft == expected)
    }

    @Test func emptyCellsKeepTheExistingValues() throws {
        let record = try kohaRecord(KohaPatronRecordNewMemberTests.header, "6410110001,,,,,,,,,,,,,,,,,,")

        let draft = try #require(record.draft(existing: Self.existing).importedDraft)

        #expect(draft == Self.existing)
    }

    @Test func givenCellsReplaceButConsentLineAndOtherLanguageNamesAreKept() throws {
        let record = try kohaRecord(KohaPatronRecordNewMemberTests.header,
            "6410110001,ใจงาม,สมศักดิ์,PG,,2027-05-31,2 ถนนใหม่,,เขตใหม่,,10140,new@ku.th,0899999999,,,โน้ตใหม่,th,,")

        let draft = try #require(record.draft(existing: Self.existing).importedDraft)

        var expected = Self.existing
        expected.firstNameTh = "สมศักดิ์"
        expected.lastNameTh = "ใจงาม"
        expected.membershipType = .student
        expected.segment = .u2
        expected.expiresOn = kohaDay(2027, 5, 31)
        expected.addressLine1 = "2 ถนนใหม่"
        expected.addressLine3 = "เขตใหม่"
        expected.postcode = "10140"
        expected.email = "new@ku.th"
        expected.mobile = "0899999999"
        expected.notes = "โน้ตใหม่"
        expected.preferredLanguage = .th
        #expect(draft == expected)
    }

    @Test func anUpdateNeedsNeitherCategoryNorDates() throws {
        let record = try kohaRecord("cardnumber,categorycode,dateenrolled,dateexpiry,email", "6410110001,,,,x@ku.th")

        #expect(record.draft(existing: Self.existing).importedDraft?.email == "x@ku.th")
        #expect(record.draft(existing: nil).rejection?.problems == [
            .missingValue(.categorycode), .missingValue(.dateenrolled), .missingValue(.dateexpiry), .member(.nameMissing),
        ])
    }

    @Test func sort1OverridesTheSegmentOnUpdate() throws {
        let record = try kohaRecord("cardnumber,sort1", "6410110001,Pa3")

        #expect(record.draft(existing: Self.existing).importedDraft?.segment == .pa3)
    }

    @Test func debarredSuspendsButAnEmptyOneDoesNotLiftASuspension() throws {
        var suspended = Self.existing
        suspended.status = .suspended
        let debarred = try kohaRecord("cardnumber,debarred", "6410110001,2026-01-31")
        let empty = try kohaRecord("cardnumber,debarred", "6410110001,")

        #expect(debarred.draft(existing: Self.existing).importedDraft?.status == .suspended)
        #expect(empty.draft(existing: suspended).importedDraft?.status == .suspended)
        #expect(empty.draft(existing: Self.existing).importedDraft?.status == .active)
    }

    @Test func theMergedRecordIsValidated() throws {
        let record = try kohaRecord("cardnumber,dateexpiry", "6410110001,2020-01-01")

        #expect(record.draft(existing: Self.existing).rejection?.problems == [
            .member(.expiryBeforeEnrolment(enrolled: kohaDay(2021, 6, 1), expires: kohaDay(2020, 1, 1))),
        ])
    }
}

@Suite struct KohaPatronRecordProblemTests {
    static let header = "cardnumber,firstname,categorycode,dateenrolled,dateexpiry,email,mobile,zipcode"

    func problems(_ row: String, existing: MemberDraft? = nil) throws -> [ImportRowProblem] {
        try #require(kohaRecord(Self.header, row).draft(existing: existing).rejection).problems
    }

    @Test func wrongNumberOfFields() throws {
        #expect(try problems("X1,Ann,UG,2024-01-01,2024-12-31,,,,extra") == [.fieldCount(found: 9, expected: 8)])
        #expect(try problems("X1,Ann,UG") == [.fieldCount(found: 3, expected: 8)])
    }

    @Test func unknownCategory() throws {
        #expect(try problems("X1,Ann,VIP,2024-01-01,2024-12-31,,,") == [.unknownCategory("VIP")])
    }

    @Test func missingRequiredValues() throws {
        #expect(try problems(",Ann,,,,,,") == [
            .missingValue(.cardnumber), .missingValue(.categorycode), .missingValue(.dateenrolled), .missingValue(.dateexpiry),
        ])
    }

    @Test func badDates() throws {
        #expect(try problems("X1,Ann,UG,31/02/2567,next year,,,") == [
            .badDate(.dateenrolled, text: "31/02/2567"), .badDate(.dateexpiry, text: "next year"),
        ])
    }

    @Test func memberProblemsFromValidation() throws {
        #expect(try problems("X1,,UG,2025-01-01,2024-12-31,bob@@example,0212345,1090") == [
            .member(.nameMissing),
            .member(.expiryBeforeEnrolment(enrolled: kohaDay(2025, 1, 1), expires: kohaDay(2024, 12, 31))),
            .member(.emailInvalid("bob@@example")),
            .member(.mobileInvalid("0212345")),
            .member(.postcodeInvalid("1090")),
        ])
        #expect(try problems("X 1,Ann,UG,2024-01-01,2024-12-31,,,") == [.member(.cardNumberInvalid("X 1"))])
    }

    @Test func everyProblemOfARowIsReportedAtOnce() throws {
        #expect(try problems("X1,Ann,UG,2024-13-01,2024-12-31,not-an-email,,") == [
            .badDate(.dateenrolled, text: "2024-13-01"), .member(.emailInvalid("not-an-email")),
        ])
    }

    @Test func duplicateCardNumberNamesTheFirstLine() throws {
        let file = try KohaPatronFile(text: """
            \(Self.header)
            X1,Ann,UG,2024-01-01,2024-12-31,,,
            "X2","Multi
            line name",UG,2024-01-01,2024-12-31,,,
             X1 ,Ann again,UG,2024-01-01,2024-12-31,,,
            """)

        let results = file.records.map { $0.draft(existing: nil) }

        #expect(file.records.map(\.line) == [2, 3, 5])
        #expect(results[0].importedDraft != nil)
        #expect(results[1].importedDraft?.firstNameEn == "Multi, line name")
        #expect(results[2].rejection == ImportRowRejection(line: 5, problems: [.duplicateCardNumber("X1", firstLine: 2)]))
        #expect(file.cardNumbers == ["X1", "X2"])
    }

    @Test(arguments: [
        (ImportRowProblem.fieldCount(found: 9, expected: 8), ["9", "8"], ["9", "8"]),
        (.unknownCategory("VIP"), ["“VIP”", "categorycode"], ["“VIP”", "categorycode", "category mapping"]),
        (.missingValue(.dateexpiry), ["วันหมดอายุ", "dateexpiry"], ["expiry date", "dateexpiry"]),
        (.duplicateCardNumber("X1", firstLine: 2), ["X1", "บรรทัดที่ 2"], ["X1", "line 2"]),
        (.badDate(.dateenrolled, text: "31/02/2567"), ["วันที่สมัคร", "“31/02/2567”", "พ.ศ."], ["Enrolment date “31/02/2567”", "Buddhist"]),
        (.member(.emailInvalid("bob@@example")), ["อีเมล “bob@@example”"], ["E-mail address “bob@@example”"]),
    ])
    func messagesSayWhatIsWrongInBothLanguages(problem: ImportRowProblem, thai: [String], english: [String]) {
        for part in thai { #expect(problem.message(.th).contains(part), "\(problem.message(.th))") }
        for part in english { #expect(problem.message(.en).contains(part), "\(problem.message(.en))") }
    }

    @Test func problemsPointAtTheirColumn() {
        #expect(ImportRowProblem.badDate(.dateexpiry, text: "x").column == .dateexpiry)
        #expect(ImportRowProblem.member(.mobileInvalid("1")).column == .mobile)
        #expect(ImportRowProblem.duplicateCardNumber("X", firstLine: 2).column == .cardnumber)
        #expect(ImportRowProblem.fieldCount(found: 1, expected: 2).column == nil)
    }
}

@Suite struct KohaDateCellTests {
    @Test(arguments: [
        "2024-06-01", "01/06/2567", "1/6/2024", "2567-06-01", "31.12.2567", "2024-02-29", "2023-02-29",
        "31/04/2024", "2024/06/01", "06/01/24", "2024-6-1", "12345-01-01", "01-01-12345", "2024--01",
        "2024-01-01-01", "-2024-01-01", "2024-01-", "", "0000-00-00", "2024-13-01", "٢٠٢٤-٠١-٠١",
        "2024 -01-01", "2024-01-01x", "0001-01-01", "2401-01-01", "2400-12-31", "99999999999-1-1",
    ])
    func kohaDateCellsParseLikeCivilDateLenient(text: String) throws {
        let record = try kohaRecord("cardnumber,firstname,categorycode,dateenrolled,dateexpiry",
                                    "X1,Ann,UG,\(text),9999-12-31")

        let result = record.draft(existing: nil)

        if let expected = CivilDate(lenient: text) {
            #expect(result.importedDraft?.enrolledOn == expected)
        } else if text.isEmpty {
            #expect(result.rejection?.problems == [.missingValue(.dateenrolled)])
        } else {
            #expect(result.rejection?.problems == [.badDate(.dateenrolled, text: text)])
        }
    }
}
