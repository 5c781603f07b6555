import Fluent
import Foundation
import PatronCore
import Vapor

/// The holiday calendar in force, and the one writer of the days an administrator keeps.
///
/// The calendar is the installation's built-in days (`config.builtInHolidays`: the Thai public
/// holidays the code carries, or `PATRONCARE_HOLIDAYS_FILE`) plus every row of `holidays`, as one
/// core `HolidayCalendar`. Every working-day count of the app — complaint targets and escalation,
/// counter hours for refunds, the days the refund-steps page lists — reads it through here:
/// `req.holidays()` (read once per request) or `app.holidays()` (once per command or job run).
enum HolidayBook {
    static func calendar(builtIn: HolidayCalendar, on db: any Database) async throws -> HolidayCalendar {
        builtIn.merging(HolidayCalendar(try await StoredHoliday.query(on: db).all().compactMap(\.holiday)))
    }

    /// The stored rows of one Gregorian year, in date order.
    static func stored(year: Int, on db: any Database) async throws -> [StoredHoliday] {
        try await StoredHoliday.query(on: db)
            .filter(\.$day >= CivilDate(year: year, month: 1, day: 1)!.iso)
            .filter(\.$day <= CivilDate(year: year, month: 12, day: 31)!.iso)
            .sort(\.$day).sort(\.$nameTh).all()
    }

    /// The years that have stored rows (for the year links of the page).
    static func storedYears(on db: any Database) async throws -> Set<Int> {
        Set(try await StoredHoliday.query(on: db).all(\.$day).compactMap { CivilDate(iso: $0)?.year })
    }

    enum Outcome: Equatable {
        case added
        /// The same day and Thai name was already kept; its English name and kind are now these.
        case updated
        case unchanged
    }

    /// Keeps one day (a day and Thai name already kept gets the new English name and kind).
    @discardableResult
    static func add(_ holiday: Holiday, by recordedBy: String, on db: any Database) async throws -> Outcome {
        try await db.transaction { db in try await write(holiday, by: recordedBy, on: db) }
    }

    private static func write(_ holiday: Holiday, by recordedBy: String, on db: any Database) async throws -> Outcome {
        if let existing = try await StoredHoliday.query(on: db)
            .filter(\.$day == holiday.date.iso).filter(\.$nameTh == holiday.nameTh).first() {
            guard existing.nameEn != holiday.nameEn || existing.kind != holiday.kind.rawValue else { return .unchanged }
            existing.nameEn = holiday.nameEn
            existing.kind = holiday.kind.rawValue
            try await existing.update(on: db)
            return .updated
        }
        try await StoredHoliday(holiday, recordedBy: recordedBy).create(on: db)
        return .added
    }

    /// Removes a kept day; nil when there is no such row (the built-in days cannot be removed here).
    static func remove(_ id: UUID, on db: any Database) async throws -> Holiday? {
        guard let row = try await StoredHoliday.find(id, on: db) else { return nil }
        try await row.delete(on: db)
        return row.holiday
    }

    struct ImportReport: Equatable {
        var rows = 0
        var added = 0
        var updated = 0
        var unchanged = 0
        /// True when the file had bad rows: nothing was written.
        var refused = false
        var dryRun = false
        /// The years the file covers.
        var years: [Int] = []

        /// `added 23, updated 0, unchanged 0` / `เพิ่ม 23 วัน …`.
        func counts(_ language: Language) -> String {
            language == .th
                ? "เพิ่ม \(added) วัน แก้ไข \(updated) วัน มีอยู่แล้ว \(unchanged) วัน"
                : "added \(added), updated \(updated), unchanged \(unchanged)"
        }
    }

    /// All or nothing: with any bad row nothing is written (`refused`); a dry run writes nothing and
    /// counts what it would do. Importing the same file again changes nothing.
    static func importFile(_ file: HolidayFile, dryRun: Bool, by recordedBy: String, on db: any Database) async throws -> ImportReport {
        var report = ImportReport(rows: file.rows.count + file.rejected.count, dryRun: dryRun,
                                  years: Set(file.holidays.map(\.date.year)).sorted())
        guard file.rejected.isEmpty else {
            report.refused = true
            return report
        }
        if dryRun {
            let existing = try await StoredHoliday.query(on: db).filter(\.$day ~~ file.holidays.map(\.date.iso)).all()
            let byIdentity = Dictionary(existing.map { ("\($0.day) \($0.nameTh)", $0) }, uniquingKeysWith: { first, _ in first })
            for holiday in file.holidays {
                if let row = byIdentity[holiday.identity] {
                    if row.nameEn == holiday.nameEn && row.kind == holiday.kind.rawValue { report.unchanged += 1 } else { report.updated += 1 }
                } else {
                    report.added += 1
                }
            }
            return report
        }
        let outcomes = try await db.transaction { db in
            var outcomes: [Outcome] = []
            for holiday in file.holidays { outcomes.append(try await write(holiday, by: recordedBy, on: db)) }
            return outcomes
        }
        report.added = outcomes.filter { $0 == .added }.count
        report.updated = outcomes.filter { $0 == .updated }.count
        report.unchanged = outcomes.filter { $0 == .unchanged }.count
        return report
    }
}

extension Request {
    private struct HolidaysKey: StorageKey { typealias Value = HolidayCalendar }

    /// The holiday calendar in force (built-in + kept days), read from the database once per request.
    func holidays() async throws -> HolidayCalendar {
        if let cached = storage[HolidaysKey.self] { return cached }
        let calendar = try await HolidayBook.calendar(builtIn: application.config.builtInHolidays, on: db)
        storage[HolidaysKey.self] = calendar
        return calendar
    }
}

extension Request {
    /// Next year (Gregorian) when, from 1 October, the calendar in force has none of its holidays:
    /// the administrator's start page warns with `HolidayCoverage.warning(year:_:)` and links to
    /// `SiteRoute.holidays(year)`. Nil when there is nothing to say.
    func missingHolidayYear() async throws -> Int? {
        HolidayCoverage.missingNextYear(in: try await holidays(), today: clock.today)
    }
}

extension Application {
    /// The holiday calendar in force, read afresh: commands and jobs call it once per run.
    func holidays() async throws -> HolidayCalendar {
        try await HolidayBook.calendar(builtIn: config.builtInHolidays, on: db)
    }
}
