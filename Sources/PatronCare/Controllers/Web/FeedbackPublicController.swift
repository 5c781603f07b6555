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
        } else if today > req.config.complaints.followUp.lastAnswerDay(sendDay: state.sendDay) {
            message = FollowUpProblem.expired(lastDay: req.config.complaints.followUp.lastAnswerDay(sendDay: state.sendDay)).message(language)
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
