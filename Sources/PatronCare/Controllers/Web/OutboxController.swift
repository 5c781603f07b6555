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

    @Sendable func index(req: Request) async throws -> OutboxIndexPage {
        let filter = try req.query.decode(Filter.self)
        let overview = try await OutboxStats.overview(status: filter.status.flatMap(OutboxMessage.Status.init(rawValue:)),
                                                      channel: filter.channel.flatMap(ContactChannel.init(rawValue:)), on: req.db)
        let deliverer = Deliverer(app: req.application)
        let unconfigured = [ContactChannel.email, .sms, .line].filter { !deliverer.sendableChannels.contains($0) }
        return OutboxIndexPage(chrome: req.pageChrome(title: req.t("outbox_title")), overview: overview, status: filter.status,
                               channel: filter.channel, unconfiguredChannels: unconfigured, mask: req.personalDataMask)
    }

    @Sendable func show(req: Request) async throws -> OutboxMessagePage {
        let message = try await findMessage(req)
        let attempts = try await OutboxAttempt.query(on: req.db).filter(\.$message.$id == message.requireID()).sort(\.$attemptedAt).all()
        return OutboxMessagePage(chrome: req.pageChrome(title: req.t("outbox_message_title")), message: message, attempts: attempts,
                                 mask: req.personalDataMask, showsPersonalData: req.can(.viewMemberPersonalData))
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

    @Sendable func postcardSheet(req: Request) async throws -> PostcardSheetPage {
        let batch = try await findBatch(req)
        let messages = try await OutboxMessage.query(on: req.db).filter(\.$postcardBatchID == batch.requireID()).sort(\.$recipientName).all()
        let memberIDs = Array(Set(messages.compactMap(\.memberID)))
        var cardNumbers: [UUID: String] = [:]
        for part in memberIDs.chunked(500) {
            for member in try await Member.query(on: req.db).filter(\.$id ~~ Array(part)).field(\.$id).field(\.$cardNumber).all() {
                if let id = member.id { cardNumbers[id] = member.cardNumber }
            }
        }
        let cards = messages.map { message in
            PostcardSheetPage.Card(message: message, cardNumber: message.memberID.flatMap { cardNumbers[$0] } ?? "")
        }
        return PostcardSheetPage(words: req.words, csrf: req.csrfToken, batch: batch, cards: cards, publicAddress: req.publicAddress)
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

    @Sendable func returnedForm(req: Request) async throws -> ReturnedPostcardsPage {
        try await returnedPage(req, result: nil)
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
        let page = try await returnedPage(req, result: result)
        if case .refused = result { return page.response(status: .unprocessableEntity) }
        return page.response()
    }

    /// The scan page with the latest 50 returns, and what the scan just recorded did.
    private func returnedPage(_ req: Request, result: ReturnedPostcards.Result?) async throws -> ReturnedPostcardsPage {
        let recent = try await OutboxAttempt.query(on: req.db).filter(\.$result == "returned").sort(\.$attemptedAt, .descending)
            .range(..<50).with(\.$message).all()
        return ReturnedPostcardsPage(chrome: req.pageChrome(title: req.t("returned_title")), result: result, recent: recent,
                                     mask: req.personalDataMask)
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
