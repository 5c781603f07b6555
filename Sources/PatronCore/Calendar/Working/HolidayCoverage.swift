/// Whether the holiday calendar reaches far enough ahead. The cabinet announces a year's holidays
/// during the year before, and complaint targets set in late December already count January's
/// working days, so from 1 October an empty next year is worth a warning to the administrator.
public enum HolidayCoverage {
    /// The month from which next year's holidays are expected to be on file.
    public static let warningFromMonth = 10

    /// Next year (Gregorian) when it is 1 October or later on `today` and `calendar` has no holiday
    /// in it; nil otherwise.
    public static func missingNextYear(in calendar: HolidayCalendar, today: CivilDate) -> Int? {
        guard today.month >= warningFromMonth else { return nil }
        let next = today.year + 1
        return calendar.holidays(inYear: next).isEmpty ? next : nil
    }

    /// Every year the warning is about on `today`: this year when it has no holiday at all (the
    /// counts are already wrong), and next year from 1 October.
    public static func missingYears(in calendar: HolidayCalendar, today: CivilDate) -> [Int] {
        var years: [Int] = []
        if calendar.holidays(inYear: today.year).isEmpty { years.append(today.year) }
        if let next = missingNextYear(in: calendar, today: today) { years.append(next) }
        return years
    }

    /// `ยังไม่มีวันหยุดของปี 2570 …` / `No holidays are recorded for 2027 …`.
    public static func warning(year: Int, _ language: Language) -> String {
        switch language {
        case .th:
            "ยังไม่มีวันหยุดของปี \(year + CivilDate.buddhistEraOffset) ในปฏิทินวันหยุด — กำหนดเวลาเป็นวันทำการ (เรื่องร้องเรียน เวลาเคาน์เตอร์) จะนับวันหยุดเป็นวันทำการ เพิ่มวันหยุดตามประกาศคณะรัฐมนตรีในหน้า วันหยุด"
        case .en:
            "No holidays are recorded for \(year) — working-day deadlines (complaints, counter hours) will count its holidays as working days. Add the cabinet's announced holidays on the Holidays page."
        }
    }
}
