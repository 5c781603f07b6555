/// A year's holidays as an administrator brings them in: a CSV with the header
/// `date,name_th,name_en,kind` (any order, any letter case; `kind` may be left out), one holiday a row.
///
/// * `date`: ISO (`2027-04-13`) or `dd/mm/yyyy`, Buddhist-era years converted (`13/04/2570`).
/// * `name_th`, `name_en`: both required.
/// * `kind`: `public`, `substitution` or `closure` — or the Thai names
///   วันหยุดราชการ, วันหยุดชดเชย, วันปิดห้องสมุด. Empty: what the Thai name says (`วันหยุดชดเชย…` is a substitution day).
///
/// Same decoding as the other imports (UTF-8 with or without BOM, Thai Windows-874 converted,
/// mojibake refused) and the same CSV rules. The file is read whole: every bad row is listed with
/// its line and reasons, and the importer writes nothing unless there are none.
public struct HolidayFile: Sendable {
    public enum Column: String, CaseIterable, Sendable {
        case date
        case nameTh = "name_th"
        case nameEn = "name_en"
        case kind

        static let aliases: [String: Column] = [
            "date": .date, "day": .date, "วันที่": .date,
            "name_th": .nameTh, "nameth": .nameTh, "thai": .nameTh, "ชื่อ": .nameTh, "ชื่อไทย": .nameTh,
            "name_en": .nameEn, "nameen": .nameEn, "english": .nameEn, "ชื่ออังกฤษ": .nameEn,
            "kind": .kind, "type": .kind, "ประเภท": .kind,
        ]

        static let required: [Column] = [.date, .nameTh, .nameEn]
        static let known = "date, name_th, name_en, kind"
    }

    public enum RowProblem: Equatable, Sendable {
        case fieldCount(found: Int, expected: Int)
        case missing(Column)
        case date(DateEntryProblem)
        case badKind(String)
        case duplicate(firstLine: Int)
        case tooLong(Column)

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.fieldCount(let found, let expected), .th): "มี \(found) ช่อง แต่หัวตารางมี \(expected) ช่อง"
            case (.fieldCount(let found, let expected), .en): "The row has \(found) fields; the header has \(expected)."
            case (.missing(let column), .th): "ไม่มีค่าในคอลัมน์ \(column.rawValue)"
            case (.missing(let column), .en): "No value in column \(column.rawValue)."
            case (.date(let problem), _): problem.message(language)
            case (.badKind(let text), .th):
                "ประเภท “\(text)” ไม่รู้จัก ใช้ public (วันหยุดราชการ), substitution (วันหยุดชดเชย) หรือ closure (วันปิดห้องสมุด)"
            case (.badKind(let text), .en):
                "Kind “\(text)” is not known: use public, substitution or closure."
            case (.duplicate(let first), .th): "วันหยุดนี้ (วันที่และชื่อเดียวกัน) ซ้ำกับบรรทัด \(first)"
            case (.duplicate(let first), .en): "The same day and name as line \(first)."
            case (.tooLong(let column), .th): "ชื่อในคอลัมน์ \(column.rawValue) ยาวเกิน \(HolidayFile.maxNameLength) ตัวอักษร"
            case (.tooLong(let column), .en): "The name in column \(column.rawValue) is longer than \(HolidayFile.maxNameLength) characters."
            }
        }
    }

    /// Why the whole file was refused.
    public enum FileProblem: Error, Equatable, Sendable {
        case file(ImportFileProblem)
        case unknownColumn(String, position: Int)
        case duplicateColumn(String)
        case missingColumn(Column)

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.file(let problem), _): problem.message(language)
            case (.unknownColumn(let name, let position), .th): "คอลัมน์ “\(name)” (คอลัมน์ที่ \(position)) ไม่รู้จัก ใช้ได้: \(Column.known)"
            case (.unknownColumn(let name, let position), .en): "Column “\(name)” (column \(position)) is not known; the columns are: \(Column.known)."
            case (.duplicateColumn(let name), .th): "คอลัมน์ “\(name)” ซ้ำกัน"
            case (.duplicateColumn(let name), .en): "Column “\(name)” appears twice."
            case (.missingColumn(let column), .th): "ไม่มีคอลัมน์ \(column.rawValue) ซึ่งจำเป็น (ต้องมี date, name_th, name_en)"
            case (.missingColumn(let column), .en): "The required column \(column.rawValue) is missing (date, name_th and name_en are needed)."
            }
        }
    }

    public struct Row: Equatable, Sendable {
        public let line: Int
        public let holiday: Holiday
    }

    public struct Rejection: Equatable, Sendable {
        public let line: Int
        public let fields: [String]
        public let problems: [RowProblem]
    }

    /// Longest holiday name kept (the cabinet's longest, Queen Suthida's birthday, is ~80 characters).
    public static let maxNameLength = 200

    public let encoding: TextEncoding
    public let rows: [Row]
    public let rejected: [Rejection]

    public var holidays: [Holiday] { rows.map(\.holiday) }

    public init(bytes: [UInt8]) throws(FileProblem) {
        let decoded: DecodedText
        let records: [CSVRecord]
        do {
            decoded = try ImportTextDecoder.decode(bytes)
            records = try CSVParser.records(in: decoded.text)
        } catch {
            throw .file(error)
        }
        guard let headerRecord = records.first else { throw .file(.empty) }
        var positions: [Column: Int] = [:]
        for (index, raw) in headerRecord.fields.enumerated() {
            let name = String(raw.trimmingCharacters(in: " \t\u{FEFF}")).lowercased()
            guard !name.isEmpty else { throw .file(.emptyColumnName(position: index + 1)) }
            guard let column = Column.aliases[name] else { throw .unknownColumn(raw, position: index + 1) }
            guard positions[column] == nil else { throw .duplicateColumn(raw) }
            positions[column] = index
        }
        for column in Column.required where positions[column] == nil { throw .missingColumn(column) }
        let body = records.dropFirst().filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: " \t").isEmpty } }
        guard !body.isEmpty else { throw .file(.noRecords) }

        var rows: [Row] = []
        var rejected: [Rejection] = []
        var firstLine: [String: Int] = [:]
        for record in body {
            guard record.fields.count == headerRecord.fields.count else {
                rejected.append(Rejection(line: record.line, fields: record.fields,
                                          problems: [.fieldCount(found: record.fields.count, expected: headerRecord.fields.count)]))
                continue
            }
            func value(_ column: Column) -> String? {
                positions[column].map { String(record.fields[$0].trimmingCharacters(in: " \t")) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            var problems: [RowProblem] = []
            var date: CivilDate?
            if let text = value(.date) {
                switch DateEntry.parse(text) {
                case .success(let day): date = day
                case .failure(let problem): problems.append(.date(problem))
                }
            } else {
                problems.append(.missing(.date))
            }
            let th = value(.nameTh)
            let en = value(.nameEn)
            if th == nil { problems.append(.missing(.nameTh)) }
            if en == nil { problems.append(.missing(.nameEn)) }
            if let th, th.count > Self.maxNameLength { problems.append(.tooLong(.nameTh)) }
            if let en, en.count > Self.maxNameLength { problems.append(.tooLong(.nameEn)) }
            var kind = HolidayKind?.none
            if let text = value(.kind) {
                kind = HolidayKind(label: text)
                if kind == nil { problems.append(.badKind(text)) }
            }
            if let date, let th {
                let identity = "\(date.iso) \(th)"
                if let first = firstLine[identity] {
                    problems.append(.duplicate(firstLine: first))
                } else {
                    firstLine[identity] = record.line
                }
            }
            if problems.isEmpty, let date, let th, let en {
                rows.append(Row(line: record.line, holiday: Holiday(date, th: th, en: en, kind: kind)))
            } else {
                rejected.append(Rejection(line: record.line, fields: record.fields, problems: problems))
            }
        }
        self.encoding = decoded.encoding
        self.rows = rows
        self.rejected = rejected
    }
}
