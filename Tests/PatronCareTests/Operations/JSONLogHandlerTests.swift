import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
@testable import PatronCare

struct JSONLogHandlerTests {
    @Test func eachLineIsOneJSONObjectWithTheMessageLevelAndMetadata() throws {
        let lines = NIOLockedValueBox<[String]>([])
        var logger = Logger(label: "codes.vapor.application") { label in
            JSONLogHandler(label: label, level: .info) { line in lines.withLockedValue { $0.append(line) } }
        }
        logger[metadataKey: "request-id"] = "5B3C2B87"
        logger.notice("sign-in: \"failed\"\nagain", metadata: ["username": "มาลี"])
        logger.debug("below the level: not written")

        let written = lines.withLockedValue { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(!line.contains("\n"), "one line per entry, whatever the message holds")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["level"] == "notice")
        #expect(object["message"] == "sign-in: \"failed\"\nagain")
        #expect(object["request-id"] == "5B3C2B87")
        #expect(object["username"] == "มาลี")
        #expect(object["label"] == "codes.vapor.application")
        #expect(object["time"]?.hasSuffix("Z") == true)
    }
}
