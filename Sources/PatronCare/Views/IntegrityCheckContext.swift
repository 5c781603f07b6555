import Fluent
import PatronCore
import Vapor

/// The last integrity check, for the administrator's start page: when it ran and what it found.
struct IntegrityCheckContext: Encodable {
    let checkedAt: String
    let passed: Bool
    let problemCount: Int
    let problems: [String]

    init(_ run: IntegrityCheckRun, language: Language) {
        let local = BangkokTime(run.checkedAt)
        checkedAt = "\(DateDisplay.short(local.day, language)) \(local.clock)"
        passed = run.problemCount == 0
        problemCount = run.problemCount
        problems = run.problems.split(separator: "\n").map(String.init)
    }

    /// The latest run, or nil when the check has never run.
    static func latest(on db: any Database, language: Language) async throws -> IntegrityCheckContext? {
        try await IntegrityCheckRun.query(on: db).sort(\.$checkedAt, .descending).first().map { IntegrityCheckContext($0, language: language) }
    }
}
