/// The Thai government fiscal year: 1 October to 30 September, named by the Buddhist-era year in
/// which it ends (1 October 2026 – 30 September 2027 is ปีงบประมาณ 2570, "FY 2570").
public struct FiscalYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let buddhistYear: Int

    public init(buddhistYear: Int) { self.buddhistYear = buddhistYear }

    /// The fiscal year a day belongs to.
    public init(containing day: CivilDate) {
        let endingGregorian = day.month >= 10 ? day.year + 1 : day.year
        self.buddhistYear = endingGregorian + CivilDate.buddhistEraOffset
    }

    /// The Gregorian year in which the fiscal year ends (FY 2570 → 2027).
    public var gregorianEndYear: Int { buddhistYear - CivilDate.buddhistEraOffset }

    /// 1 October of the previous Gregorian year.
    public var firstDay: CivilDate { CivilDate(year: gregorianEndYear - 1, month: 10, day: 1)! }
    /// 30 September.
    public var lastDay: CivilDate { CivilDate(year: gregorianEndYear, month: 9, day: 30)! }

    public func contains(_ day: CivilDate) -> Bool { firstDay <= day && day <= lastDay }

    public var next: FiscalYear { FiscalYear(buddhistYear: buddhistYear + 1) }
    public var previous: FiscalYear { FiscalYear(buddhistYear: buddhistYear - 1) }

    public var quarters: [FiscalQuarter] { (1...4).map { FiscalQuarter(fiscalYear: self, quarter: $0)! } }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.buddhistYear < rhs.buddhistYear }

    public var description: String { String(buddhistYear) }

    /// `ปีงบประมาณ 2570` / `Fiscal year 2570 (1 Oct 2026 – 30 Sep 2027)`.
    public func name(_ language: Language) -> String {
        switch language {
        case .th: "ปีงบประมาณ \(buddhistYear)"
        case .en: "Fiscal year \(buddhistYear) (\(DateDisplay.short(firstDay, .en)) – \(DateDisplay.short(lastDay, .en)))"
        }
    }

    public init(from decoder: any Decoder) throws {
        self.buddhistYear = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(buddhistYear)
    }
}

/// A quarter of the Thai fiscal year: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep.
public struct FiscalQuarter: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let fiscalYear: FiscalYear
    public let quarter: Int

    public init?(fiscalYear: FiscalYear, quarter: Int) {
        guard (1...4).contains(quarter) else { return nil }
        self.fiscalYear = fiscalYear
        self.quarter = quarter
    }

    public init(containing day: CivilDate) {
        self.fiscalYear = FiscalYear(containing: day)
        // Oct(10)→1, Jan(1)→2, Apr(4)→3, Jul(7)→4
        self.quarter = ((day.month + 2) % 12) / 3 + 1
    }

    public var firstDay: CivilDate { fiscalYear.firstDay.adding(months: (quarter - 1) * 3) }
    public var lastDay: CivilDate { firstDay.adding(months: 3).adding(days: -1) }

    public func contains(_ day: CivilDate) -> Bool { firstDay <= day && day <= lastDay }

    public var next: FiscalQuarter {
        quarter == 4 ? FiscalQuarter(fiscalYear: fiscalYear.next, quarter: 1)! : FiscalQuarter(fiscalYear: fiscalYear, quarter: quarter + 1)!
    }

    public static func < (lhs: FiscalQuarter, rhs: FiscalQuarter) -> Bool {
        (lhs.fiscalYear, lhs.quarter) < (rhs.fiscalYear, rhs.quarter)
    }

    /// `2570/Q1`.
    public var description: String { "\(fiscalYear.buddhistYear)/Q\(quarter)" }

    /// `ไตรมาส 1 ปีงบประมาณ 2570` / `Q1 of fiscal year 2570`.
    public func name(_ language: Language) -> String {
        switch language {
        case .th: "ไตรมาส \(quarter) ปีงบประมาณ \(fiscalYear.buddhistYear)"
        case .en: "Q\(quarter) of fiscal year \(fiscalYear.buddhistYear)"
        }
    }
}
