import Fluent
import PatronCore
import Vapor

/// Staff pages for the member registry: list, view, create, edit, documents on file.
struct MembersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let members = routes.grouped("members")
        members.get(use: index)
        members.get(":memberID", use: show)
        members.grouped(RequirePermission(.viewMemberPersonalData)).get(":memberID", "documents", ":documentID", "scan", use: scan)
        let editors = members.grouped(RequirePermission(.editMembers))
        editors.get("new", use: new)
        editors.post(use: create)
        editors.get(":memberID", "edit", use: edit)
        editors.post(":memberID", use: update)
        editors.post(":memberID", "documents", use: addDocument)
        editors.post(":memberID", "reminders", use: setReminders)
    }

    @Sendable func index(req: Request) async throws -> View {
        let filter = try req.query.decode(MemberFilter.self)
        let page = try await MemberQuery.search(filter, today: req.clock.today, mask: req.personalDataMask, on: req.db)
        return try await req.view.render("members/index", MembersIndexContext(req, filter: filter, page: page))
    }

    @Sendable func show(req: Request) async throws -> View {
        let member = try await findMember(req)
        let documents = try await member.$documents.query(on: req.db).sort(\.$datedOn, .descending).all()
        let deposits = try await Deposit.query(on: req.db).filter(\.$member.$id == member.requireID()).sort(\.$receivedOn).all()
        try await req.audit(.memberRead, subject: member.cardNumber,
                            details: req.personalDataMask.showsPersonalData ? "full record" : "masked record")
        return try await req.view.render("members/show", MemberShowContext(req, member: member, documents: documents, deposits: deposits))
    }

    @Sendable func new(req: Request) async throws -> View {
        try await req.view.render("members/form", MemberFormContext(req, form: .blank(today: req.clock.today), memberID: nil))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let form = try req.content.decode(MemberForm.self)
        switch form.draft() {
        case .invalid(let problems):
            return try await renderForm(req, form: form, memberID: nil, problems: problems)
        case .valid(let draft):
            do {
                let member = try await MemberStore.create(draft, on: req.db)
                try await req.audit(.memberCreate, subject: draft.cardNumber)
                if draft.consent != ChannelConsent() {
                    try await req.audit(.consentChange, subject: draft.cardNumber, details: MemberChangeDetails.consent(from: ChannelConsent(), to: draft.consent))
                }
                req.setNotice(req.t("notice_member_created"))
                return req.redirect(to: "/members/\(try member.requireID().uuidString)")
            } catch let problem as MemberProblem {
                return try await renderForm(req, form: form, memberID: nil, problems: [problem])
            }
        }
    }

    @Sendable func edit(req: Request) async throws -> View {
        let member = try await findMember(req)
        return try await req.view.render("members/form", MemberFormContext(req, form: MemberForm(member.draft), memberID: member.id))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let member = try await findMember(req)
        let form = try req.content.decode(MemberForm.self)
        switch form.draft() {
        case .invalid(let problems):
            return try await renderForm(req, form: form, memberID: member.id, problems: problems)
        case .valid(let draft):
            do {
                let before = member.draft
                try await MemberStore.update(member, to: draft, on: req.db)
                try await req.audit(.memberUpdate, subject: draft.cardNumber, details: MemberChangeDetails.fields(from: before, to: draft))
                if before.consent != draft.consent {
                    try await req.audit(.consentChange, subject: draft.cardNumber, details: MemberChangeDetails.consent(from: before.consent, to: draft.consent))
                }
                req.setNotice(req.t("notice_member_saved"))
                return req.redirect(to: "/members/\(try member.requireID().uuidString)")
            } catch let problem as MemberProblem {
                return try await renderForm(req, form: form, memberID: member.id, problems: [problem])
            }
        }
    }

    struct DocumentForm: Content {
        var name: String
        var kind: String
        var datedOn: String
    }

    @Sendable func addDocument(req: Request) async throws -> Response {
        let member = try await findMember(req)
        let form = try req.content.decode(DocumentForm.self)
        let name = form.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw Abort(.badRequest, reason: req.t("error_document_name")) }
        guard let kind = MemberDocument.Kind(rawValue: form.kind) else { throw Abort(.badRequest, reason: req.t("error_document_kind")) }
        guard let dated = CivilDate(lenient: form.datedOn) else { throw Abort(.badRequest, reason: req.t("error_document_date")) }
        let document = MemberDocument(memberID: try member.requireID(), name: name, kind: kind, datedOn: dated,
                                      recordedBy: try req.staff.username)
        try await document.save(on: req.db)
        try await req.audit(.memberDocument, subject: member.cardNumber, details: "kind=\(kind.rawValue)")
        req.setNotice(req.t("notice_document_added"))
        return req.redirect(to: "/members/\(try member.requireID().uuidString)")
    }

    struct RemindersForm: Content {
        var optOut: Bool
    }

    /// The member asked (at the counter, by phone) to stop or resume reminders on every channel.
    @Sendable func setReminders(req: Request) async throws -> Response {
        let member = try await findMember(req)
        member.remindersOptOut = try req.content.decode(RemindersForm.self).optOut
        try await member.update(on: req.db)
        try await req.audit(.memberReminders, subject: member.cardNumber, details: "opt-out=\(member.remindersOptOut)")
        req.setNotice(req.t("notice_member_saved"))
        return req.redirect(to: "/members/\(try member.requireID().uuidString)")
    }

    /// The uploaded scan of a document, served only to roles that may see personal data.
    @Sendable func scan(req: Request) async throws -> Response {
        let member = try await findMember(req)
        guard let id = req.parameters.get("documentID", as: UUID.self), let document = try await MemberDocument.find(id, on: req.db),
              document.$member.id == member.id, let stored = document.storedFile else {
            throw Abort(.notFound)
        }
        try await req.audit(.memberRead, subject: member.cardNumber, details: "document=\(document.kind.rawValue) scan")
        return try await req.storedUploadResponse(at: ScanStore(directory: req.config.uploadsDirectory).path(of: stored), storedName: stored)
    }

    private func findMember(_ req: Request) async throws -> Member {
        guard let id = req.parameters.get("memberID", as: UUID.self),
              let member = try await Member.find(id, on: req.db) else {
            throw Abort(.notFound, reason: req.t("error_member_not_found"))
        }
        return member
    }

    private func renderForm(_ req: Request, form: MemberForm, memberID: UUID?, problems: [MemberProblem]) async throws -> Response {
        let view = try await req.view.render("members/form", MemberFormContext(req, form: form.clippedToLimits(), memberID: memberID, problems: problems))
        let response = try await view.encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }
}
