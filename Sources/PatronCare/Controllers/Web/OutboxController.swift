import Fluent
import PatronCore
import Vapor

/// Staff pages for the outbox: what was sent, what failed and why, resending, and the postcard
/// print batches.
struct OutboxController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let outbox = routes.grouped(RequirePermission(.manageOutbox))
        outbox.get(.outbox, use: index)
        outbox.get(.outboxMessage, use: show)
        outbox.post(.outboxResend, use: resend)
        outbox.post(.postcards, use: gatherPostcards)
        outbox.get(.postcardBatch, use: postcardSheet)
        outbox.post(.postcardBatchPrinted, use: markPrinted)
        outbox.get(.returnedPostcards, use: returnedForm)
        outbox.post(.returnedPostcards, use: recordReturned)
    }

    struct Filter: Content {
        var status: String?
        var channel: String?
    }

    @Sendable func index(req: Request) async throws -> View {
        let filter = try req.query.decode(Filter.self)
        let language = req.language
        let overview = try await OutboxStats.overview(status: filter.status.flatMap(OutboxMessage.Status.init(rawValue:)),
                                                      channel: filter.channel.flatMap(ContactChannel.init(rawValue:)), on: req.db)
        let counts = OutboxMessage.Status.allCases.map { status in
            OutboxIndexContext.Count(status: status.rawValue, name: req.t("outbox_status_\(status.rawValue)"),
                                     count: overview.countsByStatus[status] ?? 0, href: SiteRoute.outbox(.init(["status": status.rawValue])).href)
        }
        let queuedPostcards = overview.queuedPostcards
        let deliverer = Deliverer(app: req.application)
        let unconfigured = [ContactChannel.email, .sms, .line].filter { !deliverer.sendableChannels.contains($0) }.map { $0.name(language) }
        let batches = overview.batches.map { batch in
            PostcardBatchRow(href: SiteRoute.href(batch.id) { .postcardBatch($0) }, createdAt: batch.createdAt.map { DateDisplay.short(BangkokTime($0).day, language) } ?? "",
                             cards: batch.cardCount, printedAt: batch.printedAt.map { DateDisplay.short(BangkokTime($0).day, language) } ?? "")
        }
        let context = OutboxIndexContext(
            layout: LayoutContext(req, title: req.t("outbox_title")), counts: counts,
            rows: overview.messages.map { OutboxRow($0, req) },
            statuses: OutboxMessage.Status.allCases.map { SelectOption(value: $0.rawValue, label: req.t("outbox_status_\($0.rawValue)"), selected: $0.rawValue == filter.status) },
            channels: ContactChannel.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == filter.channel) },
            filterStatus: filter.status ?? "", filterChannel: filter.channel ?? "", queuedPostcards: queuedPostcards,
            unconfiguredChannels: unconfigured, batches: batches)
        return try await req.view.render("outbox/index", context)
    }

    @Sendable func show(req: Request) async throws -> View {
        let message = try await findMessage(req)
        let language = req.language
        let attempts = try await OutboxAttempt.query(on: req.db).filter(\.$message.$id == message.requireID()).sort(\.$attemptedAt).all()
        let personal = req.can(.viewMemberPersonalData)
        let context = OutboxMessageContext(
            layout: LayoutContext(req, title: req.t("outbox_message_title")), row: OutboxRow(message, req),
            address: personal ? message.address : "", body: personal ? MessageRedaction.forStaff(message.body) : "", providerMessageID: message.providerMessageID,
            nextAttemptAt: { let local = BangkokTime(message.nextAttemptAt); return "\(DateDisplay.short(local.day, language)) \(local.clock)" }(),
            attempts: attempts.map { attempt in
                let local = BangkokTime(attempt.attemptedAt)
                return .init(at: "\(DateDisplay.short(local.day, language)) \(local.clock)", channel: attempt.channel.name(language),
                             address: personal ? attempt.address : "", result: req.t("outbox_result_\(attempt.result)"), detail: attempt.detail)
            },
            canResend: message.status == .failed || message.status == .dead,
            smsPreview: message.channel == .sms ? SMSSegments(message.body).preview(language) : nil)
        return try await req.view.render("outbox/show", context)
    }

    /// A failed or dead message goes back to the queue on the same channel, attempts counted afresh.
    @Sendable func resend(req: Request) async throws -> Response {
        let message = try await findMessage(req)
        let id = try message.requireID()
        guard message.status == .failed || message.status == .dead else { throw Abort(.unprocessableEntity, reason: req.t("error_outbox_not_failed")) }
        guard !message.address.isEmpty else { throw Abort(.unprocessableEntity, reason: req.t("error_outbox_no_address")) }
        let now = req.clock.now()
        let staff = try req.staff.username
        try await req.db.transaction { db in
            try await OutboxMessage.query(on: db).filter(\.$id == id).filter(\.$status ~~ [.failed, .dead])
                .set(\.$status, to: .queued).set(\.$attempts, to: 0).set(\.$nextAttemptAt, to: now).update()
            try await OutboxAttempt(messageID: id, at: now, channel: message.channel, address: message.address, result: "resend",
                                    detail: "queued again by \(staff)").create(on: db)
        }
        req.setNotice(req.t("notice_outbox_resent"))
        return req.redirect(to: .outboxMessage(id))
    }

    // MARK: Postcards

    /// Gathers every queued postcard into a new batch (in one statement, so two clicks cannot put
    /// a card into two batches) and opens its print sheet.
    @Sendable func gatherPostcards(req: Request) async throws -> Response {
        let staff = try req.staff.username
        let batch = try await req.db.transaction { db -> PostcardBatch in
            let batch = PostcardBatch()
            batch.createdBy = staff
            batch.cardCount = 0
            try await batch.create(on: db)
            let batchID = try batch.requireID()
            try await OutboxMessage.query(on: db).filter(\.$channel == .postcard).filter(\.$status == .queued)
                .filter(\.$postcardBatchID == nil)
                .set(\.$postcardBatchID, to: batchID).set(\.$status, to: .sending).update()
            batch.cardCount = try await OutboxMessage.query(on: db).filter(\.$postcardBatchID == batchID).count()
            try await batch.update(on: db)
            return batch
        }
        guard batch.cardCount > 0 else {
            try await batch.delete(on: req.db)
            req.setNotice(req.t("notice_no_postcards"))
            return req.redirect(to: .outbox())
        }
        return req.redirect(to: .postcardBatch(try batch.requireID()))
    }

    @Sendable func postcardSheet(req: Request) async throws -> View {
        let batch = try await findBatch(req)
        let messages = try await OutboxMessage.query(on: req.db).filter(\.$postcardBatchID == batch.requireID()).sort(\.$recipientName).all()
        let language = req.language
        let memberIDs = Array(Set(messages.compactMap(\.memberID)))
        var cardNumbers: [UUID: String] = [:]
        for part in memberIDs.chunked(500) {
            for member in try await Member.query(on: req.db).filter(\.$id ~~ Array(part)).field(\.$id).field(\.$cardNumber).all() {
                if let id = member.id { cardNumbers[id] = member.cardNumber }
            }
        }
        let cards = messages.map { message -> PostcardSheetContext.Card in
            var lines = message.address.split(separator: "\n").map(String.init)
            let postcode = lines.last.flatMap { $0.count == 5 && $0.allSatisfy(\.isNumber) ? $0 : nil } ?? ""
            if !postcode.isEmpty { lines.removeLast() }
            let card = message.memberID.flatMap { cardNumbers[$0] } ?? ""
            return .init(addressLines: lines, postcode: postcode, body: message.body, cardNumber: card,
                         barcode: (try? Code128(card)).map(BarcodeDrawing.init))
        }
        let context = PostcardSheetContext(language: language.rawValue, t: req.application.strings.table(language),
                                           printedAction: SiteRoute.href(batch.id) { .postcardBatchPrinted($0) }, cards: cards, printed: batch.printedAt != nil,
                                           csrf: req.csrfToken, senderLines: req.t("postcard_sender").components(separatedBy: "\n"))
        return try await req.view.render("outbox/postcards", context)
    }

    /// Staff confirm the sheet came out of the printer: its cards become `printed`.
    @Sendable func markPrinted(req: Request) async throws -> Response {
        let batch = try await findBatch(req)
        let batchID = try batch.requireID()
        let now = req.clock.now()
        let staff = try req.staff.username
        try await req.db.transaction { db in
            let messages = try await OutboxMessage.query(on: db).filter(\.$postcardBatchID == batchID).filter(\.$status == .sending).all()
            for message in messages {
                message.status = .printed
                message.sentAt = now
                message.attempts += 1
                try await message.update(on: db)
                try await OutboxAttempt(messageID: try message.requireID(), at: now, channel: .postcard, address: message.address,
                                        result: "printed", detail: "batch \(batchID) printed by \(staff)").create(on: db)
            }
            if batch.printedAt == nil {
                batch.printedAt = now
                batch.printedBy = staff
                try await batch.update(on: db)
            }
        }
        req.setNotice(req.t("notice_postcards_printed"))
        return req.redirect(to: .outbox())
    }

    // MARK: Returned postcards

    @Sendable func returnedForm(req: Request) async throws -> View {
        try await req.view.render("outbox/returned", try await ReturnedPostcardsContext.load(req, result: nil))
    }

    struct ReturnedForm: Content {
        var cardNumber: String
    }

    /// A clerk scans (or types) the barcode of a postcard that came back: the address is marked
    /// undeliverable, the postcard `failed`, and the member's next channel queued.
    @Sendable func recordReturned(req: Request) async throws -> Response {
        let card = try req.content.decode(ReturnedForm.self).cardNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try await ReturnedPostcards(db: req.db, config: req.config)
            .record(cardNumber: card, by: try req.staff.username, now: req.clock.now(), today: req.clock.today)
        let view = try await req.view.render("outbox/returned", try await ReturnedPostcardsContext.load(req, result: result))
        let response = try await view.encodeResponse(for: req)
        if case .refused = result { response.status = .unprocessableEntity }
        return response
    }

    private func findMessage(_ req: Request) async throws -> OutboxMessage {
        guard let id = req.parameters.get("messageID", as: UUID.self), let message = try await OutboxMessage.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return message
    }

    private func findBatch(_ req: Request) async throws -> PostcardBatch {
        guard let id = req.parameters.get("batchID", as: UUID.self), let batch = try await PostcardBatch.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return batch
    }
}
