import Fluent
import PatronCore
import Vapor

/// The forfeiture page: preview the deposits past their deadline, propose a batch, and let a
/// second head approve it (or cancel it).
struct ForfeituresController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let forfeitures = routes.grouped(RequirePermission(.forfeitDeposits))
        forfeitures.get(.forfeitures, use: index)
        forfeitures.post(.forfeitures, use: propose)
        forfeitures.get(.forfeiture, use: show)
        forfeitures.post(.forfeitureApprove, use: approve)
        forfeitures.post(.forfeitureCancel, use: cancel)
    }

    @Sendable func index(req: Request) async throws -> ForfeituresPage {
        let asOf = try req.queryDay(req.query[String.self, at: "asOf"]) ?? req.clock.today
        let planned = try await Forfeitures(db: req.db).plan(asOf: asOf)
        let batches = try await ForfeitureBatch.query(on: req.db).sort(\.$createdAt, .descending).range(..<50).all()
        return ForfeituresPage(chrome: req.pageChrome(title: req.t("forfeit_title")), asOf: asOf, planned: planned, batches: batches,
                               mask: req.personalDataMask)
    }

    struct ProposeForm: Content {
        var asOf: String
    }

    @Sendable func propose(req: Request) async throws -> Response {
        let form = try req.content.decode(ProposeForm.self)
        let asOf = try req.formDay(form.asOf)
        guard asOf <= req.clock.today else { throw Abort(.unprocessableEntity, reason: req.t("error_forfeit_future")) }
        do {
            let batch = try await Forfeitures(db: req.db).propose(asOf: asOf, by: try req.staffRef)
            req.setNotice(req.t("notice_forfeit_proposed"))
            return req.redirect(to: .forfeiture(try batch.requireID()))
        } catch let refusal as DepositRefusal {
            throw Abort(.unprocessableEntity, reason: refusal.messages(req.language).joined(separator: " "))
        }
    }

    @Sendable func show(req: Request) async throws -> ForfeitureBatchPage {
        let batch = try await findBatch(req)
        let items = try await ForfeitureItem.query(on: req.db).filter(\.$batch.$id == batch.requireID()).with(\.$deposit).all()
        let members = try await DepositHistories.members(ids: Set(items.map(\.deposit.$member.id)), on: req.db)
        return ForfeitureBatchPage(chrome: req.pageChrome(title: req.t("forfeit_batch_title")), batch: batch, items: items, members: members,
                                   mask: req.personalDataMask, viewer: req.auth.get(StaffUser.self)?.username)
    }

    struct ConfirmForm: Content {
        /// `yes` from the confirmation page; without it nothing changes and the page asks.
        var confirm: String?
    }

    /// Approving moves money: the first POST shows what will happen (deposits, members, baht) and
    /// asks again; only the POST with `confirm=yes` approves.
    @Sendable func approve(req: Request) async throws -> Response {
        let batch = try await findBatch(req)
        let staff = try req.staff
        let form = try req.content.decode(ConfirmForm.self)
        guard form.confirm == "yes" else {
            guard batch.status == .proposed else { return req.redirect(to: .forfeiture(try batch.requireID())) }
            if let refusal = Forfeitures.approvalRefusal(batch, by: try req.staffRef, role: staff.role) {
                throw Abort(.unprocessableEntity, reason: refusal.messages(req.language).joined(separator: " "))
            }
            let items = try await ForfeitureItem.query(on: req.db).filter(\.$batch.$id == batch.requireID()).with(\.$deposit).all()
            let members = try await DepositHistories.members(ids: Set(items.map(\.deposit.$member.id)), on: req.db)
            return ForfeitureConfirmPage(chrome: req.pageChrome(title: req.t("forfeit_confirm_title")), batch: batch, items: items,
                                         members: members, mask: req.personalDataMask).response()
        }
        do {
            let approval = try await Forfeitures(db: req.db).approve(batch, by: try req.staffRef, role: staff.role, at: req.clock.now())
            req.setNotice(approval.alreadyApproved ? req.t("notice_forfeit_already")
                          : "\(req.t("notice_forfeit_done")) \(approval.forfeited) · \(approval.total.formatted(.plain)) \(req.t("baht"))"
                            + (approval.skipped > 0 ? " · \(req.t("notice_forfeit_skipped")) \(approval.skipped)" : ""))
        } catch let refusal as DepositRefusal {
            throw Abort(.unprocessableEntity, reason: refusal.messages(req.language).joined(separator: " "))
        }
        return req.redirect(to: .forfeiture(try batch.requireID()))
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let batch = try await findBatch(req)
        try await Forfeitures(db: req.db).cancel(batch)
        return req.redirect(to: .forfeiture(try batch.requireID()))
    }

    private func findBatch(_ req: Request) async throws -> ForfeitureBatch {
        guard let id = req.parameters.get("batchID", as: UUID.self), let batch = try await ForfeitureBatch.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return batch
    }
}
