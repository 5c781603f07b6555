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

    @Sendable func form(req: Request) async throws -> FeedbackFormPage {
        formPage(req, form: FeedbackFormValues())
    }

    private func formPage(_ req: Request, form: FeedbackFormValues, errors: [String] = []) -> FeedbackFormPage {
        FeedbackFormPage(chrome: req.pageChrome(title: req.t("feedback_form_title")), form: form, errors: errors,
                         maxAttachmentBytes: req.config.complaints.maxAttachmentBytes)
    }

    struct PublicForm: Content {
        var attachment: File?
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let values = try req.content.decode(FeedbackFormValues.self)
        let honeypot = try? req.content.get(String.self, at: Honeypot.fieldName)
        let file = (try? req.content.decode(PublicForm.self))?.attachment
        switch try await FeedbackIntakeFlow.check(req, submission: values.submission, channel: .webForm, honeypot: honeypot, file: file) {
        case .refused(let errors, let status):
            return formPage(req, form: values, errors: errors).response(status: status)
        case .accepted(let intake, let attachment):
            let item = try await FeedbackIntakeFlow.store(req).receive(intake, attachment: attachment, uploadsDirectory: FeedbackIntakeFlow.uploads(req),
                                                                       by: .submitter, at: req.clock.now())
            return req.redirect(to: .feedbackThanks(reference: item.reference))
        }
    }

    @Sendable func thanks(req: Request) async throws -> FeedbackThanksPage {
        guard case .success(let reference) = ReferenceNumber.parse(req.parameters.get("reference") ?? "") else {
            throw Abort(.notFound, reason: req.t("feedback_status_unknown"))
        }
        // The reference alone says nothing of the person; the item gives the kind and track of the promise.
        let item = try await FeedbackItem.query(on: req.db).filter(\.$reference == reference.description).first()
        var expected: ReplyExpectation?
        if let item { expected = try await Self.expectedReply(item, req) }
        return FeedbackThanksPage(chrome: req.pageChrome(title: req.t("feedback_thanks_title")), reference: reference,
                                  expected: expected, anonymous: item?.anonymous ?? false)
    }

    @Sendable func status(req: Request) async throws -> Response {
        let query = (try? req.query.get(String.self, at: "ref")) ?? ""
        let chrome = req.pageChrome(title: req.t("feedback_status_title"))
        guard nonEmpty(query) != nil else {
            return FeedbackStatusPage(chrome: chrome, query: "").response()
        }
        switch try await FeedbackLookup.publicLookup(query, on: req) {
        case .failure(let refusal):
            return FeedbackStatusPage(chrome: chrome, query: query, error: refusal.message).response(status: refusal.status)
        case .success(let item):
            let log = try await FeedbackLogRecord.query(on: req.db).filter(\.$item.$id == item.requireID()).sort(\.$seq).all()
            return FeedbackStatusPage(chrome: chrome, query: query, item: item, log: log,
                                      expected: try await Self.expectedReply(item, req)).response()
        }
    }

    /// When the person may expect an answer: the core's rule over the track targets, the meeting days and the calendar in force.
    static func expectedReply(_ item: FeedbackItem, _ req: Request) async throws -> ReplyExpectation? {
        try await FeedbackIntakeFlow.store(req).dueDates()
            .expectedReply(kind: item.kind, track: item.complaintTrack, status: item.status, receivedAt: item.receivedAt)
    }

    @Sendable func announcements(req: Request) async throws -> FeedbackAnnouncementsPage {
        let items = try await FeedbackItem.query(on: req.db).filter(\.$outcomePublished == true).sort(\.$publishedAt, .descending).limit(200).all()
        return FeedbackAnnouncementsPage(chrome: req.pageChrome(title: req.t("feedback_announcements_title")), items: items)
    }

    // MARK: Follow-up survey

    @Sendable func surveyForm(req: Request) async throws -> Response {
        let raw = req.parameters.get("token") ?? ""
        let language = req.language
        let chrome = surveyChrome(req)
        guard let token = FollowUpToken(parsing: raw),
              let survey = try await FollowUpSurveyRecord.query(on: req.db).filter(\.$tokenHash == token.hashed).with(\.$item).first() else {
            return FeedbackSurveyPage(chrome: chrome, token: raw, message: FollowUpProblem.invalidToken.message(language)).response(status: .notFound)
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
        return FeedbackSurveyPage(chrome: chrome, token: token.text, reference: survey.item.reference, message: message).response()
    }

    struct SurveyForm: Content {
        var score: String?
        var comment: String?
    }

    @Sendable func surveyAnswer(req: Request) async throws -> Response {
        let raw = req.parameters.get("token") ?? ""
        let form = try req.content.decode(SurveyForm.self)
        let store = try await FeedbackIntakeFlow.store(req)
        let score = form.score.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let chrome = surveyChrome(req)
        switch try await store.answerSurvey(token: raw, score: form.score == nil ? nil : (score ?? 0), comment: form.comment, at: req.clock.now()) {
        case .success:
            return FeedbackSurveyPage(chrome: chrome, token: raw, message: req.t("feedback_survey_thanks")).response()
        case .failure(let problem):
            let message = problem.message(req.language)
            switch problem {
            case .scoreMissing, .scoreOutOfRange, .comment:
                return FeedbackSurveyPage(chrome: chrome, token: raw, error: message, score: score, comment: form.comment ?? "")
                    .response(status: .unprocessableEntity)
            case .alreadyAnswered:
                return FeedbackSurveyPage(chrome: chrome, token: raw, message: message).response(status: .conflict)
            case .invalidToken:
                return FeedbackSurveyPage(chrome: chrome, token: raw, message: message).response(status: .notFound)
            case .expired, .notYetOpen:
                return FeedbackSurveyPage(chrome: chrome, token: raw, message: message).response(status: .gone)
            }
        }
    }

    private func surveyChrome(_ req: Request) -> PageChrome {
        req.pageChrome(title: req.t("feedback_survey_title"))
    }
}
