import PatronCore
import Vapor

/// The checks every public or staff intake passes through, shared by the web form and the API.
enum FeedbackIntakeFlow {
    enum Outcome {
        case accepted(FeedbackIntake, PendingAttachment?)
        case refused([String], HTTPResponseStatus)
    }

    static func store(_ req: Request) async throws -> FeedbackStore {
        FeedbackStore(db: req.db, settings: req.config.complaints, holidays: try await req.holidays(), staffLanguage: req.config.defaultLanguage)
    }

    static func uploads(_ req: Request) -> String { req.config.uploadsDirectory + "/feedback" }

    /// Public submissions (`throttled`): the honeypot, then the rate limit, then the content.
    /// Nothing is stored when refused.
    static func check(_ req: Request, submission: FeedbackSubmission, channel: IntakeChannel, honeypot: String?, file: File?,
                      throttled: Bool = true) async throws -> Outcome {
        let language = req.language
        if throttled {
            if Honeypot.isTripped(honeypot) {
                req.logger.notice("feedback: honeypot filled in, submission dropped")
                return .refused([SubmissionProblem.rejected.message(language)], .unprocessableEntity)
            }
        }
        let intake: FeedbackIntake
        switch FeedbackIntake.validate(submission, channel: channel, language: language) {
        case .failure(let problems): return .refused(problems.messages, .unprocessableEntity)
        case .success(let checked): intake = checked
        }
        var attachment: PendingAttachment?
        if let file, file.data.readableBytes > 0 {
            let bytes = Array(buffer: file.data)
            do {
                let kind = try AttachmentStore.check(bytes, maximumBytes: req.config.complaints.maxAttachmentBytes)
                attachment = PendingAttachment(bytes: bytes, kind: kind, originalName: file.filename)
            } catch {
                return .refused([error.message(language)], .unprocessableEntity)
            }
        }
        if throttled {
            let decision = try await DatabaseRateLimiter(db: req.db)
                .attempt(.feedback, key: req.clientKey, rule: req.config.complaints.rateLimit, at: req.clock.now())
            if let problem = SubmissionProblem.from(decision) {
                return .refused([problem.message(language)], .tooManyRequests)
            }
        }
        return .accepted(intake, attachment)
    }
}
