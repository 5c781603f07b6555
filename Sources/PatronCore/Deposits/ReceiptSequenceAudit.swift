/// What is wrong with one fiscal year's receipt numbers: every number from 1 to the highest issued
/// must appear exactly once, and the year's counter must stand at the highest (a counter behind
/// would issue a number twice; one ahead means receipts were removed). A deposit's number and the
/// counter move in the same transaction, so a rolled-back deposit leaves no gap either.
public struct ReceiptSequenceAudit: Equatable, Sendable {
    public let fiscalYear: Int
    public let duplicates: [Int]
    public let missing: [Int]
    /// The counter's value when it disagrees with the highest issued number; nil when it agrees.
    public let counterMismatch: Int?
    /// The highest number stored on a deposit of the year (0 when none).
    public let highestIssued: Int

    public var isClean: Bool { duplicates.isEmpty && missing.isEmpty && counterMismatch == nil }

    /// `sequences` are the numbers stored on the year's deposits (any order); `counter` the year's
    /// `receipt_sequences.last_number`, nil when there is no counter row.
    public init(fiscalYear: Int, sequences: [Int], counter: Int?) {
        self.fiscalYear = fiscalYear
        var seen: [Int: Int] = [:]
        for sequence in sequences { seen[sequence, default: 0] += 1 }
        duplicates = seen.filter { $0.value > 1 }.keys.sorted()
        let highest = max(sequences.max() ?? 0, counter ?? 0)
        missing = highest < 1 ? [] : (1...highest).filter { seen[$0] == nil }
        let issued = sequences.max() ?? 0
        highestIssued = issued
        counterMismatch = (counter ?? 0) == issued ? nil : (counter ?? 0)
    }

    /// One line per kind of problem, in English (numbers shortened after the first ten).
    public var problems: [String] {
        func list(_ numbers: [Int]) -> String {
            numbers.prefix(10).map(String.init).joined(separator: ", ") + (numbers.count > 10 ? " … (\(numbers.count) in all)" : "")
        }
        var lines: [String] = []
        if !duplicates.isEmpty { lines.append("fiscal year \(fiscalYear): receipt numbers issued twice: \(list(duplicates))") }
        if !missing.isEmpty { lines.append("fiscal year \(fiscalYear): receipt numbers missing: \(list(missing))") }
        if let counterMismatch {
            lines.append("fiscal year \(fiscalYear): the receipt counter stands at \(counterMismatch) but the highest receipt is \(highestIssued)")
        }
        return lines
    }
}
