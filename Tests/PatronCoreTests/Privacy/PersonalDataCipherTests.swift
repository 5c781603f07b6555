import Testing
@testable import PatronCore

@Suite struct PersonalDataCipherTests {
    let cipher = try! PersonalDataCipher(base64Key: "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=")

    @Test func aSealedNumberOpensToItselfAndDoesNotShowIt() throws {
        let sealed = try cipher.seal("1103702071811")

        #expect(sealed.hasPrefix("aes1:"))
        #expect(!sealed.contains("1103702071811"))
        #expect(try cipher.open(sealed) == "1103702071811")
    }

    @Test func theSameNumberSealsDifferentlyEachTime() throws {
        #expect(try cipher.seal("1103702071811") != cipher.seal("1103702071811"))
    }

    @Test func emptyStaysEmpty() throws {
        #expect(try cipher.seal("") == "")
        #expect(try cipher.open("") == "")
    }

    @Test func anotherKeyOrAnAlteredValueCannotOpenIt() throws {
        let sealed = try cipher.seal("1103702071811")
        #expect(throws: PersonalDataCipher.Problem.cannotOpen) { try PersonalDataCipher.development.open(sealed) }
        var altered = Array(sealed)
        altered[altered.count - 3] = altered[altered.count - 3] == "A" ? "B" : "A"
        #expect(throws: PersonalDataCipher.Problem.cannotOpen) { try cipher.open(String(altered)) }
        #expect(throws: PersonalDataCipher.Problem.cannotOpen) { try cipher.open("1103702071811") }
    }

    @Test(arguments: ["", "short", "bm90IGJhc2U2NA", "AAAA"])
    func aKeyThatIsNot32BytesOfBase64IsRefused(key: String) {
        #expect(throws: PersonalDataCipher.Problem.badKey) { try PersonalDataCipher(base64Key: key) }
    }
}
