import Fluent
import Foundation
import PatronCore

/// A day off an administrator keeps (*Admin → Holidays*, or `holidays import`): the cabinet's
/// announced holidays and substitution days beyond the built-in years, and the library's own closures.
/// Added to the built-in calendar, never replacing it (`HolidayBook`).
final class StoredHoliday: Model, @unchecked Sendable {
    static let schema = "holidays"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    /// `YYYY-MM-DD`; unique together with `name_th` (a day may hold two holidays).
    @Field(key: "day") var day: String
    @Field(key: "name_th") var nameTh: String
    @Field(key: "name_en") var nameEn: String
    /// `HolidayKind`'s code: `public`, `substitution`, `closure`.
    @Field(key: "kind") var kind: String
    /// The staff member (display name) or the command that recorded it.
    @Field(key: "recorded_by") var recordedBy: String

    init() {}

    init(_ holiday: Holiday, recordedBy: String) {
        day = holiday.date.iso
        nameTh = holiday.nameTh
        nameEn = holiday.nameEn
        kind = holiday.kind.rawValue
        self.recordedBy = recordedBy
    }

    /// The core's value; nil for a row whose day is not a date (never written by the app).
    var holiday: Holiday? {
        CivilDate(iso: day).map { Holiday($0, th: nameTh, en: nameEn, kind: HolidayKind(rawValue: kind) ?? .publicHoliday) }
    }
}
