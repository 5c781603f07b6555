import PatronCore
import Vapor

extension Request {
    /// A CSV download that is recorded in the access log first: which report, its filters and the
    /// number of data rows (records after the header) that left the system.
    func auditedCSV(_ csv: String, filename: String, report: String, filters: KeyValuePairs<String, String?> = [:]) async throws -> Response {
        let records = (try? CSVParser.records(in: csv).count) ?? 0
        try await auditExport(report, rows: max(records - 1, 0), filters: filters)
        return csvResponse(csv, filename: filename)
    }
}
