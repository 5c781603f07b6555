import Foundation

/// The summary for the MT committee every three months (seed 001), produced **even when there were
/// no complaints**: counts by kind with the change from the previous quarter, complaints by track,
/// service and status, open track-4 items with their decisions, lessons learned marked "share with
/// staff", and satisfaction with the handling.
///
/// * Counts: items **received** in the quarter; the trend compares with the previous quarter of the
///   same kind (calendar or fiscal).
/// * Track-4 items: every track-4 complaint received by the quarter's last day that is still open
///   (not resolved or closed), plus those whose decision was recorded during the quarter.
/// * Lessons: items with a lesson that were resolved during the quarter.
/// * Satisfaction: follow-up answers given during the quarter.
public struct QuarterlySummary: Equatable, Sendable {
    public struct KindTrend: Equatable, Sendable {
        public let kind: FeedbackKind
        public let current: Int
        public let previous: Int
        public var change: Int { current - previous }
    }

    public struct Track4Item: Equatable, Sendable {
        public let reference: ReferenceNumber
        public let receivedDay: CivilDate
        public let summary: String
        public let status: FeedbackStatus
        public let decision: String?
        public let decisionDay: CivilDate?
    }

    public struct Lesson: Equatable, Sendable {
        public let reference: ReferenceNumber
        public let service: ServiceArea
        public let text: String
    }

    public let quarter: ReportQuarter
    public let statistics: FeedbackStatistics
    public let previousStatistics: FeedbackStatistics
    public let trends: [KindTrend]
    public let track4: [Track4Item]
    public let lessons: [Lesson]
    public let satisfaction: SatisfactionSummary
    public let satisfactionByTrack: [ComplaintTrack: SatisfactionSummary]

    public var hasNoComplaints: Bool { statistics.complaints == 0 }

    public static func build(quarter: ReportQuarter, records: [FeedbackRecord], responses: [FollowUpResponse],
                             dueDates: DueDates = DueDates()) -> QuarterlySummary {
        let previousQuarter = quarter.previous
        let current = records.filter { quarter.contains($0.receivedDay) }
        let previous = records.filter { previousQuarter.contains($0.receivedDay) }
        let stats = FeedbackStatistics(current, dueDates: dueDates)
        let prevStats = FeedbackStatistics(previous, dueDates: dueDates)
        let trends = FeedbackKind.allCases.map {
            KindTrend(kind: $0, current: stats.byKind[$0] ?? 0, previous: prevStats.byKind[$0] ?? 0)
        }
        let track4 = records
            .filter { r in
                guard r.kind == .complaint, r.track == .needsBudget, r.receivedDay <= quarter.lastDay else { return false }
                let decidedInQuarter = r.decisionAt.map { quarter.contains(BangkokTime.day(of: $0)) } ?? false
                return !r.status.isFinished || decidedInQuarter
            }
            .sorted { ($0.receivedAt, $0.reference) < ($1.receivedAt, $1.reference) }
            .map {
                Track4Item(reference: $0.reference, receivedDay: $0.receivedDay, summary: ReportText.oneLine($0.summary),
                           status: $0.status, decision: $0.decision.map { ReportText.oneLine($0) },
                           decisionDay: $0.decisionAt.map { BangkokTime.day(of: $0) })
            }
        let lessons = records
            .filter { r in
                guard let lesson = r.lesson, !lesson.feedbackTrimmed.isEmpty, let resolved = r.resolvedAt else { return false }
                return quarter.contains(BangkokTime.day(of: resolved))
            }
            .sorted { ($0.resolvedAt!, $0.reference) < ($1.resolvedAt!, $1.reference) }
            .map { Lesson(reference: $0.reference, service: $0.service, text: ReportText.oneLine($0.lesson)) }
        let answered = responses.filter { quarter.contains(BangkokTime.day(of: $0.answeredAt)) }
        return QuarterlySummary(quarter: quarter, statistics: stats, previousStatistics: prevStats, trends: trends,
                                track4: track4, lessons: lessons,
                                satisfaction: SatisfactionSummary(scores: answered.map(\.score)),
                                satisfactionByTrack: SatisfactionSummary.byTrack(answered))
    }

    public func noComplaintsStatement(_ language: Language) -> String? {
        hasNoComplaints ? ReportText.noComplaintsThisQuarter(language) : nil
    }

    // MARK: rendering

    public static func csvHeader(_ language: Language) -> [String] {
        language == .th ? ["หัวข้อ", "รายการ", "ไตรมาสนี้", "ไตรมาสก่อน", "เปลี่ยนแปลง", "รายละเอียด"]
                        : ["Section", "Item", "This quarter", "Previous quarter", "Change", "Details"]
    }

    /// Every part of the summary as rows of six fields (see `csvHeader`).
    public func csvRows(_ language: Language) -> [[String]] {
        let th = language == .th
        var out: [[String]] = []
        if let s = noComplaintsStatement(language) { out.append([th ? "สรุป" : "Summary", s, "0", "", "", ""]) }
        for t in trends {
            out.append([th ? "ประเภท" : "Kind", t.kind.name(language), String(t.current), String(t.previous),
                        ReportFormat.signed(t.change), ""])
        }
        for row in statistics.rows(language) where row[0] != (th ? "ประเภท" : "Kind") {
            out.append([row[0], row[1], row[2], "", "", ""])
        }
        out.append([ReportText.averageHandlingHeading(language), th ? "วันทำการ" : "Working days",
                    ReportText.mean(statistics.averageHandlingWorkingDays), ReportText.mean(previousStatistics.averageHandlingWorkingDays), "", ""])
        for item in track4 {
            out.append([th ? "เรื่องระดับ 4" : "Track-4 item", item.reference.description, item.status.name(language), "", "",
                        [item.summary, item.decision.map { (th ? "มติ: " : "Decision: ") + $0 } ?? (th ? "ยังไม่มีมติ" : "no decision yet")]
                            .joined(separator: " — ")])
        }
        for lesson in lessons {
            out.append([th ? "บทเรียน" : "Lesson learned", lesson.reference.description, lesson.service.name(language), "", "", lesson.text])
        }
        out.append([ReportText.satisfactionHeading(language), th ? "ค่าเฉลี่ย (1–5)" : "Mean (1–5)",
                    ReportText.mean(satisfaction.mean), "", "", satisfaction.text(language)])
        return out
    }

    public func csv(_ language: Language, byteOrderMark: Bool = true) -> String {
        CSVWriter.document([Self.csvHeader(language)] + csvRows(language), byteOrderMark: byteOrderMark)
    }

    /// The text the `report quarter` command prints.
    public func text(_ language: Language) -> String {
        let th = language == .th
        var lines = [th ? "สรุปผลการจัดการข้อร้องเรียนเสนอคณะกรรมการบริหาร (MT) \(quarter.name(.th))"
                        : "Complaint handling summary for the MT committee, \(quarter.name(.en))"]
        if let s = noComplaintsStatement(language) {
            lines.append("")
            lines.append(s)
        }
        lines.append("")
        lines.append(th ? "จำนวนเทียบกับไตรมาสก่อน (\(quarter.previous.name(.th)))" : "Counts against the previous quarter (\(quarter.previous.name(.en)))")
        for t in trends {
            lines.append("  \(t.kind.name(language)): \(t.current) (\(th ? "ไตรมาสก่อน" : "previous") \(t.previous), \(ReportFormat.signed(t.change)))")
        }
        lines += ReportText.sections(statistics.rows(language).filter { $0[0] != (th ? "ประเภท" : "Kind") }, statistics: statistics, language)
        lines.append(th ? "เรื่องระดับ 4 (ต้องใช้งบประมาณ) ที่ยังไม่ปิดหรือมีมติในไตรมาสนี้" : "Track-4 (needs budget) items open or decided this quarter")
        if track4.isEmpty { lines.append(th ? "  ไม่มี" : "  none") }
        for item in track4 {
            lines.append("  \(item.reference) \(DateDisplay.short(item.receivedDay, language)) — \(item.summary) [\(item.status.name(language))]")
            if let d = item.decision {
                let day = item.decisionDay.map { " (\(DateDisplay.short($0, language)))" } ?? ""
                lines.append("    \(th ? "มติ" : "Decision")\(day): \(d)")
            } else {
                lines.append("    \(th ? "ยังไม่มีมติ" : "No decision yet")")
            }
        }
        lines.append(th ? "บทเรียนที่ได้รับ (เผยแพร่ให้บุคลากร)" : "Lessons learned (shared with staff)")
        if lessons.isEmpty { lines.append(th ? "  ไม่มี" : "  none") }
        for l in lessons { lines.append("  \(l.reference) \(l.service.name(language)): \(l.text)") }
        lines += ReportText.satisfaction(satisfaction, byTrack: satisfactionByTrack, language)
        return lines.joined(separator: "\n") + "\n"
    }
}
