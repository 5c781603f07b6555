/// A library's existing deposit records, brought in once so the ledger starts complete:
/// `cardnumber, amount, received, receipt` (amount in baht; dates ISO or dd/mm/yyyy, B.E. accepted),
/// optionally `refunded` (the day it was refunded) and `refund_amount` (default: the whole amount).
/// Header names are matched without regard to case; aliases such as `received_on` and
/// `receipt_number` are accepted. Same decoding and CSV rules as the Koha import.
public struct DepositHistoryFile: Sendable {
    public enum Column: String, CaseIterable, Sendable {
        case cardNumber = "cardnumber"
        case amount
        case received
        case receipt
        case refunded
        case refundAmount = "refund_amount"

        static let aliases: [String: Column] = [
            "cardnumber": .cardNumber, "card_number": .cardNumber, "card": .cardNumber,
            "amount": .amount, "amount_baht": .amount, "baht": .amount,
            "received": .received, "received_on": .received, "receivedon": .received, "date": .received,
            "receipt": .receipt, "receipt_number": .receipt, "receiptnumber": .receipt, "receipt_no": .receipt,
            "refunded": .refunded, "refunded_on": .refunded, "refund_date": .refunded,
            "refund_amount": .refundAmount, "refunded_amount": .refundAmount,
        ]

        static let required: [Column] = [.cardNumber, .amount, .received, .receipt]
    }

    /// One deposit as recorded before PatronCare.
    public struct Row: Equatable, Sendable {
        public let line: Int
        public let fields: [String]
        public let cardNumber: String
        public let amount: Satang
        public let receivedOn: CivilDate
        public let receiptNumber: String
        public let refundedOn: CivilDate?
        public let refundAmount: Satang?
    }

    public enum RowProblem: Equatable, Sendable {
        case fieldCount(found: Int, expected: Int)
        case missing(Column)
        case badAmount(Column, String)
        case badDate(Column, String)
        case duplicateReceipt(String, firstLine: Int)
        case refundBeforeReceipt
        case refundAboveAmount
        /// Set by the importer once it has looked at the database.
        case unknownCard(String)
        case receiptConflict(String)

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.fieldCount(let found, let expected), .th): "มี \(found) ช่อง แต่หัวตารางมี \(expected) ช่อง"
            case (.fieldCount(let found, let expected), .en): "The row has \(found) fields; the header has \(expected)."
            case (.missing(let column), .th): "ไม่มีค่าในคอลัมน์ \(column.rawValue)"
            case (.missing(let column), .en): "No value in column \(column.rawValue)."
            case (.badAmount(let column, let text), .th): "จำนวนเงิน “\(text)” ในคอลัมน์ \(column.rawValue) ไม่ถูกต้อง (ต้องเป็นบาท มากกว่า 0 ไม่เกิน 2 ทศนิยม)"
            case (.badAmount(let column, let text), .en): "Amount “\(text)” in column \(column.rawValue) is not valid (baht above 0, at most 2 decimals)."
            case (.badDate(let column, let text), .th): "วันที่ “\(text)” ในคอลัมน์ \(column.rawValue) ไม่ถูกต้อง (ใช้ YYYY-MM-DD หรือ วว/ดด/ปปปป)"
            case (.badDate(let column, let text), .en): "Date “\(text)” in column \(column.rawValue) is not valid (use YYYY-MM-DD or DD/MM/YYYY)."
            case (.duplicateReceipt(let number, let first), .th): "เลขที่ใบเสร็จ \(number) ซ้ำกับบรรทัด \(first)"
            case (.duplicateReceipt(let number, let first), .en): "Receipt \(number) repeats line \(first)."
            case (.refundBeforeReceipt, .th): "วันที่คืนเงินอยู่ก่อนวันที่รับเงิน"
            case (.refundBeforeReceipt, .en): "The refund date is before the day the deposit was received."
            case (.refundAboveAmount, .th): "จำนวนที่คืนมากกว่าเงินประกัน"
            case (.refundAboveAmount, .en): "The refund is larger than the deposit."
            case (.unknownCard(let card), .th): "ไม่พบสมาชิกเลขบัตร \(card) (นำเข้าสมาชิกก่อน)"
            case (.unknownCard(let card), .en): "No member has card number \(card) (import the members first)."
            case (.receiptConflict(let number), .th): "ใบเสร็จ \(number) มีอยู่แล้วในระบบแต่ข้อมูลต่างกัน (สมาชิก จำนวนเงิน หรือวันที่)"
            case (.receiptConflict(let number), .en): "Receipt \(number) is already recorded with a different member, amount or date."
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
            let known = "cardnumber, amount, received, receipt, refunded, refund_amount"
            switch (self, language) {
            case (.file(let problem), _): return problem.message(language)
            case (.unknownColumn(let name, let position), .th):
                return "คอลัมน์ “\(name)” (คอลัมน์ที่ \(position)) ไม่รู้จัก ใช้ได้: \(known)"
            case (.unknownColumn(let name, let position), .en):
                return "Column “\(name)” (column \(position)) is not known; the columns are: \(known)."
            case (.duplicateColumn(let name), .th): return "คอลัมน์ “\(name)” ซ้ำกัน"
            case (.duplicateColumn(let name), .en): return "Column “\(name)” appears twice."
            case (.missingColumn(let column), .th): return "ไม่มีคอลัมน์ \(column.rawValue) ซึ่งจำเป็น (ต้องมี cardnumber, amount, received, receipt)"
            case (.missingColumn(let column), .en): return "The required column \(column.rawValue) is missing (cardnumber, amount, received and receipt are needed)."
            }
        }
    }

    public struct Rejection: Sendable {
        public let line: Int
        public let fields: [String]
        public let problems: [RowProblem]

        public init(line: Int, fields: [String], problems: [RowProblem]) {
            self.line = line
            self.fields = fields
            self.problems = problems
        }
    }

    public let encoding: TextEncoding
    public let header: [String]
    public let rows: [Row]
    public let rejected: [Rejection]

    public init(bytes: [UInt8], encodingLabel: String? = nil) throws(FileProblem) {
        var forced: TextEncoding?
        if let label = encodingLabel, !label.isEmpty {
            guard let encoding = TextEncoding(label: label) else { throw .file(.unsupportedEncodingName(label)) }
            forced = encoding
        }
        let decoded: DecodedText
        let records: [CSVRecord]
        do {
            decoded = try ImportTextDecoder.decode(bytes, forcing: forced)
            records = try CSVParser.records(in: decoded.text)
        } catch {
            throw .file(error)
        }
        guard let headerRecord = records.first else { throw .file(.empty) }
        var positions: [Column: Int] = [:]
        for (index, raw) in headerRecord.fields.enumerated() {
            let name = raw.trimmingCharacters(in: " \t").lowercased()
            guard !name.isEmpty else { throw .file(.emptyColumnName(position: index + 1)) }
            guard let column = Column.aliases[name] else { throw .unknownColumn(String(raw), position: index + 1) }
            guard positions[column] == nil else { throw .duplicateColumn(String(raw)) }
            positions[column] = index
        }
        for column in Column.required where positions[column] == nil { throw .missingColumn(column) }
        let body = records.dropFirst().filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: " \t").isEmpty } }
        guard !body.isEmpty else { throw .file(.noRecords) }

        var rows: [Row] = []
        var rejected: [Rejection] = []
        var firstLineOfReceipt: [String: Int] = [:]
        for record in body {
            var problems: [RowProblem] = []
            guard record.fields.count == headerRecord.fields.count else {
                rejected.append(Rejection(line: record.line, fields: record.fields,
                                          problems: [.fieldCount(found: record.fields.count, expected: headerRecord.fields.count)]))
                continue
            }
            func value(_ column: Column) -> String? {
                positions[column].map { String(record.fields[$0].trimmingCharacters(in: " \t")) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            func money(_ column: Column) -> Satang? {
                guard let text = value(column) else { return nil }
                guard let amount = try? Satang.parse(baht: text), amount.isPositive else {
                    problems.append(.badAmount(column, text))
                    return nil
                }
                return amount
            }
            func day(_ column: Column) -> CivilDate? {
                guard let text = value(column) else { return nil }
                guard let date = CivilDate(lenient: text) else {
                    problems.append(.badDate(column, text))
                    return nil
                }
                return date
            }
            let card = value(.cardNumber)
            if card == nil { problems.append(.missing(.cardNumber)) }
            let amount = money(.amount)
            if value(.amount) == nil { problems.append(.missing(.amount)) }
            let received = day(.received)
            if value(.received) == nil { problems.append(.missing(.received)) }
            let receipt = value(.receipt)
            if let receipt {
                if let first = firstLineOfReceipt[receipt] {
                    problems.append(.duplicateReceipt(receipt, firstLine: first))
                } else {
                    firstLineOfReceipt[receipt] = record.line
                }
            } else {
                problems.append(.missing(.receipt))
            }
            let refunded = day(.refunded)
            let refundAmount = money(.refundAmount)
            if let refunded, let received, refunded < received { problems.append(.refundBeforeReceipt) }
            if let refundAmount, let amount, refundAmount > amount { problems.append(.refundAboveAmount) }
            if problems.isEmpty, let card, let amount, let received, let receipt {
                rows.append(Row(line: record.line, fields: record.fields, cardNumber: card, amount: amount, receivedOn: received,
                                receiptNumber: receipt, refundedOn: refunded,
                                refundAmount: refunded == nil ? nil : (refundAmount ?? amount)))
            } else {
                rejected.append(Rejection(line: record.line, fields: record.fields, problems: problems))
            }
        }
        self.encoding = decoded.encoding
        self.header = headerRecord.fields
        self.rows = rows
        self.rejected = rejected
    }

    /// The header and the given raw rows, for the reject file.
    public func rejectCSV(_ fields: [[String]]) -> String {
        CSVWriter.roundTripDocument([header] + fields, byteOrderMark: true)
    }
}
