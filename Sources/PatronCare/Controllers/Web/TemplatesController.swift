import Fluent
import PatronCore
import Vapor

/// The reminder templates: one per policy kind, channel and language, with a preview for a chosen
/// member and the SMS length shown. A template is checked when it is saved (an unknown placeholder
/// is named with its line and column), never when it is sent.
struct TemplatesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let templates = routes.grouped(RequirePermission(.editTemplates))
        templates.get(.templates, use: index)
        templates.get(.template, use: edit)
        templates.post(.template, use: save)
        templates.post(.templateReset, use: reset)
    }

    struct Form: Content {
        var subject: String?
        var body: String
        /// `preview`: show the typed text rendered (and kept in the form), save nothing.
        var intent: String?
        /// The member whose values the preview uses (empty: sample values).
        var card: String?
    }

    @Sendable func index(req: Request) async throws -> TemplatesIndexPage {
        let book = try await TemplateBook.load(on: req.db)
        return TemplatesIndexPage(chrome: req.pageChrome(title: req.t("templates_title")), isCustomised: book.isCustomised)
    }

    @Sendable func edit(req: Request) async throws -> TemplateEditPage {
        let (kind, channel, language) = try key(req)
        let book = try await TemplateBook.load(on: req.db)
        let subject: String
        let body: String
        if let record = try await record(kind, channel, language, on: req.db) {
            (subject, body) = (record.subject, record.body)
        } else {
            let source = DefaultTemplates.source(kind: kind, channel: channel, language: language)
            (subject, body) = (source.subject ?? "", source.body)
        }
        return try await render(req, kind, channel, language, subject: subject, body: body, errors: [],
                                template: book.template(kind, channel, language), customised: book.isCustomised(kind, channel, language))
    }

    @Sendable func save(req: Request) async throws -> Response {
        let (kind, channel, language) = try key(req)
        let form = try req.content.decode(Form.self)
        do {
            // Parsing is the check: an unknown placeholder or a missing refund-steps link throws here.
            let typed = try MessageTemplate(channel: channel, language: language, subject: channel == .email ? form.subject : nil, body: form.body)
            if form.intent == "preview" {
                // The typed text stays in the form and is what the preview renders; nothing is saved.
                let book = try await TemplateBook.load(on: req.db)
                return try await render(req, kind, channel, language, subject: form.subject ?? "", body: form.body, errors: [],
                                        template: typed, customised: book.isCustomised(kind, channel, language), card: form.card ?? "",
                                        previewOfTyped: true).response()
            }
            let record = try await record(kind, channel, language, on: req.db) ?? MessageTemplateRecord()
            record.kind = kind
            record.channel = channel
            record.language = language
            record.subject = channel == .email ? (form.subject ?? "") : ""
            record.body = form.body
            record.updatedBy = try req.staff.username
            try await record.save(on: req.db)
            try await req.audit(.templateSave, subject: "\(kind.rawValue)/\(channel.rawValue)/\(language.rawValue)")
            req.setNotice(req.t("notice_template_saved"))
            return req.redirect(to: .template(kind: kind.rawValue, channel: channel.rawValue, language: language.rawValue))
        } catch let error as TemplateError {
            let book = try await TemplateBook.load(on: req.db)
            let page = try await render(req, kind, channel, language, subject: form.subject ?? "", body: form.body,
                                        errors: error.problems.map { $0.message(req.language) },
                                        template: book.template(kind, channel, language),
                                        customised: book.isCustomised(kind, channel, language), card: form.card)
            return page.response(status: .unprocessableEntity)
        }
    }

    @Sendable func reset(req: Request) async throws -> Response {
        let (kind, channel, language) = try key(req)
        try await record(kind, channel, language, on: req.db)?.delete(on: req.db)
        try await req.audit(.templateSave, subject: "\(kind.rawValue)/\(channel.rawValue)/\(language.rawValue)", details: "reset to default")
        req.setNotice(req.t("notice_template_reset"))
        return req.redirect(to: .template(kind: kind.rawValue, channel: channel.rawValue, language: language.rawValue))
    }

    private func render(_ req: Request, _ kind: ReminderKind, _ channel: ContactChannel, _ language: Language, subject: String,
                        body: String, errors: [String], template: MessageTemplate, customised: Bool, card typedCard: String? = nil,
                        previewOfTyped: Bool = false) async throws -> TemplateEditPage {
        let card = (typedCard ?? req.query[String.self, at: "card"] ?? "").trimmingCharacters(in: .whitespaces)
        var values = TemplateValues.sample(refundStepsURL: req.config.channels.refundStepsURL, counterHours: req.config.counterHours,
                                           depositPolicy: req.config.depositPolicy)
        var note: String? = req.t("templates_preview_sample")
        if !card.isEmpty {
            if let member = try await Member.query(on: req.db).filter(\.$cardNumber == card).first() {
                let deposits = try await Deposit.query(on: req.db).filter(\.$member.$id == member.requireID()).filter(\.$balanceSatang > 0).all()
                values = TemplateValues(member: member.draft, depositAmount: Satang(deposits.reduce(0) { $0 + $1.balanceSatang }),
                                        claimDeadline: deposits.map(\.lastClaimDate).min(), refundStepsURL: req.config.channels.refundStepsURL,
                                        counterHours: req.config.counterHours, depositPolicy: req.config.depositPolicy)
                note = nil
            } else {
                note = "\(req.t("templates_preview_no_member")) \(card)"
            }
        }
        let rendered = ReminderRenderer(config: req.config).render(template, values: values)
        return TemplateEditPage(chrome: req.pageChrome(title: req.t("templates_title")), kind: kind, channel: channel, language: language,
                                subject: subject, body: body, errors: errors, customised: customised, previewCard: card,
                                preview: rendered, previewNote: note, previewOfTyped: previewOfTyped)
    }

    private func key(_ req: Request) throws -> (ReminderKind, ContactChannel, Language) {
        guard let kind = req.parameters.get("kind").flatMap(ReminderKind.init(rawValue:)),
              let channel = req.parameters.get("channel").flatMap(ContactChannel.init(rawValue:)),
              let language = req.parameters.get("language").flatMap(Language.init(rawValue:)) else { throw Abort(.notFound) }
        return (kind, channel, language)
    }

    private func record(_ kind: ReminderKind, _ channel: ContactChannel, _ language: Language, on db: any Database) async throws -> MessageTemplateRecord? {
        try await MessageTemplateRecord.query(on: db).filter(\.$kind == kind).filter(\.$channel == channel).filter(\.$language == language).first()
    }
}
