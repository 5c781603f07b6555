import Foundation

/// The monthly report of seed 003 (indicator 6, 4.2): **Complaint_01**, the listing of the month's
/// complaints, suggestions, comments and compliments, and **Complaint_02**, the summary — which says
/// in words "no complaints this month" when there were none (and is still produced then).
///
/// Covers the items **received** in the month (Bangkok days), with their status as of when the report
/// is built; due by the 25th of the following month (`ReportMonth.dueDay`). Satisfaction of handling
/// counts the follow-up answers **given** during the month (whatever month the complaint came in), so
/// a month's figure never changes after the month ends.
public struct MonthlyComplaintReport: Equatable, Sendable {
    /// One line of Complaint_01.
    public struct Row: Equatable, Sendable {
        public let reference: ReferenceNumber
        public let receivedDay: CivilDate
        public let channel: IntakeChannel
        public let kind: FeedbackKind
        public let service: ServiceArea
        public let summary: String
        public let track: ComplaintTrack?
        public let action: String
        public let outcome: String
        public let status: FeedbackStatus
    }

    public let month: ReportMonth
    /// Complaint_01, in the order received.
    public let rows: [Row]
    /// Complaint_02.
    public let statistics: FeedbackStatistics
    public let satisfaction: SatisfactionSummary
    public let satisfactionByTrack: [ComplaintTrack: SatisfactionSummary]

    public var dueDay: CivilDate { month.dueDay }
    public var reminderDay: CivilDate { month.reminderDay }
    /// True when no complaint was received in the month (suggestions etc. may still be listed).
    public var hasNoComplaints: Bool { statistics.complaints == 0 }

    /// Builds the report from any records and responses (those outside the month are ignored).
    public static func build(month: ReportMonth, records: [FeedbackRecord], responses: [FollowUpResponse],
                             dueDates: DueDates = DueDates()) -> MonthlyComplaintReport {
        let inMonth = records.filter { month.contains($0.receivedDay) }
            .sorted { ($0.receivedAt, $0.reference) < ($1.receivedAt, $1.reference) }
        let rows = inMonth.map {
            Row(reference: $0.reference, receivedDay: $0.receivedDay, channel: $0.channel, kind: $0.kind, service: $0.service,
                summary: ReportText.oneLine($0.summary), track: $0.track, action: ReportText.oneLine($0.action),
                outcome: ReportText.oneLine($0.outcome), status: $0.status)
        }
        let answered = responses.filter { month.contains(BangkokTime.day(of: $0.answeredAt)) }
        return MonthlyComplaintReport(month: month, rows: rows, statistics: FeedbackStatistics(inMonth, dueDates: dueDates),
                                      satisfaction: SatisfactionSummary(scores: answered.map(\.score)),
                                      satisfactionByTrack: SatisfactionSummary.byTrack(answered))
    }

    /// The statement Complaint_02 carries when there were no complaints, else nil.
    public func noComplaintsStatement(_ language: Language) -> String? {
        hasNoComplaints ? ReportText.noComplaintsThisMonth(language) : nil
    }

    // MARK: Complaint_01

    public static func listingHeader(_ language: Language) -> [String] {
        language == .th
            ? ["เลขที่อ้างอิง", "วันที่รับเรื่อง", "ช่องทาง", "ประเภท", "บริการ", "เรื่อง", "ระดับ", "การดำเนินการ", "ผลการดำเนินการ", "สถานะ"]
            : ["Reference", "Date received", "Channel", "Kind", "Service", "Summary", "Track", "Action", "Outcome", "Status"]
    }

    /// A row of Complaint_01: the day received in the reader's calendar on the page and in the text,
    /// as `CSVValue.day` in the CSV.
    public func listingFields(_ row: Row, _ language: Language, forCSV: Bool = false) -> [String] {
        [row.reference.description, forCSV ? CSVValue.day(row.receivedDay) : DateDisplay.short(row.receivedDay, language), row.channel.name(language),
         row.kind.name(language), row.service.name(language), row.summary,
         row.track.map { $0.name(language) } ?? "", row.action, row.outcome, row.status.name(language)]
    }

    /// Complaint_01 as CSV: header and one row per item (CRLF, RFC 4180 quoting; UTF-8 with a BOM
    /// by default so Excel on a Thai Windows opens it correctly).
    public func listingCSV(_ language: Language, byteOrderMark: Bool = true) -> String {
        CSVWriter.document([Self.listingHeader(language)] + rows.map { listingFields($0, language, forCSV: true) }, byteOrderMark: byteOrderMark)
    }

    public func listingText(_ language: Language) -> String {
        let th = language == .th
        var lines = [th ? "แบบ Complaint_01 รายการข้อร้องเรียน ข้อเสนอแนะ ข้อคิดเห็น และคำชมเชย ประจำเดือน\(month.name(.th))"
                        : "Complaint_01 — complaints, suggestions, comments and compliments, \(month.name(.en))"]
        if rows.isEmpty {
            lines.append(th ? "ไม่มีรายการในเดือนนี้" : "No items this month.")
        }
        let header = Self.listingHeader(language)
        for (n, row) in rows.enumerated() {
            lines.append("")
            lines.append("\(n + 1). \(row.reference)  \(DateDisplay.short(row.receivedDay, language))")
            let fields = listingFields(row, language)
            for i in 2..<header.count where !fields[i].isEmpty { lines.append("   \(header[i]): \(fields[i])") }
        }
        if let statement = noComplaintsStatement(language) {
            lines.append("")
            lines.append(statement)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Complaint_02

    public static func summaryHeader(_ language: Language) -> [String] {
        language == .th ? ["หัวข้อ", "รายการ", "จำนวน"] : ["Section", "Item", "Count"]
    }

    /// Complaint_02 as `[section, item, value]` rows, the statement first when there were no complaints.
    public func summaryRows(_ language: Language) -> [[String]] {
        let th = language == .th
        var out: [[String]] = []
        if let statement = noComplaintsStatement(language) { out.append([th ? "สรุป" : "Summary", statement, "0"]) }
        out.append([th ? "รวม" : "Total", th ? "ทุกประเภท" : "All kinds", String(statistics.total)])
        out += statistics.rows(language)
        let handling = ReportText.averageHandlingHeading(language)
        out.append([handling, th ? "วันทำการ" : "Working days", ReportText.mean(statistics.averageHandlingWorkingDays)])
        out.append([handling, th ? "วันตามปฏิทิน" : "Calendar days", ReportText.mean(statistics.averageHandlingCalendarDays)])
        out.append([handling, th ? "จำนวนเรื่องที่แก้ไขแล้ว" : "Resolved complaints", String(statistics.resolvedComplaints)])
        out.append([ReportText.satisfactionHeading(language), th ? "ค่าเฉลี่ย (1–5)" : "Mean (1–5)", ReportText.mean(satisfaction.mean)])
        out.append([ReportText.satisfactionHeading(language), th ? "จำนวนผู้ตอบ" : "Responses", String(satisfaction.count)])
        return out
    }

    public func summaryCSV(_ language: Language, byteOrderMark: Bool = true) -> String {
        CSVWriter.document([Self.summaryHeader(language)] + summaryRows(language), byteOrderMark: byteOrderMark)
    }

    public func summaryText(_ language: Language) -> String {
        let th = language == .th
        var lines = [th ? "แบบ Complaint_02 สรุปผลการจัดการข้อร้องเรียน ประจำเดือน\(month.name(.th))"
                        : "Complaint_02 — summary of complaint handling, \(month.name(.en))"]
        lines.append(th ? "กำหนดส่งภายในวันที่ \(DateDisplay.long(dueDay, .th))" : "Due by \(DateDisplay.long(dueDay, .en))")
        if let statement = noComplaintsStatement(language) {
            lines.append("")
            lines.append(statement)
        }
        lines.append("")
        lines += ReportText.sections([[th ? "รวม" : "Total", th ? "ทุกประเภท" : "All kinds", String(statistics.total)]] + statistics.rows(language),
                                     statistics: statistics, language)
        lines += ReportText.satisfaction(satisfaction, byTrack: satisfactionByTrack, language)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Both forms, as the `report complaints --month` command prints them.
    public func text(_ language: Language) -> String { listingText(language) + "\n" + summaryText(language) }
}
