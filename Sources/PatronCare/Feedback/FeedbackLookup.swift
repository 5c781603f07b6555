import Fluent
import PatronCore
import Vapor

/// Finds an item by what a person typed on the status page.
enum FeedbackLookup {
    struct Refusal: Error {
        let status: HTTPResponseStatus
        let message: String
    }

    /// The status page's and the API's lookup. Anonymous visitors are rate-limited per address
    /// (`PATRONCARE_STATUS_RATE_LIMIT`) and get one answer for a mistyped and an unknown number
    /// alike, so numbers cannot be enumerated by their check digit; signed-in staff get the detail.
    static func publicLookup(_ text: String, on req: Request) async throws -> Result<FeedbackItem, Refusal> {
        let anonymous = req.auth.get(StaffUser.self) == nil
        if anonymous {
            let decision = try await DatabaseRateLimiter(db: req.db)
                .attempt(.statusLookup, key: req.clientKey, rule: req.config.security.statusLookups, at: req.clock.now())
            if !decision.isAllowed {
                return .failure(Refusal(status: .tooManyRequests, message: req.t("feedback_status_lookup_too_many")))
            }
        }
        switch try await find(text, on: req.db) {
        case .success(let item): return .success(item)
        case .failure(let problem):
            if anonymous { return .failure(Refusal(status: .notFound, message: req.t("feedback_status_lookup_not_found"))) }
            return .failure(Refusal(status: problem.isNotFound ? .notFound : .badRequest, message: problem.message(req.language)))
        }
    }

    static func find(_ text: String, on db: any Database) async throws -> Result<FeedbackItem, ReferenceNumberProblem> {
        switch ReferenceNumber.parse(text) {
        case .failure(let problem): return .failure(problem)
        case .success(let number):
            guard let item = try await FeedbackItem.query(on: db).filter(\.$reference == number.description).first() else {
                return .failure(.notFound(text.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
            return .success(item)
        }
    }
}

extension ReferenceNumberProblem {
    var isNotFound: Bool {
        if case .notFound = self { return true }
        return false
    }
}
