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

/// Writes CSV the way `CSVParser` reads it. The one writer for every CSV PatronCare produces.
///
/// Exports (`document`) neutralise formulas: a cell starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return would be run by Excel or LibreOffice as a formula (CSV injection: a member
/// named `=HYPERLINK(…)`), so such a cell gets a leading apostrophe, which spreadsheets show as
/// text; a plain number such as `-150.00` is left as it is. Only a file that gives a person's own
/// input back to be corrected and imported again (`roundTripDocument`, the importers' reject files)
/// keeps cells exactly as they were read.
public enum CSVWriter {
    /// Formula-leading characters (OWASP's list).
    static let formulaLeaders: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as a spreadsheet will show it as text: `'` before a formula-leading character,
    /// unless the whole cell is a plain decimal number or a lone `-` (no value).
    public static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, formulaLeaders.contains(first), field != "-", !isPlainNumber(field) else {
            return field
        }
        return "'" + field
    }

    /// `-150.00`, `1,000.00`, `-3`: digits with an optional leading minus, thousands commas and decimals.
    static func isPlainNumber(_ field: String) -> Bool {
        var scalars = Substring(field).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, ("0"..."9").contains(first) else { return false }
        var seenPoint = false
        var previousWasPoint = false
        for scalar in scalars {
            previousWasPoint = false
            switch scalar {
            case "0"..."9": continue
            case "," where !seenPoint: continue
            case "." where !seenPoint: seenPoint = true; previousWasPoint = true
            default: return false
            }
        }
        return !previousWasPoint
    }

    /// One exported record without a line terminator, formulas neutralised.
    public static func line(_ fields: [String]) -> String {
        rawLine(fields.map(neutralised))
    }

    /// An export: records joined by CRLF (the RFC 4180 terminator), with a final CRLF, every cell
    /// through `neutralised`. With `byteOrderMark`, starts with U+FEFF so Excel on a Thai Windows
    /// opens it as UTF-8.
    public static func document(_ rows: [[String]], byteOrderMark: Bool = false) -> String {
        join(rows.map { $0.map(neutralised) }, byteOrderMark: byteOrderMark)
    }

    /// A file of a person's own rows given back unchanged to be corrected and imported again
    /// (reject files): no cell is altered, so re-importing reads exactly what was rejected.
    public static func roundTripDocument(_ rows: [[String]], byteOrderMark: Bool = false) -> String {
        join(rows, byteOrderMark: byteOrderMark)
    }

    static func join(_ rows: [[String]], byteOrderMark: Bool) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for row in rows {
            out.append(rawLine(row))
            out.append("\r\n")
        }
        return out
    }

    /// A field is quoted when it holds a comma, a quote, a line break, or starts or ends with a
    /// space; quotes inside are doubled.
    static func rawLine(_ fields: [String]) -> String {
        var out = ""
        for (k, field) in fields.enumerated() {
            if k > 0 { out.append(",") }
            out.append(quoted(field))
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
