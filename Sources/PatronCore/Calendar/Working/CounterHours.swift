import Foundation

/// When the refund counter is open: weekly windows in Bangkok local time, closed on holidays.
///
/// Configured as text, e.g. the default `mon-fri 08:00-18:30; sat 09:00-15:30` (seed 000: the
/// extended refund hours). Entries are separated by `;` or new lines; each is days (`mon`…`sun`,
/// ranges `mon-fri`, lists `mon,wed`) then one or more windows `HH:MM-HH:MM` separated by `,`
/// (a lunch break: `mon-fri 08:00-12:00, 13:00-18:30`), or `closed`.
///
/// Minutes are whole: a window `08:00-18:30` is open from 08:00:00 up to and including the minute
/// 18:30 (18:30:59), and closed at 18:31 — "open until half past six" as staff say it.
public struct CounterHours: Equatable, Sendable, Codable, CustomStringConvertible {
    public struct Window: Hashable, Sendable, Comparable {
        public let weekday: Int
        public let opens: Int
        public let closes: Int

        public init?(weekday: Int, opens: Int, closes: Int) {
            guard (1...7).contains(weekday), opens >= 0, closes < 1440, opens <= closes else { return nil }
            self.weekday = weekday
            self.opens = opens
            self.closes = closes
        }

        public func contains(minuteOfDay m: Int) -> Bool { opens <= m && m <= closes }

        public static func < (l: Window, r: Window) -> Bool { (l.weekday, l.opens) < (r.weekday, r.opens) }

        var clockRange: String { "\(BangkokTime.clock(opens))-\(BangkokTime.clock(closes))" }
    }

    /// Sorted by weekday then opening time; windows of one day never overlap.
    public let windows: [Window]

    public init(windows: [Window]) throws(CounterHoursParseError) {
        let sorted = windows.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.weekday == b.weekday && b.opens <= a.closes {
            throw CounterHoursParseError(entry: "\(WeekdayName.codes[a.weekday - 1]) \(a.clockRange), \(b.clockRange)",
                                         reason: .overlapping)
        }
        self.windows = sorted
    }

    /// Mon–Fri 08:00–18:30, Sat 09:00–15:30, closed on Sundays and holidays.
    public static let `default`: CounterHours = {
        // swiftlint:disable:next force_try
        try! CounterHours(parsing: "mon-fri 08:00-18:30; sat 09:00-15:30")
    }()

    /// The demo's counter: open every day from midnight to 23:59 (holidays still closed).
    public static let demoAllDay = "mon-sun 00:00-23:59"

    public func windows(on isoWeekday: Int) -> [Window] { windows.filter { $0.weekday == isoWeekday } }

    // MARK: questions

    public func isOpen(at instant: Date, holidays: HolidayCalendar) -> Bool {
        isOpen(at: BangkokTime(instant), holidays: holidays)
    }

    public func isOpen(at local: BangkokTime, holidays: HolidayCalendar) -> Bool {
        guard !holidays.isHoliday(local.day) else { return false }
        return windows(on: local.day.isoWeekday).contains { $0.contains(minuteOfDay: local.minuteOfDay) }
    }

    /// The next time the counter opens strictly after `instant` (Bangkok time), skipping holidays;
    /// nil when it does not open within the next 400 days (no windows, or a calendar full of holidays).
    public func nextOpening(after instant: Date, holidays: HolidayCalendar) -> BangkokTime? {
        let now = BangkokTime(instant)
        for offset in 0...400 {
            let day = now.day.adding(days: offset)
            guard !holidays.isHoliday(day) else { continue }
            for w in windows(on: day.isoWeekday) {
                let opening = BangkokTime(day: day, minuteOfDay: w.opens)
                if opening.instant > instant { return opening }
            }
        }
        return nil
    }

    // MARK: text

    public init(parsing text: String) throws(CounterHoursParseError) {
        var result: [Window] = []
        var mentioned = Set<Int>()
        let entries = text.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r\n" })
            .map { $0.depositTrimmed(" \t\r") }
            .filter { !$0.isEmpty }
        guard !entries.isEmpty else { throw CounterHoursParseError(entry: "", reason: .empty) }
        for entry in entries {
            let entryText = String(entry)
            let daysText = entry.prefix { !$0.isWhitespace }
            let rest = entry.dropFirst(daysText.count).depositTrimmed(" \t")
            let days = try CounterHours.parseDays(daysText, entry: entryText)
            for d in days where !mentioned.insert(d).inserted {
                throw CounterHoursParseError(entry: entryText, reason: .dayListedTwice(WeekdayName.codes[d - 1]))
            }
            if rest.lowercased() == "closed" { continue }
            guard !rest.isEmpty else { throw CounterHoursParseError(entry: entryText, reason: .missingHours) }
            for rangeText in rest.split(separator: ",").map({ $0.depositTrimmed(" \t") }) {
                let normalized = String(rangeText.map { $0 == "–" || $0 == "—" ? "-" : $0 })
                let ends = normalized.split(separator: "-", omittingEmptySubsequences: false)
                guard ends.count == 2,
                      let opens = BangkokTime.parseClock(ends[0].depositTrimmed(" ")),
                      let closes = BangkokTime.parseClock(ends[1].depositTrimmed(" ")) else {
                    throw CounterHoursParseError(entry: entryText, reason: .badTime(String(rangeText)))
                }
                guard opens < closes, closes < 1440 else {
                    throw CounterHoursParseError(entry: entryText, reason: .closesBeforeOpening(String(rangeText)))
                }
                for d in days { result.append(Window(weekday: d, opens: opens, closes: closes)!) }
            }
        }
        do {
            try self.init(windows: result)
        } catch {
            throw CounterHoursParseError(entry: text, reason: error.reason)
        }
    }

    private static func parseDays(_ text: Substring, entry: String) throws(CounterHoursParseError) -> [Int] {
        guard !text.isEmpty else { throw CounterHoursParseError(entry: entry, reason: .missingDays) }
        var days: [Int] = []
        func day(_ name: some StringProtocol) throws(CounterHoursParseError) -> Int {
            let key = name.lowercased()
            let full = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            if let i = WeekdayName.codes.firstIndex(of: key) ?? full.firstIndex(of: key) { return i + 1 }
            throw CounterHoursParseError(entry: entry, reason: .unknownDay(String(name)))
        }
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            switch ends.count {
            case 1:
                days.append(try day(ends[0]))
            case 2:
                let a = try day(ends[0]), b = try day(ends[1])
                guard a <= b else { throw CounterHoursParseError(entry: entry, reason: .backwardsDayRange(String(part))) }
                days += Array(a...b)
            default:
                throw CounterHoursParseError(entry: entry, reason: .unknownDay(String(part)))
            }
        }
        return days
    }

    /// The canonical config string: consecutive days with the same windows grouped,
    /// `mon-fri 08:00-18:30; sat 09:00-15:30`. Days without windows are left out.
    public var configString: String {
        groups().map { group in
            let days = group.first == group.last ? WeekdayName.codes[group.first - 1]
                : "\(WeekdayName.codes[group.first - 1])-\(WeekdayName.codes[group.last - 1])"
            return "\(days) \(windows(on: group.first).map(\.clockRange).joined(separator: ", "))"
        }.joined(separator: "; ")
    }

    public var description: String { configString }

    /// For people: `Mon–Fri 08:00–18:30, Sat 09:00–15:30` / `จ.–ศ. 08:00–18:30 น., ส. 09:00–15:30 น.`
    public func summary(_ language: Language) -> String {
        groups().map { group in
            let days = group.first == group.last ? WeekdayName.short(group.first, language)
                : "\(WeekdayName.short(group.first, language))–\(WeekdayName.short(group.last, language))"
            let times = windows(on: group.first)
                .map { "\(BangkokTime.clock($0.opens))–\(BangkokTime.clock($0.closes))\(language == .th ? " น." : "")" }
                .joined(separator: language == .th ? " และ " : " and ")
            return "\(days) \(times)"
        }.joined(separator: ", ")
    }

    private func groups() -> [(first: Int, last: Int)] {
        var result: [(first: Int, last: Int)] = []
        func times(_ d: Int) -> [[Int]] { windows(on: d).map { [$0.opens, $0.closes] } }
        for d in 1...7 where !times(d).isEmpty {
            if let last = result.last, last.last == d - 1, times(last.first) == times(d) {
                result[result.count - 1].last = d
            } else {
                result.append((d, d))
            }
        }
        return result
    }

    // MARK: Codable as the config string

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: error.message(.en))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(configString)
    }
}

/// Why a counter-hours setting could not be read.
public struct CounterHoursParseError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case empty
        case missingDays
        case unknownDay(String)
        case backwardsDayRange(String)
        case dayListedTwice(String)
        case missingHours
        case badTime(String)
        case closesBeforeOpening(String)
        case overlapping
    }

    public let entry: String
    public let reason: Reason

    public func message(_ language: Language) -> String {
        let example = "mon-fri 08:00-18:30; sat 09:00-15:30"
        switch (reason, language) {
        case (.empty, .th): return "ยังไม่ได้กำหนดเวลาเปิดเคาน์เตอร์ ตัวอย่าง: \(example)"
        case (.empty, .en): return "No counter hours given; for example: \(example)"
        case (.missingDays, .th): return "“\(entry)”: ไม่ได้ระบุวัน ตัวอย่าง: \(example)"
        case (.missingDays, .en): return "“\(entry)”: no days given; for example: \(example)"
        case (.unknownDay(let d), .th): return "“\(entry)”: ไม่รู้จักวัน “\(d)” ใช้ mon tue wed thu fri sat sun เช่น mon-fri"
        case (.unknownDay(let d), .en): return "“\(entry)”: unknown day “\(d)”; use mon tue wed thu fri sat sun, e.g. mon-fri."
        case (.backwardsDayRange(let d), .th): return "“\(entry)”: ช่วงวัน “\(d)” ย้อนกลับ ให้เขียนจากวันจันทร์ไปวันอาทิตย์ เช่น mon-fri"
        case (.backwardsDayRange(let d), .en): return "“\(entry)”: the day range “\(d)” runs backwards; write it Monday first, e.g. mon-fri."
        case (.dayListedTwice(let d), .th): return "“\(entry)”: วัน \(d) ถูกกำหนดไว้มากกว่าหนึ่งครั้ง ให้รวมช่วงเวลาไว้ในรายการเดียว เช่น \(d) 08:00-12:00, 13:00-16:00"
        case (.dayListedTwice(let d), .en): return "“\(entry)”: \(d) is listed more than once; put all its windows in one entry, e.g. \(d) 08:00-12:00, 13:00-16:00."
        case (.missingHours, .th): return "“\(entry)”: ไม่ได้ระบุเวลา ให้เขียนเช่น 08:00-18:30 หรือ closed"
        case (.missingHours, .en): return "“\(entry)”: no hours given; write e.g. 08:00-18:30, or closed."
        case (.badTime(let t), .th): return "“\(entry)”: “\(t)” ไม่ใช่ช่วงเวลา ให้เขียนเป็น HH:MM-HH:MM เช่น 08:00-18:30"
        case (.badTime(let t), .en): return "“\(entry)”: “\(t)” is not a time range; write HH:MM-HH:MM, e.g. 08:00-18:30."
        case (.closesBeforeOpening(let t), .th): return "“\(entry)”: ช่วง “\(t)” เวลาปิดต้องหลังเวลาเปิดในวันเดียวกัน"
        case (.closesBeforeOpening(let t), .en): return "“\(entry)”: in “\(t)” the closing time must be after the opening time on the same day."
        case (.overlapping, .th): return "“\(entry)”: ช่วงเวลาในวันเดียวกันซ้อนทับกัน"
        case (.overlapping, .en): return "“\(entry)”: windows on the same day overlap."
        }
    }
}
