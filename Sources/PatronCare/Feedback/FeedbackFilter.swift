import Foundation
import Vapor

/// Filters of the staff list, from the query string, and as they are put back in links.
struct FeedbackFilter: Content, Equatable {
    /// `open` (default), `all`, or a status.
    var status: String?
    var kind: String?
    var track: String?
    var overdue: String?
    var q: String?
    /// `1`: only finished items whose outcome is still to be published (the start page's item).
    var toPublish: String?
    /// A page's position (`Keyset.Cursor` tokens): the items after or before that row.
    var after: String?
    var before: String?
    /// `csv`: every item the filters find, as a file.
    var format: String?

    /// Query-string pairs for links that keep the filters (position excluded).
    var queryItems: [URLQueryItem] {
        [("status", status), ("kind", kind), ("track", track), ("overdue", overdue), ("q", q), ("toPublish", toPublish)]
            .compactMap { name, value in
                guard let value, !value.isEmpty else { return nil }
                return URLQueryItem(name: name, value: value)
            }
    }
}
