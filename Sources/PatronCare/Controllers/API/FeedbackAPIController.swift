import Fluent
import PatronCore
import Vapor

/// The public feedback API (no sign-in; registered outside the staff API group):
/// `GET /api/v1/feedback/form-token` (the form token, which every POST must carry in
/// `X-CSRF-Token` with the `patroncare_form` cookie set by that answer), `POST /api/v1/feedback` (intake, the same checks and
/// rate limit as the web form) and `GET /api/v1/feedback/{reference}` (the public status).
struct FeedbackAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.apiFeedbackFormToken, use: formToken)
        routes.post(.apiFeedback, use: create)
        routes.get(.apiFeedbackStatus, use: status)
    }

    struct FormToken: Content {
        let csrfToken: String
    }

    @Sendable func formToken(req: Request) async throws -> FormToken {
        FormToken(csrfToken: req.csrfToken)
    }

    /// The JSON body: the form's fields (`FeedbackFields`) and, at the same level, the API's own.
    struct Submission: Decodable {
        var fields: FeedbackFields
        var consentToContact: Bool?
        var anonymous: Bool?
        var website: String?
        var language: String?

        private enum CodingKeys: String, CodingKey { case consentToContact, anonymous, website, language }

        init(from decoder: any Decoder) throws {
            fields = try FeedbackFields(from: decoder)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            consentToContact = try container.decodeIfPresent(Bool.self, forKey: .consentToContact)
            anonymous = try container.decodeIfPresent(Bool.self, forKey: .anonymous)
            website = try container.decodeIfPresent(String.self, forKey: .website)
            language = try container.decodeIfPresent(String.self, forKey: .language)
        }
    }

    struct Created: Content {
        let reference: String
        let status: String
        let statusURL: String
    }

    struct Problems: Content {
        let error: Bool
        let reason: String
        let problems: [String]
    }

    @Sendable func create(req: Request) async throws -> Response {
        let body = try req.content.decode(Submission.self)
        if let language = body.language.flatMap(Language.init(rawValue:)) { req.language = language }
        let submission = FeedbackSubmission(fields: body.fields, consent: body.consentToContact ?? false, anonymous: body.anonymous ?? false)
        switch try await FeedbackIntakeFlow.check(req, submission: submission, channel: .api, honeypot: body.website, file: nil) {
        case .refused(let problems, let status):
            let response = try await Problems(error: true, reason: problems.joined(separator: " "), problems: problems).encodeResponse(for: req)
            response.status = status
            return response
        case .accepted(let intake, _):
            let item = try await FeedbackIntakeFlow.store(req).receive(intake, attachment: nil, uploadsDirectory: FeedbackIntakeFlow.uploads(req),
                                                                       by: .submitter, at: req.clock.now())
            let response = try await Created(reference: item.reference, status: item.status.rawValue,
                                             statusURL: SiteRoute.feedbackStatus(ref: item.reference).href).encodeResponse(for: req)
            response.status = .created
            return response
        }
    }

    /// What the public may know: no names, contacts, notes or staff; the outcome only when published.
    struct PublicStatus: Content {
        let reference: String
        let kind: String
        let service: String
        let receivedOn: CivilDate
        let status: String
        let statusName: String
        let outcome: String?
        let publishedOn: CivilDate?
    }

    @Sendable func status(req: Request) async throws -> PublicStatus {
        let text = req.parameters.get("reference") ?? ""
        switch try await FeedbackLookup.publicLookup(text, on: req) {
        case .failure(let refusal):
            throw Abort(refusal.status, reason: refusal.message)
        case .success(let item):
            return PublicStatus(reference: item.reference, kind: item.kind.rawValue, service: item.service.rawValue,
                                receivedOn: BangkokTime.day(of: item.receivedAt), status: item.status.rawValue,
                                statusName: item.status.name(req.language), outcome: item.outcomePublished ? item.outcome : nil,
                                publishedOn: item.publishedAt.map { BangkokTime.day(of: $0) })
        }
    }
}
