import Foundation
import PatronCore

/// Fixture files live in `Tests/Fixtures`, found from this source file so the tests run in any
/// package that has the same layout.
enum KohaFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Import
        .deletingLastPathComponent() // PatronCoreTests
        .deletingLastPathComponent() // Tests
        .appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

/// A one-row Koha file, for tests of a single record.
func kohaRecord(_ header: String, _ row: String) throws -> KohaPatronRecord {
    let file = try KohaPatronFile(text: header + "\n" + row + "\n")
    return file.records[0]
}

extension Result where Success == MemberDraft, Failure == ImportRowRejection {
    var importedDraft: MemberDraft? { if case .success(let draft) = self { draft } else { nil } }
    var rejection: ImportRowRejection? { if case .failure(let rejection) = self { rejection } else { nil } }
}

func kohaDay(_ year: Int, _ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }
