import Fluent
import PatronCore
import Vapor

/// The public side of feedback, no sign-in: the form (anonymous allowed, honeypot, rate limit per
/// address), the thank-you page with the reference number, the status page, the announcements of
/// published outcomes and the follow-up survey by token.
struct FeedbackPublicController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.feedbackForm, use: form)
        routes.upload(.feedbackForm, maxBytes: UploadLimit.feedbackForm, isPublic: true, use: submit)
        routes.get(.feedbackThanks, use: thanks)
        routes.get(.feedbackStatus, use: status)
        routes.get(.feedbackAnnouncements, use: announcements)
        routes.get(.feedbackSurvey, use: surveyForm)
        routes.post(.feedbackSurvey, use: surveyAnswer)
    }

    @Sendable func form(req: Request) async throws -> View {
        try await req.view.render("feedback/form", FeedbackFormContext(req, form: FeedbackFormValues()))
    }

    struct PublicForm: Content {
        var attachment: File?
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let values = try req.content.decode(FeedbackFormValues.self)
        func refuse(_ errors: [String], status: HTTPResponseStatus = .unprocessableEntity) async throws -> Response {
            let response = try await req.view.render("feedback/form", FeedbackFormContext(req, form: values, errors: errors)).encodeResponse(for: req)
            response.status = status
            return response
        }
        let honeypot = try? req.content.get(String.self, at: Honeypot.fieldName)
        let file = (try? req.content.decode(PublicForm.self))?.attachment
        switch try await FeedbackIntakeFlow.check(req, submission: values.submission, channel: .webForm, honeypot: honeypot, file: file) {
        case .refused(let errors, let status):
            return try await refuse(errors, status: status)
        case .accepted(let intake, let attachment):
            let item = try await FeedbackIntakeFlow.store(req).receive(intake, attachment: attachment, uploadsDirectory: FeedbackIntakeFlow.uploads(req),
                                                                       by: .submitter, at: req.clock.now())
            return req.redirect(to: .feedbackThanks(reference: item.reference))
        }
    }

    @Sendable func thanks(req: Request) async throws -> View {
        guard case .success(let reference) = ReferenceNumber.parse(req.parameters.get("reference") ?? "") else {
            throw Abort(.notFound, reason: req.t("feedback_status_unknown"))
        }
        return try await req.view.render("feedback/thanks", FeedbackThanksContext(req, reference: reference))
    }

    @Sendable func status(req: Request) async throws -> Response {
        let query = (try? req.query.get(String.self, at: "ref")) ?? ""
        guard nonEmpty(query) != nil else {
            return try await req.view.render("feedback/status", FeedbackStatusContext(req, query: "", error: nil, item: nil, log: []))
                .encodeResponse(for: req)
        }
        switch try await FeedbackLookup.publicLookup(query, on: req) {
        case .failure(let refusal):
            let response = try await req.view.render("feedback/status", FeedbackStatusContext(req, query: query, error: refusal.message, item: nil, log: []))
                .encodeResponse(for: req)
            response.status = refusal.status
            return response
        case .success(let item):
            let log = try await FeedbackLogRecord.query(on: req.db).filter(\.$item.$id == item.requireID()).sort(\.$seq).all()
            return try await req.view.render("feedback/status", FeedbackStatusContext(req, query: query, error: nil, item: item, log: log))
                .encodeResponse(for: req)
        }
    }

    @Sendable func announcements(req: Request) async throws -> View {
        let items = try await FeedbackItem.query(on: req.db).filter(\.$outcomePublished == true).sort(\.$publishedAt, .descending).limit(200).all()
        return try await req.view.render("feedback/announcements", FeedbackAnnouncementsContext(req, items: items, title: req.t("feedback_announcements_title")))
    }

    // MARK: Follow-up survey

    @Sendable func surveyForm(req: Request) async throws -> Response {
        let raw = req.parameters.get("token") ?? ""
        let language = req.language
        guard let token = FollowUpToken(parsing: raw),
              let survey = try await FollowUpSurveyRecord.query(on: req.db).filter(\.$tokenHash == token.hashed).with(\.$item).first() else {
            return try await surveyPage(req, FeedbackSurveyContext(req, token: raw, reference: "", message: FollowUpProblem.invalidToken.message(language)), .notFound)
        }
        let state = survey.state
        let today = req.clock.today
        var message: String?
        if state.isAnswered {
            message = FollowUpProblem.alreadyAnswered.message(language)
        } else if today < state.sendDay {
            message = FollowUpProblem.notYetOpen.message(language)
        } else if today > req.complaintSettings.followUp.lastAnswerDay(sendDay: state.sendDay) {
            message = FollowUpProblem.expired(lastDay: req.complaintSettings.followUp.lastAnswerDay(sendDay: state.sendDay)).message(language)
        }
        return try await surveyPage(req, FeedbackSurveyContext(req, token: token.text, reference: survey.item.reference, message: message), .ok)
    }

    struct SurveyForm: Content {
        var score: String?
        var comment: String?
    }

    @Sendable func surveyAnswer(req: Request) async throws -> Response {
        let raw = req.parameters.get("token") ?? ""
        let form = try req.content.decode(SurveyForm.self)
        let store = FeedbackIntakeFlow.store(req)
        let score = form.score.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        switch try await store.answerSurvey(token: raw, score: form.score == nil ? nil : (score ?? 0), comment: form.comment, at: req.clock.now()) {
        case .success:
            return try await surveyPage(req, FeedbackSurveyContext(req, token: raw, reference: "", message: req.t("feedback_survey_thanks"), done: true), .ok)
        case .failure(let problem):
            let context: FeedbackSurveyContext
            let status: HTTPResponseStatus
            switch problem {
            case .scoreMissing, .scoreOutOfRange, .comment:
                context = FeedbackSurveyContext(req, token: raw, reference: "", error: problem.message(req.language), score: score, comment: form.comment ?? "")
                status = .unprocessableEntity
            case .alreadyAnswered:
                context = FeedbackSurveyContext(req, token: raw, reference: "", message: problem.message(req.language))
                status = .conflict
            case .invalidToken:
                context = FeedbackSurveyContext(req, token: raw, reference: "", message: problem.message(req.language))
                status = .notFound
            case .expired, .notYetOpen:
                context = FeedbackSurveyContext(req, token: raw, reference: "", message: problem.message(req.language))
                status = .gone
            }
            return try await surveyPage(req, context, status)
        }
    }

    private func surveyPage(_ req: Request, _ context: FeedbackSurveyContext, _ status: HTTPResponseStatus) async throws -> Response {
        let response = try await req.view.render("feedback/survey", context).encodeResponse(for: req)
        response.status = status
        return response
    }
}

/// The checks every public or staff intake passes through, shared by the web form and the API.
enum FeedbackIntakeFlow {
    enum Outcome {
        case accepted(FeedbackIntake, PendingAttachment?)
        case refused([String], HTTPResponseStatus)
    }

    static func store(_ req: Request) -> FeedbackStore {
        FeedbackStore(db: req.db, settings: req.complaintSettings, holidays: req.config.holidays, staffLanguage: req.config.defaultLanguage)
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
                let kind = try AttachmentStore.check(bytes, maximumBytes: req.complaintSettings.maxAttachmentBytes)
                attachment = PendingAttachment(bytes: bytes, kind: kind, originalName: file.filename)
            } catch {
                return .refused([error.message(language)], .unprocessableEntity)
            }
        }
        if throttled {
            let decision = try await DatabaseRateLimiter(db: req.db)
                .attempt(.feedback, key: req.clientKey, rule: req.complaintSettings.rateLimit, at: req.clock.now())
            if let problem = SubmissionProblem.from(decision) {
                return .refused([problem.message(language)], .tooManyRequests)
            }
        }
        return .accepted(intake, attachment)
    }
}

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
