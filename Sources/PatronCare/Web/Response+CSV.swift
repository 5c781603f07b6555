import NIOCore
import PatronCore
import Vapor

/// A CSV download: UTF-8 with a byte-order mark so Excel on Thai Windows shows the Thai.
func csvResponse(_ csv: String, filename: String) -> Response {
    Response(status: .ok, headers: csvHeaders(filename: filename), body: .init(string: csv))
}

private func csvHeaders(filename: String) -> HTTPHeaders {
    var headers = HTTPHeaders()
    headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
    headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
    return headers
}

/// Where a streamed CSV's rows go: each batch is written through the core's one writer
/// (`CSVWriter.line`: formulas neutralised, RFC 4180 quoting, CRLF) and sent on at once.
struct CSVSink: Sendable {
    fileprivate let writer: any AsyncBodyStreamWriter

    func write(_ rows: [[String]]) async throws {
        guard !rows.isEmpty else { return }
        var text = ""
        for row in rows {
            text += CSVWriter.line(row)
            text += "\r\n"
        }
        try await writer.write(.buffer(ByteBuffer(string: text)))
    }
}

/// A CSV download written while it is read: the byte-order mark and `header` first, then whatever
/// `rows` writes, batch by batch — a list of 100,000 members never sits in memory as one string.
/// A failure half-way ends the download with an error (the file is visibly cut, not silently short).
func csvStreamResponse(filename: String, header: [String], rows: @escaping @Sendable (CSVSink) async throws -> Void) -> Response {
    let body = Response.Body(asyncStream: { writer in
        do {
            try await writer.write(.buffer(ByteBuffer(string: "\u{FEFF}")))
            let sink = CSVSink(writer: writer)
            try await sink.write([header])
            try await rows(sink)
            try await writer.write(.end)
        } catch {
            try? await writer.write(.error(error))
        }
    })
    return Response(status: .ok, headers: csvHeaders(filename: filename), body: body)
}
