import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// A real installation must bring its own data key; demo and tests use the public development key.
@Suite struct DataKeyConfigTests {
    @Test func aProductionStartWithoutAKeyRefusesWithAClearMessage() throws {
        #expect(Environment.get("PATRONCARE_DATA_KEY") == nil, "the test environment sets no key")
        do {
            _ = try AppConfig.load(from: .production)
            Issue.record("a production configuration without PATRONCARE_DATA_KEY was accepted")
        } catch let error as ConfigError {
            #expect(error.description.contains("PATRONCARE_DATA_KEY is not set"))
            #expect(error.description.contains("openssl rand -base64 32"))
        }
    }

    @Test func demoAndTestsUseTheDevelopmentKey() throws {
        let demo = try AppConfig.load(from: .production, demoMode: true)
        let sealed = try demo.dataCipher.seal("1101700230708")
        #expect(try PersonalDataCipher.development.open(sealed) == "1101700230708")
        #expect(try AppConfig.load(from: .testing).dataCipher.open(sealed) == "1101700230708")
    }
}
