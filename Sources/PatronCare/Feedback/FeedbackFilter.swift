import Vapor

/// Filters of the staff list, from the query string.
struct FeedbackFilter: Content {
    /// `open` (default), `all`, or a status.
    var status: String?
    var kind: String?
    var track: String?
    var overdue: String?
    var q: String?
}
