/// A calendar month a monthly complaint report covers.
///
/// Seed 003 asks for the complaint report "by the 25th of each month". A whole month cannot be
/// reported before it ends, so the report **for** a month covers that whole month (1st to last day,
/// Bangkok days) and is **due by the 25th of the following month**; staff are reminded on the 20th
/// of the following month if it is not yet marked sent. The 25th is not moved for weekends or
/// holidays (the reminder on the 20th leaves room).
public struct ReportMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let dueDayOfMonth = 25
    public static let reminderDayOfMonth = 20

    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(containing day: CivilDate) {
        self.year = day.year
        self.month = day.month
    }

    /// `2026-04`, also `04/2026`, `4/2569`, `2569-04` (years above 2400 are Buddhist era).
    public init?(parsing text: String) {
        let parts = text.feedbackTrimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isFeedbackDigit) }) else { return nil }
        let (y, m): (Substring, Substring) = parts[0].count == 4 ? (parts[0], parts[1]) : (parts[1], parts[0])
        guard y.count == 4, (1...2).contains(m.count), let year = Int(y), let month = Int(m) else { return nil }
        self.init(year: year > 2400 ? year - CivilDate.buddhistEraOffset : year, month: month)
    }

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var lastDay: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))! }
    public func contains(_ day: CivilDate) -> Bool { day.year == year && day.month == month }

    public var next: ReportMonth { ReportMonth(containing: firstDay.adding(months: 1)) }
    public var previous: ReportMonth { ReportMonth(containing: firstDay.adding(months: -1)) }

    /// The 25th of the following month.
    public var dueDay: CivilDate { CivilDate(year: next.year, month: next.month, day: Self.dueDayOfMonth)! }
    /// The 20th of the following month.
    public var reminderDay: CivilDate { CivilDate(year: next.year, month: next.month, day: Self.reminderDayOfMonth)! }

    /// The month whose report is being prepared on `today`: the previous month.
    public static func reportable(on today: CivilDate) -> ReportMonth { ReportMonth(containing: today).previous }

    /// Remind the responsible staff on `today`? From the 20th of the following month until the
    /// report is marked sent (the daily job keeps reminding, also after the 25th: it is late then).
    public func needsReminder(on today: CivilDate, markedSent: Bool) -> Bool {
        !markedSent && today >= reminderDay
    }

    /// The first day the month's report may be marked sent: the 1st of the following month.
    public var markableAsSentFrom: CivilDate { next.firstDay }

    /// Why the month's report may not be marked sent on `today`: the month has not ended (the
    /// current month, or one still to come). Marking it sent silences its reminders.
    public func markSentProblem(on today: CivilDate) -> MonthlyReportProblem? {
        today >= markableAsSentFrom ? nil : .monthNotEnded(self)
    }

    /// Is the report late on `today` (after the 25th and not sent)?
    public func isLate(on today: CivilDate, markedSent: Bool) -> Bool { !markedSent && today > dueDay }

    /// `2026-04`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// `เมษายน 2569` / `April 2026`.
    public func name(_ language: Language) -> String { DateDisplay.monthYear(year: year, month: month, language) }

    public static func < (lhs: ReportMonth, rhs: ReportMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

/// A quarter for the MT summary: a calendar quarter (`2026-Q2`, April–June 2026) or a quarter of the
/// Thai fiscal year (`FY2569-Q3`, April–June 2026; the fiscal year starts 1 October).
public enum ReportQuarter: Hashable, Sendable, CustomStringConvertible {
    case calendar(year: Int, quarter: Int)
    case fiscal(FiscalQuarter)

    /// Calendar: `2026-Q2`, `2026Q2`, `Q2-2026`, `2569-Q2` (B.E. year converted).
    /// Fiscal: `FY2569-Q3`, `FY2569Q3`, `2569/Q3` (the form `FiscalQuarter` prints), `FY2026-Q3`
    /// (a year below 2400 is the Gregorian year in which the fiscal year ends).
    public init?(parsing text: String) {
        var t = text.feedbackTrimmed.uppercased().replacingFeedback(" ", with: "")
        var isFiscal = false
        if t.hasPrefix("FY") {
            isFiscal = true
            t.removeFirst(2)
        } else if let slash = t.firstIndex(of: "/"), t.index(after: slash) < t.endIndex, t[t.index(after: slash)] == "Q" {
            isFiscal = true // `2569/Q3`, the form FiscalQuarter prints
        }
        let pieces = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "Q" })
        guard pieces.count == 2, t.contains("Q") else { return nil }
        let yearText: Substring, quarterText: Substring
        if pieces[0].count == 4 { (yearText, quarterText) = (pieces[0], pieces[1]) } else { (yearText, quarterText) = (pieces[1], pieces[0]) }
        guard yearText.count == 4, quarterText.count == 1, yearText.allSatisfy(\.isFeedbackDigit),
              let year = Int(yearText), let q = Int(quarterText), (1...4).contains(q) else { return nil }
        if isFiscal {
            let be = year > 2400 ? year : year + CivilDate.buddhistEraOffset
            self = .fiscal(FiscalQuarter(fiscalYear: FiscalYear(buddhistYear: be), quarter: q)!)
        } else {
            self = .calendar(year: year > 2400 ? year - CivilDate.buddhistEraOffset : year, quarter: q)
        }
    }

    /// The calendar quarter containing `day`.
    public static func calendar(containing day: CivilDate) -> ReportQuarter {
        .calendar(year: day.year, quarter: (day.month - 1) / 3 + 1)
    }

    public static func fiscal(containing day: CivilDate) -> ReportQuarter { .fiscal(FiscalQuarter(containing: day)) }

    public var firstDay: CivilDate {
        switch self {
        case .calendar(let y, let q): CivilDate(year: y, month: (q - 1) * 3 + 1, day: 1)!
        case .fiscal(let fq): fq.firstDay
        }
    }

    public var lastDay: CivilDate { firstDay.adding(months: 3).adding(days: -1) }

    public func contains(_ day: CivilDate) -> Bool { firstDay <= day && day <= lastDay }

    /// The quarter before, of the same kind.
    public var previous: ReportQuarter {
        let dayBefore = firstDay.adding(days: -1)
        switch self {
        case .calendar: return .calendar(containing: dayBefore)
        case .fiscal: return .fiscal(containing: dayBefore)
        }
    }

    /// `2026-Q2` / `FY2569-Q3`.
    public var description: String {
        switch self {
        case .calendar(let y, let q): "\(y)-Q\(q)"
        case .fiscal(let fq): "FY\(fq.fiscalYear.buddhistYear)-Q\(fq.quarter)"
        }
    }

    /// `ไตรมาส 2/2569 (เม.ย.–มิ.ย.)` / `Q2 2026 (Apr–Jun)`; fiscal: `ไตรมาส 3 ปีงบประมาณ 2569 (…)`.
    public func name(_ language: Language) -> String {
        let months: String
        switch language {
        case .th: months = "\(DateDisplay.thaiMonthsShort[firstDay.month - 1])–\(DateDisplay.thaiMonthsShort[lastDay.month - 1]) \(lastDay.year + CivilDate.buddhistEraOffset)"
        case .en: months = "\(DateDisplay.englishMonthsShort[firstDay.month - 1])–\(DateDisplay.englishMonthsShort[lastDay.month - 1]) \(lastDay.year)"
        }
        switch (self, language) {
        case (.calendar(let y, let q), .th): return "ไตรมาส \(q)/\(y + CivilDate.buddhistEraOffset) (\(months))"
        case (.calendar(let y, let q), .en): return "Q\(q) \(y) (\(months))"
        case (.fiscal(let fq), _): return "\(fq.name(language)) (\(months))"
        }
    }
}

/// Number formatting for reports, independent of the server's locale.
public enum ReportFormat {
    /// `4.25`, `3.00`, `-1.50`: rounded half away from zero to `places` decimals.
    public static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && scaled > 0
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        guard places > 0 else { return (negative ? "-" : "") + String(whole) }
        let f = String(fraction)
        return (negative ? "-" : "") + "\(whole)." + String(repeating: "0", count: max(0, places - f.count)) + f
    }

    /// A signed change: `+3`, `-2`, `0`.
    public static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }
}

extension String {
    func replacingFeedback(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

/// Why a monthly report step was refused. Nothing was recorded.
public enum MonthlyReportProblem: Equatable, Sendable, Error {
    case monthNotEnded(ReportMonth)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.monthNotEnded(let m), .th):
            return "รายงานเดือน\(m.name(.th)) บันทึกว่าส่งแล้วได้ตั้งแต่วันที่ \(DateDisplay.long(m.markableAsSentFrom, .th)) เมื่อสิ้นเดือนแล้ว ไม่ได้บันทึกรายการใด"
        case (.monthNotEnded(let m), .en):
            return "The report for \(m.name(.en)) can be marked sent from \(DateDisplay.long(m.markableAsSentFrom, .en)), once the month has ended. Nothing was recorded."
        }
    }
}
