/// How people type days into forms and read them back: `dd/mm/yyyy` in their own calendar —
/// Buddhist era in Thai (`23/11/2569`), Gregorian in English (`23/11/2026`). ISO (`2026-11-23`) is
/// accepted in both, and so is the other calendar's year (a year above 2400 is B.E.), so a pasted
/// date is never misread. The picker in the browser writes the same text the server reads here.
public enum DateEntry {
    /// `23/11/2569` in Thai, `23/11/2026` in English.
    public static func text(_ date: CivilDate, _ language: Language) -> String {
        let year = language == .th ? date.year + CivilDate.buddhistEraOffset : date.year
        return "\(two(date.day))/\(two(date.month))/\(year)"
    }

    /// What the empty field shows: `วว/ดด/ปปปป` / `dd/mm/yyyy`.
    public static func placeholder(_ language: Language) -> String {
        language == .th ? "วว/ดด/ปปปป" : "dd/mm/yyyy"
    }

    /// A field's value as the reader should see it: a day in their calendar; anything that is not
    /// a day (what someone typed and must correct) exactly as it was typed.
    public static func shown(_ text: String?, _ language: Language) -> String {
        guard let text, !text.isEmpty else { return "" }
        guard let date = CivilDate(lenient: text) else { return text }
        return self.text(date, language)
    }

    /// A typed day, or why it is not one. Empty text is `.empty` (the caller decides whether the
    /// field was required).
    public static func parse(_ text: some StringProtocol) -> Result<CivilDate, DateEntryProblem> {
        let typed = String(text)
        guard !typed.trimmingCharacters(in: " \t\u{00A0}").isEmpty else { return .failure(.empty) }
        guard let parts = CivilDate.lenientParts(typed) else { return .failure(.notADate(typed)) }
        guard let date = CivilDate(year: parts.gregorianYear, month: parts.month, day: parts.day) else {
            return .failure(.noSuchDay(typed))
        }
        return .success(date)
    }

    /// An optional field: nil when empty, the day, or the problem.
    public static func parseOptional(_ text: String?) -> Result<CivilDate?, DateEntryProblem> {
        guard let text, !text.trimmingCharacters(in: " \t\u{00A0}").isEmpty else { return .success(nil) }
        return parse(text).map { Optional($0) }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

/// Why a typed date was refused, in the reader's language and with the form to type.
public enum DateEntryProblem: Error, Equatable, Sendable {
    case empty
    /// Not shaped like a date at all (`tomorrow`, `2026/11`, `11-23-26`).
    case notADate(String)
    /// Shaped like one, but the calendar has no such day (`31/02/2569`, `23/13/2026`).
    case noSuchDay(String)

    public func message(_ language: Language) -> String {
        let example = DateEntry.text(CivilDate(year: 2026, month: 11, day: 23)!, language)
        switch (self, language) {
        case (.empty, .th): return "กรุณากรอกวันที่ (วว/ดด/ปปปป ปี พ.ศ. เช่น \(example))"
        case (.empty, .en): return "Please enter a date (dd/mm/yyyy, e.g. \(example))."
        case (.notADate(let text), .th): return "“\(text)” ไม่ใช่วันที่ กรุณากรอกเป็น วว/ดด/ปปปป ปี พ.ศ. เช่น \(example)"
        case (.notADate(let text), .en): return "“\(text)” is not a date: type it as dd/mm/yyyy, e.g. \(example)."
        case (.noSuchDay(let text), .th): return "ไม่มีวันที่ “\(text)” ในปฏิทิน กรุณาตรวจวันและเดือน (วว/ดด/ปปปป ปี พ.ศ.)"
        case (.noSuchDay(let text), .en): return "“\(text)” is not a day of the calendar: check the day and the month (dd/mm/yyyy)."
        }
    }
}
