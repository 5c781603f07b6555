import Fluent
import PatronCore
import Vapor

/// Staff pages for the member registry: list, view, create, edit, documents on file.
struct MembersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.members, use: index)
        routes.get(.member, use: show)
        routes.grouped(RequirePermission(.viewMemberPersonalData)).get(.memberDocumentScan, use: scan)
        let editors = routes.grouped(RequirePermission(.editMembers))
        editors.get(.memberNew, use: new)
        editors.post(.members, use: create)
        editors.get(.memberEdit, use: edit)
        editors.post(.member, use: update)
        editors.post(.memberDocuments, use: addDocument)
        editors.post(.memberReminders, use: setReminders)
        editors.post(.memberConsent, use: setConsent)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let filter = try req.query.decode(MemberFilter.self)
        _ = try req.queryDay(filter.expiresFrom)
        _ = try req.queryDay(filter.expiresTo)
        let today = req.clock.today
        if filter.format == "csv" { return try await export(req, filter: filter, today: today) }
        let result = try await MemberQuery.search(filter, today: today, mask: req.personalDataMask, on: req.db)
        return MembersIndexPage(chrome: req.pageChrome(title: req.t("members_title")), filter: filter, result: result,
                                today: today, mask: req.personalDataMask, canEdit: req.can(.editMembers)).response()
    }

    /// The list's members as CSV: the page's filters and order, each member through `MemberView` with the
    /// reader's mask (a committee member's file has initials and no contacts, as their page), read and
    /// written 1,000 at a time; recorded in the access log with the filters and the count first.
    private func export(_ req: Request, filter: MemberFilter, today: CivilDate) async throws -> Response {
        let mask = req.personalDataMask
        let language = req.language
        let count = try await MemberQuery.count(filter, today: today, mask: mask, on: req.db)
        let db = req.db
        return try await req.auditedCSVStream(
            filename: "members-\(today.iso).csv", report: "members", rows: count,
            filters: ["q": filter.q, "segment": filter.segment, "type": filter.type, "status": filter.status,
                      "expiresFrom": filter.expiresFrom, "expiresTo": filter.expiresTo, "expiringWithin": filter.expiringWithin,
                      "refundRequest": filter.refundRequest],
            header: MemberExportRow.header.map { req.t($0) }
        ) { sink in
            try await MemberQuery.forEach(filter, today: today, mask: mask, on: db) { members in
                try await sink.write(members.map { MemberExportRow($0.draft, language: language, today: today, mask: mask).fields })
            }
        }
    }

    @Sendable func show(req: Request) async throws -> MemberShowPage {
        guard let id = req.parameters.get("memberID", as: UUID.self), let member = try await MemberQuery.forDisplay(id: id, on: req.db) else {
            throw Abort(.notFound, reason: req.t("error_member_not_found"))
        }
        return try await Self.page(req, member: member)
    }

    /// The member's page; `typed` and `errors` show a refused deposit form again as it was sent
    /// (`DepositsController.receive`), with the same idempotency key.
    static func page(_ req: Request, member: Member, typed: MemberShowPage.DepositForm.Typed? = nil, errors: [String] = [],
                     idempotencyKey: String = UUID().uuidString) async throws -> MemberShowPage {
        let memberID = try member.requireID()
        let documents = try await MemberDocument.query(on: req.db).filter(\.$member.$id == memberID).sort(\.$datedOn, .descending).all()
        let deposits = try await Deposit.query(on: req.db).filter(\.$member.$id == memberID).sort(\.$receivedOn).all()
        try await req.audit(.memberRead, subject: member.cardNumber,
                            details: req.personalDataMask.showsPersonalData ? "full record" : "masked record")
        let contactHistory = try await ContactPreferencesStore.history(of: memberID, on: req.db)
        let deadlineChanges = try await ClaimDeadlines.history(ofMember: memberID, on: req.db)
        let role = try req.staff.role
        let offer = DepositIntake.offer(policy: req.config.depositPolicy, membershipType: member.draft.membershipType,
                                        memberStatus: member.status, expiresOn: member.draft.expiresOn,
                                        held: deposits.map { DepositIntake.Held(receiptNumber: $0.receiptNumber, balance: $0.balance) },
                                        today: req.clock.today)
        return MemberShowPage(
            chrome: req.pageChrome(title: "\(req.t("member_title")) \(member.cardNumber)"), member: member, documents: documents,
            deposits: deposits, contactHistory: contactHistory, deadlineChanges: deadlineChanges,
            today: req.clock.today, mask: req.personalDataMask,
            permissions: .init(canEdit: req.can(.editMembers), canTakeDeposit: req.can(.handleDeposits)),
            depositForm: .init(offer: offer, maySecond: DepositIntake.mayTakeSecond(role), counterName: req.config.counterName,
                               idempotencyKey: idempotencyKey, typed: typed, errors: errors))
    }

    @Sendable func new(req: Request) async throws -> MemberFormPage {
        formPage(req, form: .blank(today: req.clock.today), memberID: nil)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let form = try req.content.decode(MemberForm.self)
        switch form.draft() {
        case .invalid(let problems):
            return try await renderForm(req, form: form, memberID: nil, problems: problems)
        case .valid(let draft):
            do {
                let member = try await MemberStore.create(draft, recordedBy: try req.staff.username, at: req.clock.now(), on: req.db)
                try await req.audit(.memberCreate, subject: draft.cardNumber)
                if draft.consent != ChannelConsent() {
                    try await req.audit(.consentChange, subject: draft.cardNumber, details: MemberChangeDetails.consent(from: ChannelConsent(), to: draft.consent))
                }
                req.setNotice(req.t("notice_member_created"))
                return req.redirect(to: .member(try member.requireID()))
            } catch let problem as MemberProblem {
                return try await renderForm(req, form: form, memberID: nil, problems: [problem])
            }
        }
    }

    @Sendable func edit(req: Request) async throws -> MemberFormPage {
        let member = try await findMember(req)
        return formPage(req, form: MemberForm(member.draft), memberID: member.id)
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
                try await MemberStore.update(member, to: draft, recordedBy: try req.staff.username, at: req.clock.now(), on: req.db)
                try await req.audit(.memberUpdate, subject: draft.cardNumber, details: MemberChangeDetails.fields(from: before, to: draft))
                if before.consent != draft.consent {
                    try await req.audit(.consentChange, subject: draft.cardNumber, details: MemberChangeDetails.consent(from: before.consent, to: draft.consent))
                }
                req.setNotice(req.t("notice_member_saved"))
                return req.redirect(to: .member(try member.requireID()))
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
        let dated = try req.formDay(form.datedOn)
        let document = MemberDocument(memberID: try member.requireID(), name: name, kind: kind, datedOn: dated,
                                      recordedBy: try req.staff.username)
        try await document.save(on: req.db)
        try await req.audit(.memberDocument, subject: member.cardNumber, details: "kind=\(kind.rawValue)")
        req.setNotice(req.t("notice_document_added"))
        return req.redirect(to: .member(try member.requireID()))
    }

    struct RemindersForm: Content {
        var optOut: Bool
        /// A channel's raw value; absent or `all` for every channel.
        var channel: String?
        var via: String?
    }

    /// The member asked (at the counter, on the portal, by reply) to stop or resume reminders on one
    /// channel or on every channel; the change is kept as a history row.
    @Sendable func setReminders(req: Request) async throws -> Response {
        let member = try await findMember(req)
        let form = try req.content.decode(RemindersForm.self)
        let change = try contactChange(req, kind: form.optOut ? .optedOut : .optedIn, channel: form.channel, via: form.via)
        return try await record(change, for: member, req)
    }

    struct ConsentForm: Content {
        var given: Bool
        var channel: String
        var via: String?
    }

    /// Consent for surveys and announcements on one channel, given or withdrawn.
    @Sendable func setConsent(req: Request) async throws -> Response {
        let member = try await findMember(req)
        let form = try req.content.decode(ConsentForm.self)
        let change = try contactChange(req, kind: form.given ? .consentGiven : .consentWithdrawn, channel: form.channel, via: form.via)
        return try await record(change, for: member, req)
    }

    private func contactChange(_ req: Request, kind: ContactPreferenceChange.Kind, channel: String?, via: String?) throws -> ContactPreferenceChange {
        var parsedChannel: ContactChannel?
        if let channel, channel != ContactPreferenceChangeRecord.allChannels, !channel.isEmpty {
            guard let known = ContactChannel(rawValue: channel) else { throw Abort(.badRequest, reason: req.t("error_contact_channel")) }
            parsedChannel = known
        }
        guard let how = ContactPreferenceChange.Via(rawValue: via ?? "counter") else { throw Abort(.badRequest, reason: req.t("error_contact_via")) }
        return ContactPreferenceChange(kind: kind, channel: parsedChannel, via: how)
    }

    private func record(_ change: ContactPreferenceChange, for member: Member, _ req: Request) async throws -> Response {
        do {
            try await ContactPreferencesStore.record(change, for: member, by: try req.staff.username, at: req.clock.now(), on: req.db)
        } catch let problem as ContactPreferenceChange.Problem {
            throw Abort(.unprocessableEntity, reason: problem.message(req.language))
        }
        let consent = change.kind == .consentGiven || change.kind == .consentWithdrawn
        try await req.audit(consent ? .consentChange : .memberReminders, subject: member.cardNumber,
                            details: "\(change.kind.rawValue) \(change.channel?.rawValue ?? "all") via \(change.via.rawValue)")
        req.setNotice(req.t("notice_member_saved"))
        return req.redirect(to: .member(try member.requireID()))
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

    private func formPage(_ req: Request, form: MemberForm, memberID: UUID?, problems: [MemberProblem] = []) -> MemberFormPage {
        MemberFormPage(chrome: req.pageChrome(title: req.t(memberID == nil ? "member_new_title" : "member_edit_title")),
                       form: form, memberID: memberID, problems: problems)
    }

    /// The form again with its problems, answered 422.
    private func renderForm(_ req: Request, form: MemberForm, memberID: UUID?, problems: [MemberProblem]) async throws -> Response {
        formPage(req, form: form.clippedToLimits(), memberID: memberID, problems: problems).response(status: .unprocessableEntity)
    }
}
