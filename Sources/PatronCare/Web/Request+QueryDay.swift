import PatronCore
import Vapor

extension Request {
    /// A day from a query parameter (ISO or dd/mm/yyyy, B.E. accepted); nil when empty, 400 when not a day.
    func queryDay(_ text: String?) throws -> CivilDate? {
        guard let text = nonEmpty(text) else { return nil }
        guard let day = CivilDate(lenient: text) else { throw Abort(.badRequest, reason: "\(t("error_bad_date")) “\(text)”") }
        return day
    }
}
