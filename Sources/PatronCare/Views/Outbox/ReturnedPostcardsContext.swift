import Fluent
import PatronCore
import Vapor

/// Outbox → Returned postcards: the scan box, what the last scan did, and the latest returns.
struct ReturnedPostcardsContext: Encodable {
    struct Returned: Encodable {
        let at: String
        let recipient: String
        let detail: String
    }

    let layout: LayoutContext
    let resultText: String?
    let resultIsError: Bool
    let recent: [Returned]

    static func load(_ req: Request, result: ReturnedPostcards.Result?) async throws -> ReturnedPostcardsContext {
        let language = req.language
        let mask = req.personalDataMask
        let attempts = try await OutboxAttempt.query(on: req.db).filter(\.$result == "returned").sort(\.$attemptedAt, .descending)
            .range(..<50).with(\.$message).all()
        let recent = attempts.map { attempt in
            let local = BangkokTime(attempt.attemptedAt)
            let name = attempt.message.recipientName
            return Returned(at: "\(DateDisplay.short(local.day, language)) \(local.clock)",
                            recipient: mask.name(name), detail: attempt.detail)
        }
        var text: String?
        var isError = false
        switch result {
        case .none: break
        case .recorded(let card, let next?):
            text = req.t("returned_recorded").replacingOccurrences(of: "{card}", with: card)
                .replacingOccurrences(of: "{channel}", with: next.name(language))
        case .recorded(let card, nil):
            text = req.t("returned_recorded_no_channel").replacingOccurrences(of: "{card}", with: card)
        case .refused(let problem):
            text = problem.message(language)
            isError = true
        }
        return ReturnedPostcardsContext(layout: LayoutContext(req, title: req.t("returned_title")), resultText: text,
                                        resultIsError: isError, recent: recent)
    }
}
