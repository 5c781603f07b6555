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

extension Request {
    /// A streamed CSV download (`csvStreamResponse`), recorded in the access log first with the number
    /// of rows the filters select (`rows`, counted before the stream starts).
    func auditedCSVStream(filename: String, report: String, rows: Int, filters: KeyValuePairs<String, String?> = [:], header: [String],
                          write: @escaping @Sendable (CSVSink) async throws -> Void) async throws -> Response {
        try await auditExport(report, rows: rows, filters: filters)
        return csvStreamResponse(filename: filename, header: header, rows: write)
    }
}
