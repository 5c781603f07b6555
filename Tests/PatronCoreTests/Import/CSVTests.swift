import Testing
import PatronCore

@Suite struct CSVParserTests {
    @Test func readsFieldsAndLineNumbers() throws {
        let text = "a,b,c\n1,2,3\n4,5,6\n"

        let records = try CSVParser.records(in: text)

        #expect(records == [
            CSVRecord(line: 1, fields: ["a", "b", "c"]),
            CSVRecord(line: 2, fields: ["1", "2", "3"]),
            CSVRecord(line: 3, fields: ["4", "5", "6"]),
        ])
    }

    @Test func acceptsCRLFAndNoFinalLineBreak() throws {
        let records = try CSVParser.records(in: "a,b\r\n1,2\r\n3,4")

        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "name,address,note\n\"Smith, John\",\"12 Main St\r\nFloor 2\nRoom 3\",\"say \"\"hi\"\"\"\nnext,row,here\n"

        let records = try CSVParser.records(in: text)

        #expect(records.count == 3)
        #expect(records[1].fields == ["Smith, John", "12 Main St\r\nFloor 2\nRoom 3", "say \"hi\""])
        #expect(records[1].line == 2)
        #expect(records[2].line == 5) // the quoted address took lines 2, 3 and 4
    }

    @Test func emptyFieldsAndEmptyQuotedFields() throws {
        let records = try CSVParser.records(in: "a,b,c\n,\"\",x\nx,,\n")

        #expect(records[1].fields == ["", "", "x"])
        #expect(records[2].fields == ["x", "", ""])
    }

    @Test func skipsBlankRowsButCountsTheirLines() throws {
        let text = "a,b\n\n1,2\n   \n,,\n\"\",\n3,4\n\n\n"

        let records = try CSVParser.records(in: text)

        #expect(records.map(\.line) == [1, 3, 7])
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func aLoneCarriageReturnEndsALine() throws {
        let records = try CSVParser.records(in: "a,b\r1,2\r")

        #expect(records == [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"])])
    }

    @Test func trailingCommaAtTheEndOfInputGivesAnEmptyField() throws {
        let records = try CSVParser.records(in: "a,b\n1,")

        #expect(records[1].fields == ["1", ""])
    }

    @Test func strayQuotesAreKept() throws {
        let records = try CSVParser.records(in: "size,label\n5\" disk,\"ab\"c\n")

        #expect(records[1].fields == ["5\" disk", "abc"])
    }

    @Test func anUnclosedQuoteIsAFileProblemNamingItsLine() throws {
        let text = "a,b\n1,2\n3,\"never closed\n4,5\n"

        #expect(throws: ImportFileProblem.unterminatedQuote(line: 3)) {
            try CSVParser.records(in: text)
        }
    }

    @Test func emptyInputHasNoRecords() throws {
        #expect(try CSVParser.records(in: "").isEmpty)
        #expect(try CSVParser.records(in: "\n\r\n").isEmpty)
    }

    @Test func keepsThaiAndSpacesExactly() throws {
        let records = try CSVParser.records(in: "ชื่อ,นามสกุล\n สมชาย ,ใจดี\n")

        #expect(records[1].fields == [" สมชาย ", "ใจดี"])
    }
}

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsIt() {
        let line = CSVWriter.line(["plain", "a,b", "say \"hi\"", "two\nlines", " padded", "ไทย", ""])

        #expect(line == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",ไทย,")
    }

    @Test func documentEndsRowsWithCRLFAndCanStartWithAByteOrderMark() {
        let text = CSVWriter.document([["a", "b"], ["1", "2"]], byteOrderMark: true)

        #expect(text == "\u{FEFF}a,b\r\n1,2\r\n")
    }

    @Test func roundTripRowsParseBackUnchanged() throws {
        // Deterministic pseudo-random fields built from awkward pieces.
        let pieces = ["a", ",", "\"", "\n", "\r\n", " ", "ไทย", "é", "", "x\"y", "\r"]
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        var rows: [[String]] = []
        for _ in 0..<300 {
            let fieldCount = 1 + next() % 6
            rows.append((0..<fieldCount).map { _ in
                (0..<(next() % 5)).map { _ in pieces[next() % pieces.count] }.joined()
            })
        }
        // Rows that are entirely blank are skipped by the parser by design; make each row non-blank.
        rows = rows.map { ["id"] + $0 }

        let parsed = try CSVParser.records(in: CSVWriter.roundTripDocument(rows))

        #expect(parsed.map(\.fields) == rows)
    }
}
