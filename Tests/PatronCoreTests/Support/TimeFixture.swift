import Foundation
@testable import PatronCore

/// The days and instants every core test fixture writes as text; a fixture gets them by conforming.
protocol TimeFixture {}

extension TimeFixture {
    static func day(_ iso: String) -> CivilDate {
        guard let d = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
        return d
    }

    /// An instant given as Bangkok wall-clock text `YYYY-MM-DDTHH:MM:SS`, parsed independently of `BangkokTime`.
    static func bangkok(_ text: String) -> Date {
        let f = ISO8601DateFormatter()
        guard let d = f.date(from: text + "+07:00") else { fatalError("bad test instant \(text)") }
        return d
    }
}
