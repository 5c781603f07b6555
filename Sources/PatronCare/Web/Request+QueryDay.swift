import PatronCore
import Vapor

extension Request {
    /// A day from a query parameter or a form field (`dd/mm/yyyy` in either calendar, or ISO;
    /// `DateEntry`); nil when empty, 400 with the reason in the reader's language when not a day.
    func queryDay(_ text: String?) throws -> CivilDate? {
        switch DateEntry.parseOptional(text) {
        case .success(let day): return day
        case .failure(let problem): throw Abort(.badRequest, reason: problem.message(language))
        }
    }

    /// A required day from a form field: the day, or 400 with the reason (nothing is written).
    func formDay(_ text: String?) throws -> CivilDate {
        switch DateEntry.parse(text ?? "") {
        case .success(let day): return day
        case .failure(let problem): throw Abort(.badRequest, reason: problem.message(language))
        }
    }
}
