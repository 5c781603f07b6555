import Foundation
import PatronCore
import Vapor

/// The one source of "now" for handlers and jobs, so tests can pin the date.
struct AppClock: Sendable {
    /// Thailand keeps UTC+7 all year, so a fixed offset is the correct Asia/Bangkok conversion.
    static let bangkokOffsetSeconds = 7 * 3600

    let now: @Sendable () -> Date

    static let system = AppClock { Date() }

    static func pinned(_ date: Date) -> AppClock { AppClock { date } }

    /// Today's date in Bangkok.
    var today: CivilDate {
        let seconds = Int(now().timeIntervalSince1970.rounded(.down)) + Self.bangkokOffsetSeconds
        return CivilDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }

    var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    var clock: AppClock { application.clock }
}
