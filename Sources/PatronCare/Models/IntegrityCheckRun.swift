import Fluent
import Foundation

/// The outcome of one integrity check (see `IntegrityCheck`); `problems` holds one line per problem.
final class IntegrityCheckRun: Model, @unchecked Sendable {
    static let schema = "integrity_check_runs"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "checked_at") var checkedAt: Date
    @Field(key: "problem_count") var problemCount: Int
    @Field(key: "problems") var problems: String

    init() {}

    init(checkedAt: Date, problems: [String]) {
        self.checkedAt = checkedAt
        problemCount = problems.count
        self.problems = problems.joined(separator: "\n")
    }
}
