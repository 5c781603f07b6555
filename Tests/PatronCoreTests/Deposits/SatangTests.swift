import Foundation
import Testing
import PropertyBased
@testable import PatronCore

@Suite struct SatangTests {
    @Test(arguments: [
        ("1,000", Int64(100_000)), ("1000", 100_000), ("1000.5", 100_050), ("1000.50", 100_050),
        ("฿ 1,000.00", 100_000), ("฿1,000.00", 100_000), ("1,000.00 บาท", 100_000), ("  25.05 ", 2_505),
        ("0", 0), ("0.01", 1), ("1,234,567.89", 123_456_789), ("๑,๐๐๐", 100_000),
    ])
    func parsesWhatStaffType(text: String, satang: Int64) throws {
        let parsed = try Satang.parse(baht: text)
        #expect(parsed == Satang(satang))
    }

    @Test func refusesNegative() {
        #expect(throws: SatangParseError.negative("-5")) { try Satang.parse(baht: "-5") }
        #expect(throws: SatangParseError.negative("฿ -1,000")) { try Satang.parse(baht: "฿ -1,000") }
    }

    @Test func refusesThreeDecimals() {
        #expect(throws: SatangParseError.tooManyDecimals("1000.505")) { try Satang.parse(baht: "1000.505") }
    }

    @Test(arguments: ["abc", "1.000.00", "12a", "1000.", ".5", "฿", "1,000.-", "1 000"])
    func refusesJunk(text: String) {
        #expect(throws: SatangParseError.notANumber(text)) { try Satang.parse(baht: text) }
    }

    @Test(arguments: ["1,00", "10,0000", "1234,567", ",100"])
    func refusesMisplacedCommas(text: String) {
        #expect(throws: (any Error).self) { try Satang.parse(baht: text) }
        #expect((try? Satang.parse(baht: text)) == nil)
    }

    @Test func refusesEmptyAndHuge() {
        #expect(throws: SatangParseError.empty) { try Satang.parse(baht: "  ") }
        #expect(throws: SatangParseError.tooLarge("99999999999999999999")) { try Satang.parse(baht: "99999999999999999999") }
    }

    @Test func parseErrorsSayWhatToDo() {
        #expect(SatangParseError.tooManyDecimals("1.234").message(.en).contains("two"))
        #expect(SatangParseError.negative("-1").message(.th).contains("ติดลบ"))
    }

    @Test func formatsWithSeparatorsAndTwoDecimals() {
        #expect(Satang(100_000).formatted() == "1,000.00")
        #expect(Satang(100_000).formatted(.symbol) == "฿1,000.00")
        #expect(Satang(100_000).formatted(.bahtWord) == "1,000.00 บาท")
        #expect(Satang(5).formatted() == "0.05")
        #expect(Satang(123_456_789).formatted() == "1,234,567.89")
        #expect(Satang(-150).formatted() == "-1.50")
        #expect(Satang(-150).formatted(.symbol) == "-฿1.50")
        #expect(Satang(99_999).formatted() == "999.99")
    }

    @Test func overflowIsAnError() throws {
        let max = Satang(.max)
        #expect(throws: MoneyError.overflow) { try max.adding(Satang(1)) }
        #expect(throws: MoneyError.overflow) { try Satang(.min).subtracting(Satang(1)) }
        #expect(throws: MoneyError.overflow) { try Satang(.min).negated() }
        #expect(throws: MoneyError.overflow) { try Satang.sum([max, Satang(1)]) }
        #expect(Satang(baht: .max) == nil)
        #expect(try Satang(100).adding(Satang(50)) == Satang(150))
    }

    @Test func codesAsABareInteger() throws {
        let json = try JSONEncoder().encode([Satang(100_050)])
        #expect(String(decoding: json, as: UTF8.self) == "[100050]")
        #expect(try JSONDecoder().decode([Satang].self, from: Data("[7]".utf8)) == [Satang(7)])
    }

    @Test func parseAndFormatRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 0 ... .max), Gen<Satang.Style>.case) { value, style in
            let amount = Satang(value)
            let text = amount.formatted(style)
            #expect((try? Satang.parse(baht: text)) == amount, "\(text)")
        }
    }
}
