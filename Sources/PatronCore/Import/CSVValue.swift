import Foundation

/// How a value reads in every CSV PatronCare writes — the one place the rule lives. A CSV is data
/// for a spreadsheet, not a page for a reader: whatever the file's language (its headers and words
/// follow the reader), days, months and flags are written the same way, so a column sorts, filters
/// and compares across files and languages:
///
/// * a day is ISO 8601, Gregorian: `2026-11-23` (never `23 พ.ย. 2569`, never dd/mm);
/// * a month is `2026-11`, a quarter `2026-Q4` (fiscal `FY2570-Q1`, as the report names it);
/// * a time of day is Bangkok time, `2026-11-23 14:05`;
/// * a yes/no is `true`/`false` (what a spreadsheet reads as a boolean), never `yes`, `ใช่` or `no`.
///
/// Pages show the same values in the reader's calendar (`DateDisplay`); only files use this.
public enum CSVValue {
    public static func day(_ day: CivilDate) -> String { day.iso }

    /// An optional day: empty when there is none.
    public static func day(_ day: CivilDate?) -> String { day?.iso ?? "" }

    public static func month(year: Int, month: Int) -> String {
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count < 2 ? "0" : "") + m
    }

    public static func month(_ month: ReportMonth) -> String { self.month(year: month.year, month: month.month) }

    public static func quarter(_ quarter: ReportQuarter) -> String { quarter.description }

    /// A moment as Bangkok's wall clock shows it, to the minute.
    public static func instant(_ instant: Date) -> String { BangkokTime(instant).description }

    public static func flag(_ value: Bool) -> String { value ? "true" : "false" }
}
