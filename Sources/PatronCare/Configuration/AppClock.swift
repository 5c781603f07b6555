import Foundation
import PatronCore
import Vapor

/// The one source of "now" for handlers and jobs, so tests can pin the date.
struct AppClock: Sendable {
    let now: @Sendable () -> Date

    static let system = AppClock { Date() }

    static func pinned(_ date: Date) -> AppClock { AppClock { date } }

    /// Today's date in Bangkok.
    var today: CivilDate { BangkokTime.day(of: now()) }
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
