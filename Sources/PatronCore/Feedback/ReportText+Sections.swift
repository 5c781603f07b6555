/// What the monthly (Complaint_02) and quarterly reports say alike: their statistics as sections of
/// text, the average handling time, satisfaction overall and per track, and the cells these put in CSV.
extension ReportText {
    static func averageHandlingHeading(_ language: Language) -> String {
        language == .th ? "ระยะเวลาดำเนินการเฉลี่ย" : "Average handling time"
    }

    static func satisfactionHeading(_ language: Language) -> String {
        language == .th ? "ความพึงพอใจต่อการจัดการ" : "Satisfaction with handling"
    }

    /// `[section, item, value]` rows as lines, each section's heading once with its items indented
    /// under it, then the average handling time.
    static func sections(_ rows: [[String]], statistics: FeedbackStatistics, _ language: Language) -> [String] {
        var lines: [String] = []
        var section = ""
        for row in rows {
            if row[0] != section {
                section = row[0]
                lines.append(section)
            }
            lines.append("  \(row[1]): \(row[2])")
        }
        lines.append(averageHandlingHeading(language))
        lines.append("  \(statistics.handlingText(language))")
        return lines
    }

    /// Satisfaction with complaint handling: overall, then each track that has answers.
    static func satisfaction(_ overall: SatisfactionSummary, byTrack: [ComplaintTrack: SatisfactionSummary],
                             _ language: Language) -> [String] {
        var lines = [language == .th ? "ความพึงพอใจต่อการจัดการข้อร้องเรียน" : "Satisfaction with complaint handling",
                     "  \(overall.text(language))"]
        for track in ComplaintTrack.allCases {
            if let summary = byTrack[track], summary.count > 0 { lines.append("  \(track.name(language)): \(summary.text(language))") }
        }
        return lines
    }

    /// A mean to two decimals, `-` when there is none.
    static func mean(_ value: Double?) -> String {
        value.map { ReportFormat.decimal($0, places: 2) } ?? "-"
    }
}
