import Foundation

/// The real and hostile files of `Tests/Fixtures/uploads` (see `UploadContentTests` in the core).
enum UploadFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // PatronCareTests
        .deletingLastPathComponent() // Tests
        .appendingPathComponent("Fixtures/uploads")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}
