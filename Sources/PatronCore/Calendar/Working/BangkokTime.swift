import Foundation

/// A local day and minute in Thailand (Asia/Bangkok). Thailand keeps UTC+7 all year with no daylight
/// saving, so a fixed offset is exact — no time-zone database is needed.
public struct BangkokTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public static let utcOffsetSeconds = 7 * 3600

    public let day: CivilDate
    /// Minutes since local midnight, 0…1439.
    public let minuteOfDay: Int

    public init(day: CivilDate, minuteOfDay: Int) {
        precondition((0..<1440).contains(minuteOfDay), "minute of day out of range: \(minuteOfDay)")
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    public init?(day: CivilDate, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(day: day, minuteOfDay: hour * 60 + minute)
    }

    /// The Bangkok local day and minute of an instant (seconds are dropped).
    public init(_ instant: Date) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + BangkokTime.utcOffsetSeconds
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = seconds - days * 86_400
        self.day = CivilDate(daysSinceEpoch: days)
        self.minuteOfDay = secondOfDay / 60
    }

    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    /// The instant this local minute starts.
    public var instant: Date { BangkokTime.instant(day: day, minuteOfDay: minuteOfDay) }

    /// `08:00`.
    public var clock: String { BangkokTime.clock(minuteOfDay) }

    public var description: String { "\(day.iso) \(clock)" }

    public static func < (lhs: BangkokTime, rhs: BangkokTime) -> Bool {
        (lhs.day, lhs.minuteOfDay) < (rhs.day, rhs.minuteOfDay)
    }

    /// The Bangkok day an instant falls on.
    public static func day(of instant: Date) -> CivilDate { BangkokTime(instant).day }

    /// The instant a Bangkok local minute starts (minute may be 0…1440; 1440 is the next midnight).
    public static func instant(day: CivilDate, minuteOfDay: Int) -> Date {
        let seconds = day.daysSinceEpoch * 86_400 + minuteOfDay * 60 - utcOffsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Midnight at the start of a Bangkok day.
    public static func startOfDay(_ day: CivilDate) -> Date { instant(day: day, minuteOfDay: 0) }

    /// `HH:MM` for a minute of the day.
    public static func clock(_ minuteOfDay: Int) -> String {
        let h = minuteOfDay / 60, m = minuteOfDay % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    // MARK: Codable as "YYYY-MM-DD HH:MM"

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = CivilDate(iso: parts[0]), let minute = BangkokTime.parseClock(parts[1]) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "Expected YYYY-MM-DD HH:MM, got \(text)")
        }
        self.init(day: day, minuteOfDay: minute)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// Parses `H:MM` or `HH:MM` (00:00…24:00) into minutes since midnight.
    static func parseClock(_ text: some StringProtocol) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isDigit09) }),
              let h = Int(parts[0]), let m = Int(parts[1]), m < 60 else { return nil }
        guard h < 24 || (h == 24 && m == 0) else { return nil }
        return h * 60 + m
    }
}

/// Weekday names for messages, ISO numbering (1 = Monday … 7 = Sunday).
public enum WeekdayName {
    static let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let enLong = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let th = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
    static let thLong = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
    static let codes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    public static func short(_ isoWeekday: Int, _ language: Language) -> String {
        language == .th ? th[isoWeekday - 1] : en[isoWeekday - 1]
    }

    public static func long(_ isoWeekday: Int, _ language: Language) -> String {
        language == .th ? thLong[isoWeekday - 1] : enLong[isoWeekday - 1]
    }

    /// `วันจันทร์ที่ 5 ม.ค. 2569 เวลา 08:00 น.` / `Monday 5 Jan 2026 at 08:00`.
    public static func dayAndTime(_ time: BangkokTime, _ language: Language) -> String {
        switch language {
        case .th: "วัน\(long(time.day.isoWeekday, .th))ที่ \(DateDisplay.short(time.day, .th)) เวลา \(time.clock) น."
        case .en: "\(long(time.day.isoWeekday, .en)) \(DateDisplay.short(time.day, .en)) at \(time.clock)"
        }
    }
}
