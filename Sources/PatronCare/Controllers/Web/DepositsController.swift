import Fluent
import PatronCore
import Vapor

/// Counter pages for deposit money: take a deposit, print its receipt, pay a refund, record a
/// refund request, correct an entry. Every money-moving form carries an idempotency key.
struct DepositsController: RouteCollection {
    /// The largest refund form with a scan of the proxy letter.
    var scanUploadBytes: Int

    func boot(routes: any RoutesBuilder) throws {
        let counter = routes.grouped(RequirePermission(.handleDeposits))
        counter.post(.memberDeposits, use: receive)
        counter.get(.depositRefund, use: refundForm)
        counter.upload(.depositRefund, maxBytes: scanUploadBytes, use: refund)
        counter.post(.depositRefundRequests, use: recordRequest)
        routes.get(.deposit, use: show)
        routes.get(.depositReceipt, use: receipt)
        routes.get(.refundSlip, use: refundSlip)
        routes.grouped(RequirePermission(.correctLedger)).post(.depositCorrections, use: correct)
    }

    // MARK: Pages

    @Sendable func show(req: Request) async throws -> DepositShowPage {
        let deposit = try await findDeposit(req)
        let member = try await deposit.$member.get(on: req.db)
        let entries = try await LedgerEntryRecord.query(on: req.db).filter(\.$deposit.$id == deposit.requireID()).sort(\.$recordedAt).all()
        let open = try await RefundRequestRecord.query(on: req.db).filter(\.$deposit.$id == deposit.requireID()).filter(\.$status == .open).count()
        return DepositShowPage(chrome: req.pageChrome(title: "\(req.t("deposit_title")) \(deposit.receiptNumber)"), deposit: deposit,
                               member: member, entries: entries, openRequests: open, today: req.clock.today,
                               mask: req.personalDataMask, cipher: req.config.dataCipher,
                               permissions: .init(handleDeposits: req.can(.handleDeposits), correctLedger: req.can(.correctLedger)),
                               refundBlockers: try await refundBlockers(req, deposit: deposit, member: member),
                               idempotencyKey: UUID().uuidString)
    }

    /// Why a refund of this deposit cannot be paid now, by the reader, in the reader's language
    /// (the core's `RefundEligibility.blockers`, the same checks the POST makes); empty: offer it.
    private func refundBlockers(_ req: Request, deposit: Deposit, member: Member) async throws -> [String] {
        let situation = RefundSituation(membershipExpiry: member.draft.expiresOn, memberStatus: member.status,
                                        lastClaimDay: deposit.lastClaimDate)
        return RefundEligibility.blockers(situation, at: req.clock.now(), counterHours: req.config.counterHours,
                                          holidays: try await req.holidays(), readerRole: try req.staff.role)
            .map { $0.message(req.language) }
    }

    @Sendable func refundSlip(req: Request) async throws -> RefundSlipDocument {
        let deposit = try await findDeposit(req)
        guard let entryID = req.parameters.get("entryID", as: UUID.self) else { throw Abort(.notFound) }
        let entries = try await LedgerEntryRecord.query(on: req.db).filter(\.$deposit.$id == deposit.requireID()).sort(\.$recordedAt).all()
        guard let refund = entries.first(where: { $0.id == entryID && $0.kind == .refunded }) else {
            throw Abort(.notFound, reason: req.t("error_refund_not_found"))
        }
        let member = try await deposit.$member.get(on: req.db)
        return RefundSlipDocument(words: req.words, deposit: deposit, member: member, refund: refund, entries: entries,
                                  mask: req.personalDataMask, cipher: req.config.dataCipher,
                                  thermal: req.query[String.self, at: "paper"] == "thermal", publicAddress: req.publicAddress,
                                  notice: req.takeNotice())
    }

    @Sendable func receipt(req: Request) async throws -> ReceiptDocument {
        let deposit = try await findDeposit(req)
        let member = try await deposit.$member.get(on: req.db)
        let received = try await LedgerEntryRecord.query(on: req.db).filter(\.$deposit.$id == deposit.requireID())
            .filter(\.$kind == .received).first()
        let deadlineChanges = try await ClaimDeadlines.history(ofDeposit: deposit.requireID(), on: req.db)
        return ReceiptDocument(words: req.words, deposit: deposit, member: member, receivedEntry: received,
                               deadlineChanges: deadlineChanges, mask: req.personalDataMask,
                               thermal: req.query[String.self, at: "paper"] == "thermal")
    }

    @Sendable func refundForm(req: Request) async throws -> RefundPage {
        let deposit = try await findDeposit(req)
        let member = try await deposit.$member.get(on: req.db)
        var form = RefundForm()
        form.counter = req.config.counterName
        form.collector = "member"
        form.documents = try await documentsOnFile(member, req: req)
        return try await refundPage(req, deposit: deposit, member: member, form: form, errors: [], idempotencyKey: UUID().uuidString)
    }

    // MARK: Money

    struct ReceiveForm: Content {
        var amount: String
        var paymentMethod: String
        var counter: String?
        var note: String?
        /// A second deposit's reason (a head's form); the core's `DepositIntake` decides whether one is needed.
        var reason: String?
        var idempotencyKey: String
    }

    /// Takes a deposit when the core's `DepositIntake` allows it for this member and reader; refused,
    /// the member's page comes back (422) with the reason and the form as it was typed, nothing written.
    @Sendable func receive(req: Request) async throws -> Response {
        guard let id = req.parameters.get("memberID", as: UUID.self), let member = try await Member.find(id, on: req.db) else {
            throw Abort(.notFound, reason: req.t("error_member_not_found"))
        }
        let form = try req.content.decode(ReceiveForm.self)
        let key = try idempotencyKey(form.idempotencyKey, req)
        func refuse(_ errors: [String]) async throws -> Response {
            let typed = MemberShowPage.DepositForm.Typed(amount: form.amount, paymentMethod: form.paymentMethod,
                                                          counter: form.counter ?? "", reason: form.reason ?? "")
            return try await MembersController.page(req, member: member, typed: typed, errors: errors, idempotencyKey: key)
                .response(status: .unprocessableEntity)
        }
        let amount: Satang
        do {
            amount = try Satang.parse(baht: form.amount)
        } catch {
            return try await refuse([error.message(req.language)])
        }
        guard let method = PaymentMethod(code: form.paymentMethod) else { return try await refuse([req.t("error_payment_method")]) }
        let store = DepositStore(db: req.db, policy: req.config.depositPolicy, cipher: req.config.dataCipher)
        do {
            let staff = try req.staff
            let write = try await store.receive(member: member, amount: amount, paymentMethod: method,
                                                counter: nonEmpty(form.counter) ?? req.config.counterName, note: form.note ?? "",
                                                secondDepositReason: form.reason ?? "", by: try req.staffRef, role: staff.role,
                                                at: req.clock.now(), idempotencyKey: key)
            return req.redirect(to: .depositReceipt(try write.deposit.requireID()))
        } catch let refusal as DepositRefusal {
            return try await refuse(refusal.messages(req.language))
        }
    }

    @Sendable func refund(req: Request) async throws -> Response {
        let deposit = try await findDeposit(req)
        let member = try await deposit.$member.get(on: req.db)
        let form = try req.content.decode(RefundForm.self)
        let key = try idempotencyKey(form.idempotencyKey, req)
        let scanSent = (form.proxyLetterScan?.data.readableBytes ?? 0) > 0
        func refuse(_ errors: [String]) async throws -> Response {
            try await refundPage(req, deposit: deposit, member: member, form: form, errors: errors, idempotencyKey: key, scanDropped: scanSent)
                .response(status: .unprocessableEntity)
        }
        var input: DepositStore.RefundInput
        switch try refundInput(form, req: req) {
        case .invalid(let errors): return try await refuse(errors)
        case .valid(let checked): input = checked
        }
        let scans = ScanStore(directory: req.config.uploadsDirectory)
        var scanBytes: [UInt8]?
        var scanKind = ""
        if let file = form.proxyLetterScan, file.data.readableBytes > 0 {
            let bytes = Array(buffer: file.data)
            do { scanKind = try ScanStore.check(bytes) } catch { return try await refuse([error.message(req.language)]) }
            scanBytes = bytes
        }
        if let scanBytes { input.proxyLetterScan = try scans.save(scanBytes, kind: scanKind) }
        let store = DepositStore(db: req.db, policy: req.config.depositPolicy, cipher: req.config.dataCipher)
        do {
            let write = try await store.refund(deposit, input, counterHours: req.config.counterHours, holidays: try await req.holidays(),
                                               by: try req.staffRef, at: req.clock.now(), idempotencyKey: key)
            if write.replayed, let stored = input.proxyLetterScan { try? FileManager.default.removeItem(atPath: scans.path(of: stored)) }
            if !write.replayed && (!input.documentsTicked.isEmpty || input.proxyLetterScan != nil) {
                // The refund filed documents on the member's record: a change to the member.
                try await req.audit(.memberDocument, subject: member.cardNumber,
                                    details: "refund documents=\(input.documentsTicked.sorted().joined(separator: ","))"
                                        + (input.proxyLetterScan == nil ? "" : " proxy-letter scan"))
            }
            req.setNotice(req.t(write.replayed ? "notice_refund_already_paid" : "notice_refund_paid"))
            // Straight to the slip the member or proxy signs (also for a replay: the slip of the refund paid).
            return req.redirect(to: .refundSlip(try write.deposit.requireID(), entry: try write.entry.requireID()))
        } catch {
            if let stored = input.proxyLetterScan { try? FileManager.default.removeItem(atPath: scans.path(of: stored)) }
            guard let refusal = error as? DepositRefusal else { throw error }
            return try await refuse(refusal.messages(req.language))
        }
    }

    struct RequestForm: Content {
        var note: String?
        var requestedVia: String?
    }

    @Sendable func recordRequest(req: Request) async throws -> Response {
        let deposit = try await findDeposit(req)
        let form = try req.content.decode(RequestForm.self)
        if let tooLong = TextTooLong.check(form.note ?? "", maximum: FieldLimits.moneyNote, th: "หมายเหตุ", en: "The note") {
            throw Abort(.unprocessableEntity, reason: tooLong.message(req.language))
        }
        let open = try await RefundRequestRecord.query(on: req.db).filter(\.$deposit.$id == deposit.requireID()).filter(\.$status == .open).count()
        if open == 0 && deposit.balanceSatang > 0 {
            try await RefundRequestRecord(depositID: try deposit.requireID(), memberID: deposit.$member.id,
                                          requestedVia: nonEmpty(form.requestedVia) ?? "counter", note: form.note ?? "",
                                          recordedBy: try req.staff.username).create(on: req.db)
        }
        req.setNotice(req.t("notice_refund_request_recorded"))
        return req.redirect(to: .deposit(try deposit.requireID()))
    }

    struct CorrectionForm: Content {
        var entryID: UUID
        var amount: String
        var direction: String
        var reason: String
        var idempotencyKey: String
    }

    @Sendable func correct(req: Request) async throws -> Response {
        let deposit = try await findDeposit(req)
        let form = try req.content.decode(CorrectionForm.self)
        guard let target = try await LedgerEntryRecord.find(form.entryID, on: req.db), target.$deposit.id == deposit.id else {
            throw Abort(.notFound)
        }
        let magnitude: Satang
        do {
            magnitude = try Satang.parse(baht: form.amount)
        } catch {
            throw Abort(.unprocessableEntity, reason: error.message(req.language))
        }
        let effect = form.direction == "decrease" ? Satang(-magnitude.value) : magnitude
        let store = DepositStore(db: req.db, policy: req.config.depositPolicy, cipher: req.config.dataCipher)
        do {
            _ = try await store.correct(target, balanceEffect: effect, reason: form.reason, by: try req.staffRef, at: req.clock.now(),
                                        idempotencyKey: try idempotencyKey(form.idempotencyKey, req))
        } catch let refusal as DepositRefusal {
            throw Abort(.unprocessableEntity, reason: refusal.messages(req.language).joined(separator: " "))
        }
        req.setNotice(req.t("notice_correction_recorded"))
        return req.redirect(to: .deposit(try deposit.requireID()))
    }

    // MARK: Helpers

    private func refundPage(_ req: Request, deposit: Deposit, member: Member, form: RefundForm, errors: [String],
                            idempotencyKey: String, scanDropped: Bool = false) async throws -> RefundPage {
        RefundPage(chrome: req.pageChrome(title: req.t("refund_title")), deposit: deposit, member: member, form: form, errors: errors,
                   blockers: try await refundBlockers(req, deposit: deposit, member: member), scanDropped: scanDropped,
                   idempotencyKey: idempotencyKey, today: req.clock.today, mask: req.personalDataMask,
                   policy: req.config.depositPolicy, counterHours: req.config.counterHours, canOverride: req.can(.overrideClaimDeadline))
    }

    private enum CheckedRefund {
        case valid(DepositStore.RefundInput)
        case invalid([String])
    }

    private func refundInput(_ form: RefundForm, req: Request) throws -> CheckedRefund {
        let language = req.language
        var errors: [String] = []
        var amount: Satang?
        if let text = nonEmpty(form.amount) {
            do { amount = try Satang.parse(baht: text) } catch { errors.append(error.message(language)) }
        }
        let method = PaymentMethod(code: form.paymentMethod ?? "")
        if method == nil { errors.append(req.t("error_payment_method")) }
        var collector = RefundCollector.member
        let proxyTyped = [form.proxyName, form.proxyIDNumber, form.proxyLetterDate].contains { nonEmpty($0) != nil }
            || (form.proxyLetterScan?.data.readableBytes ?? 0) > 0
        if form.collector != "proxy" && proxyTyped {
            // Typed for a proxy but "the member collects" chosen: ask, rather than drop what was typed.
            errors.append(req.t("error_refund_proxy_not_chosen"))
        }
        if form.collector == "proxy" {
            var letterDate: CivilDate?
            if let text = nonEmpty(form.proxyLetterDate) {
                letterDate = CivilDate(lenient: text)
                if letterDate == nil { errors.append(req.t("error_proxy_letter_date")) }
            }
            collector = .proxy(ProxyDetails(name: form.proxyName ?? "", idNumber: form.proxyIDNumber ?? "", letterDate: letterDate))
        }
        var override: DeadlineOverride?
        if let reason = nonEmpty(form.overrideReason) {
            let staff = try req.staff
            override = DeadlineOverride(by: try req.staffRef, role: staff.role, reason: reason)
        }
        guard errors.isEmpty, let method else { return .invalid(errors) }
        return .valid(DepositStore.RefundInput(
            amount: amount, paymentMethod: method, counter: nonEmpty(form.counter) ?? req.config.counterName, note: form.note ?? "",
            documentsTicked: Set(form.documents ?? []), collector: collector, deadlineOverride: override))
    }

    /// Documents already on the member's file pre-tick the checklist.
    private func documentsOnFile(_ member: Member, req: Request) async throws -> [String] {
        try await member.$documents.query(on: req.db).all().map(\.kind.refundDocumentCode)
    }

    private func idempotencyKey(_ text: String?, _ req: Request) throws -> String {
        guard let text, let uuid = UUID(uuidString: text) else { throw Abort(.badRequest, reason: req.t("error_idempotency_key")) }
        return uuid.uuidString
    }

    private func findDeposit(_ req: Request) async throws -> Deposit {
        guard let id = req.parameters.get("depositID", as: UUID.self), let deposit = try await Deposit.find(id, on: req.db) else {
            throw Abort(.notFound, reason: req.t("error_deposit_not_found"))
        }
        return deposit
    }
}
