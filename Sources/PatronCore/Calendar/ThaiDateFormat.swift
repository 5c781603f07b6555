/// Shows days to people: Buddhist era with Thai month names in Thai, Gregorian in English.
public enum DateDisplay {
    static let thaiMonthsShort = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    static let thaiMonthsLong = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                                 "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    static let englishMonthsShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let englishMonthsLong = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// `23 พ.ย. 2569` in Thai, `23 Nov 2026` in English.
    public static func short(_ date: CivilDate, _ language: Language) -> String {
        switch language {
        case .th: "\(date.day) \(thaiMonthsShort[date.month - 1]) \(date.year + CivilDate.buddhistEraOffset)"
        case .en: "\(date.day) \(englishMonthsShort[date.month - 1]) \(date.year)"
        }
    }

    /// `23 พฤศจิกายน พ.ศ. 2569` in Thai, `23 November 2026` in English: for receipts and letters.
    public static func long(_ date: CivilDate, _ language: Language) -> String {
        switch language {
        case .th: "\(date.day) \(thaiMonthsLong[date.month - 1]) พ.ศ. \(date.year + CivilDate.buddhistEraOffset)"
        case .en: "\(date.day) \(englishMonthsLong[date.month - 1]) \(date.year)"
        }
    }

    /// Month and year only, `พฤศจิกายน 2569` / `November 2026`, for report headings.
    public static func monthYear(year: Int, month: Int, _ language: Language) -> String {
        switch language {
        case .th: "\(thaiMonthsLong[month - 1]) \(year + CivilDate.buddhistEraOffset)"
        case .en: "\(englishMonthsLong[month - 1]) \(year)"
        }
    }

    /// The twelve month names in the reader's language (`มกราคม` … / `January` …), for pickers.
    public static func monthNames(_ language: Language) -> [String] {
        language == .th ? thaiMonthsLong : englishMonthsLong
    }

    /// Monday … Sunday, abbreviated (`จ` … `อา` / `Mo` … `Su`), for a calendar grid's heading.
    public static func weekdayAbbreviations(_ language: Language) -> [String] {
        language == .th ? ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"] : ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    }

    /// A year as the reader counts it: `2569` in Thai (B.E.), `2026` in English.
    public static func year(_ gregorianYear: Int, _ language: Language) -> String {
        String(language == .th ? gregorianYear + CivilDate.buddhistEraOffset : gregorianYear)
    }
}
