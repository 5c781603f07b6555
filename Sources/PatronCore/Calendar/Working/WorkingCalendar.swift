/// Working days: the working weekdays (Monday–Friday by default) that are not holidays. Drives
/// "within N working days" targets for complaints and escalation across weekends and Thai holidays.
public struct WorkingCalendar: Equatable, Sendable {
    public var holidays: HolidayCalendar
    /// ISO weekdays that are worked (1 = Monday … 7 = Sunday); never empty.
    public let workingWeekdays: Set<Int>

    public init(holidays: HolidayCalendar = .thaiPublicHolidays, workingWeekdays: Set<Int> = [1, 2, 3, 4, 5]) {
        precondition(!workingWeekdays.isEmpty && workingWeekdays.allSatisfy { (1...7).contains($0) },
                     "working weekdays must be a non-empty subset of 1…7")
        self.holidays = holidays
        self.workingWeekdays = workingWeekdays
    }

    public func isWorkingDay(_ day: CivilDate) -> Bool {
        workingWeekdays.contains(day.isoWeekday) && !holidays.isHoliday(day)
    }

    /// The day itself when it is a working day, else the next working day.
    public func workingDay(onOrAfter day: CivilDate) -> CivilDate {
        var d = day
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    public func nextWorkingDay(after day: CivilDate) -> CivilDate { workingDay(onOrAfter: day.adding(days: 1)) }

    public func previousWorkingDay(before day: CivilDate) -> CivilDate {
        var d = day.adding(days: -1)
        while !isWorkingDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// The working day that is `count` working days after `day`, not counting `day` itself:
    /// a complaint received on Friday with a target of 1 working day is due on Monday (or later
    /// if Monday is a holiday). `count == 0` is the "same working day" case: `day` when it is a
    /// working day, else the next one (a complaint received on Saturday to be fixed the same working
    /// day is due Monday). A negative count goes back.
    public func adding(workingDays count: Int, to day: CivilDate) -> CivilDate {
        if count == 0 { return workingDay(onOrAfter: day) }
        var d = day
        var remaining = abs(count)
        let step = count > 0 ? 1 : -1
        while remaining > 0 {
            d = d.adding(days: step)
            if isWorkingDay(d) { remaining -= 1 }
        }
        return d
    }

    /// Working days after `start` up to and including `end` (the days in `(start, end]`); negative
    /// when `end` is before `start` (minus the working days in `(end, start]`). For a working day
    /// `end` after `start`, `adding(workingDays: workingDays(from: start, to: end), to: start) == end`.
    /// "How many working days has this complaint been open" = `workingDays(from: received, to: today)`.
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        if end == start { return 0 }
        if end < start { return -workingDays(from: end, to: start) }
        // Whole weeks first, then the remainder day by day.
        let span = start.days(until: end)
        let weeks = span / 7
        var count = weeks * workingWeekdays.count
        var d = start.adding(days: weeks * 7)
        while d < end {
            d = d.adding(days: 1)
            if workingWeekdays.contains(d.isoWeekday) { count += 1 }
        }
        // Holidays on working weekdays inside (start, end].
        let inside = Set(holidays.holidays(from: start.adding(days: 1), through: end).map(\.date))
        count -= inside.filter { workingWeekdays.contains($0.isoWeekday) }.count
        return count
    }
}
