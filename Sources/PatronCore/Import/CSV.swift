/// One record of a CSV file: its fields exactly as written (quotes removed, `""` unescaped,
/// embedded line breaks kept) and the physical line on which it starts.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// RFC 4180 CSV: comma separator, fields optionally in double quotes with `""` for a quote,
/// commas and line breaks allowed inside quotes, CRLF or LF (a lone CR also ends a line).
///
/// Lenient where spreadsheets are sloppy, strict where data would be lost:
/// * rows with no content at all (blank lines, Excel's trailing `,,,,`) are skipped — they still
///   count as lines, so the line numbers stay those an editor shows;
/// * a quote inside an unquoted field is kept as it is (`5" floppy`), and text after a closing
///   quote is appended to the field (`"ab"c` → `abc`);
/// * a quote that is never closed is a file problem, because every later row would be wrong.
///
/// Works on UTF-8 bytes and creates one `String` per field, nothing else.
public enum CSVParser {
    public static func records(in text: String) throws(ImportFileProblem) -> [CSVRecord] {
        var text = text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { parse($0) }
            ?? parse(Array(text.utf8))
        return try result.get()
    }

    public static func records(inUTF8 bytes: [UInt8]) throws(ImportFileProblem) -> [CSVRecord] {
        try parse(bytes).get()
    }

    static func parse(_ bytes: [UInt8]) -> Result<[CSVRecord], ImportFileProblem> {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    static let comma: UInt8 = 0x2C
    static let quote: UInt8 = 0x22
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A

    static func parse(_ p: UnsafeBufferPointer<UInt8>) -> Result<[CSVRecord], ImportFileProblem> {
        let n = p.count
        var records: [CSVRecord] = []
        guard n > 0 else { return .success(records) }
        var fields: [String] = []
        var scratch: [UInt8] = []
        var line = 1
        var recordLine = 1
        var startOfRecord = true
        var i = 0
        while true {
            if startOfRecord {
                recordLine = line
                startOfRecord = false
            }
            if i < n && p[i] == quote {
                // Quoted field.
                let fieldLine = line
                i += 1
                scratch.removeAll(keepingCapacity: true)
                var segment = i
                while true {
                    guard i < n else { return .failure(.unterminatedQuote(line: fieldLine)) }
                    let c = p[i]
                    if c == quote {
                        if i + 1 < n && p[i + 1] == quote {
                            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segment...i]))
                            i += 2
                            segment = i
                            continue
                        }
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segment..<i]))
                        i += 1
                        segment = i
                        while i < n, p[i] != comma, p[i] != lf, p[i] != cr { i += 1 }
                        if i > segment { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segment..<i])) }
                        break
                    }
                    if c == lf {
                        line += 1
                    } else if c == cr && !(i + 1 < n && p[i + 1] == lf) {
                        line += 1
                    }
                    i += 1
                }
                fields.append(String(decoding: scratch, as: UTF8.self))
            } else {
                let start = i
                while i < n {
                    let c = p[i]
                    if c == comma || c == lf || c == cr { break }
                    i += 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
            }
            if i < n && p[i] == comma {
                i += 1
                continue
            }
            // End of record: a line break or the end of the input.
            if i < n {
                if p[i] == cr && i + 1 < n && p[i + 1] == lf { i += 2 } else { i += 1 }
                line += 1
            }
            let count = fields.count
            if !fields.allSatisfy(isBlank) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
            fields.reserveCapacity(count)
            startOfRecord = true
            if i >= n { break }
        }
        return .success(records)
    }

    static func isBlank(_ field: String) -> Bool {
        field.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}

/// Writes CSV the way `CSVParser` reads it, so a row can be written back unchanged
/// (e.g. to a file of rejected rows that staff correct and import again).
public enum CSVWriter {
    /// One record without a line terminator. A field is quoted when it holds a comma, a quote,
    /// a line break, or starts or ends with a space; quotes inside are doubled.
    public static func line(_ fields: [String]) -> String {
        var out = ""
        for (k, field) in fields.enumerated() {
            if k > 0 { out.append(",") }
            out.append(quoted(field))
        }
        return out
    }

    /// Records joined by CRLF (the RFC 4180 terminator), with a final CRLF. With
    /// `byteOrderMark`, starts with U+FEFF so Excel on a Thai Windows opens it as UTF-8.
    public static func document(_ rows: [[String]], byteOrderMark: Bool = false) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for row in rows {
            out.append(line(row))
            out.append("\r\n")
        }
        return out
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || field.utf8.first == 0x20 || field.utf8.last == 0x20
        guard needsQuotes else { return field }
        var out = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out.append("\"\"") } else { out.unicodeScalars.append(scalar) }
        }
        out.append("\"")
        return out
    }
}
