import Testing
import PatronCore

@Suite struct KohaHeaderTests {
    @Test func matchesNamesIgnoringCaseAndSpaces() throws {
        let header = try KohaHeader([" CardNumber ", "SURNAME", "b_email", "Middle_Name", "patron_attributes"])

        #expect(header.columns == [.cardnumber, .surname, .bEmail, .middleName, .patronAttributes])
        #expect(header.position(of: .surname) == 1)
        #expect(header.position(of: .email) == nil)
        #expect(header.ignoredColumns == [.bEmail, .middleName, .patronAttributes])
    }

    @Test func knowsTheKohaBorrowersColumns() throws {
        let names = ["borrowernumber", "cardnumber", "surname", "firstname", "title", "othernames", "initials",
                     "streetnumber", "streettype", "address", "address2", "city", "state", "zipcode", "country",
                     "email", "phone", "mobile", "fax", "emailpro", "phonepro", "B_streetnumber", "B_streettype",
                     "B_address", "B_address2", "B_city", "B_state", "B_zipcode", "B_country", "B_email", "B_phone",
                     "dateofbirth", "branchcode", "categorycode", "dateenrolled", "dateexpiry", "date_renewed",
                     "gonenoaddress", "lost", "debarred", "debarredcomment", "contactname", "contactfirstname",
                     "contacttitle", "borrowernotes", "relationship", "sex", "password", "flags", "userid",
                     "opacnote", "contactnote", "sort1", "sort2", "altcontactfirstname", "altcontactsurname",
                     "altcontactaddress1", "altcontactaddress2", "altcontactaddress3", "altcontactstate",
                     "altcontactzipcode", "altcontactcountry", "altcontactphone", "smsalertnumber",
                     "sms_provider_id", "privacy", "privacy_guarantor_fines", "privacy_guarantor_checkouts",
                     "checkprevcheckout", "updated_on", "lastseen", "lang", "login_attempts",
                     "overdrive_auth_token", "anonymized", "autorenew_checkouts", "primary_contact_method",
                     "middle_name", "pronouns", "password_expiration_date", "secret", "auth_method", "protected",
                     "patron_attributes"]

        let header = try KohaHeader(names)

        #expect(header.count == names.count)
        #expect(Set(header.columns).count == names.count)
    }

    @Test func anUnknownColumnIsRefusedWithASuggestion() {
        #expect(throws: ImportFileProblem.unknownColumn("emial", position: 2, suggestion: "email")) {
            try KohaHeader(["cardnumber", "emial"])
        }
        #expect(throws: ImportFileProblem.unknownColumn("favourite colour", position: 3, suggestion: nil)) {
            try KohaHeader(["cardnumber", "surname", "favourite colour"])
        }
    }

    @Test func aColumnGivenTwiceIsRefused() {
        #expect(throws: ImportFileProblem.duplicateColumn("email", firstPosition: 2, position: 3)) {
            try KohaHeader(["cardnumber", "Email", " email "])
        }
    }

    @Test func theCardNumberColumnIsRequired() {
        #expect(throws: ImportFileProblem.missingCardNumberColumn) {
            try KohaHeader(["surname", "firstname"])
        }
    }

    @Test func anEmptyHeaderCellIsRefused() {
        #expect(throws: ImportFileProblem.emptyColumnName(position: 2)) {
            try KohaHeader(["cardnumber", " ", "surname"])
        }
    }

    @Test func emptyAndHeaderOnlyFilesAreRefused() {
        #expect(throws: ImportFileProblem.empty) { try KohaPatronFile(bytes: []) }
        #expect(throws: ImportFileProblem.empty) { try KohaPatronFile(bytes: [0xEF, 0xBB, 0xBF, 0x0A, 0x0A]) }
        #expect(throws: ImportFileProblem.noRecords) { try KohaPatronFile(text: "cardnumber,surname\r\n\r\n") }
    }

    @Test func headerProblemsNameTheColumnInBothLanguages() {
        let problem = ImportFileProblem.unknownColumn("emial", position: 2, suggestion: "email")

        #expect(problem.message(.th).contains("“emial”"))
        #expect(problem.message(.th).contains("คอลัมน์ที่ 2"))
        #expect(problem.message(.th).contains("“email”"))
        #expect(problem.message(.en).contains("“emial” (column 2)"))
        #expect(problem.message(.en).contains("did you mean “email”?"))
        #expect(ImportFileProblem.missingCardNumberColumn.message(.en).contains("cardnumber"))
        #expect(ImportFileProblem.missingCardNumberColumn.message(.th).contains("cardnumber"))
    }
}
