import PatronCore

/// The last integrity check, for the administrator's start page: when it ran and what it found.
struct IntegrityCheckSummary: Equatable {
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
}
