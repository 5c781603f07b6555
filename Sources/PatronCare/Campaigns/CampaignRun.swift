import Fluent
import FluentSQLiteDriver
import Foundation
import PatronCore
import SQLKit

/// The unclaimed-deposit campaign in the app: one SQL select of every expired member holding a
/// deposit balance, the core's `CampaignPlan`, and — on a real run — one transaction that records
/// the campaign (unique by its order key), extends the claim deadlines (append-only history), and
/// queues one outbox notice per member and channel (dedupe key per campaign, member and channel).
/// A crash rolls everything back; a second run of the same order is refused and writes nothing.
struct CampaignRun {
    let db: any Database
    let config: AppConfig

    /// A selected member's name and contacts, for rendering and for the unreachable list.
    struct MemberInfo {
        let draft: MemberDraft
    }

    struct Preview {
        let plan: CampaignPlan
        let members: [UUID: MemberInfo]
    }

    struct Outcome {
        let preview: Preview
        let campaign: Campaign
        let queued: Int
        let extended: Int
        /// Seconds per phase (select and plan, deadlines, render, outbox), for the command's progress line.
        let timings: [(phase: String, seconds: Double)]
    }

    // MARK: Selecting

    /// The selection as one query: members joined with their deposits that still hold money.
    /// Expired before the run day, within the order's expiry range; any claim deadline, however old.
    func selection(_ order: CampaignOrder) -> SQLSelectBuilder {
        let sql = db as! any SQLDatabase
        var query = sql.select()
            .columns((["id"] + MemberColumns.preferenceColumns + MemberColumns.draftColumns).map { SQLColumn($0, table: "m") })
            .column(SQLAlias(SQLColumn("id", table: "d"), as: SQLIdentifier("deposit_id")))
            .column(SQLColumn("balance_satang", table: "d"))
            .column(SQLColumn("last_claim_day", table: "d"))
            .from(SQLAlias(SQLIdentifier(Member.schema), as: SQLIdentifier("m")))
            .join(SQLAlias(SQLIdentifier(Deposit.schema), as: SQLIdentifier("d")), method: SQLJoinMethod.inner,
                  on: SQLBinaryExpression(SQLColumn("member_id", table: "d"), .equal, SQLColumn("id", table: "m")))
            .where(SQLColumn("balance_satang", table: "d"), .greaterThan, SQLLiteral.numeric("0"))
            .where(SQLColumn("expires_on", table: "m"), .lessThan, SQLBind(order.asOf.iso))
        if let from = order.expiredFrom { query = query.where(SQLColumn("expires_on", table: "m"), .greaterThanOrEqual, SQLBind(from.iso)) }
        if let to = order.expiredTo { query = query.where(SQLColumn("expires_on", table: "m"), .lessThanOrEqual, SQLBind(to.iso)) }
        return query
    }

    /// The selection's SQL with its values written in (`campaign unclaimed --print-sql`, the benchmark's baseline).
    func selectionSQL(_ order: CampaignOrder) -> String {
        var serializer = SQLSerializer(database: db as! any SQLDatabase)
        selection(order).query.serialize(to: &serializer)
        var text = serializer.sql
        for (index, bind) in serializer.binds.enumerated().reversed() {
            let literal = (bind as? String).map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "\(bind)"
            for placeholder in ["?\(index + 1)", "$\(index + 1)"] { text = text.replacingOccurrences(of: placeholder, with: literal) }
        }
        return text
    }

    func preview(_ order: CampaignOrder) async throws -> Preview {
        try preview(order, rows: try await selection(order).rowColumns())
    }

    private func preview(_ order: CampaignOrder, rows: [any RowColumns]) throws -> Preview {
        var members: [UUID: (CampaignMember, MemberInfo)] = [:]
        var orderOfArrival: [UUID] = []
        for row in rows {
            let id = try row.uuid("id")
            let deposit = CampaignDeposit(id: try row.uuid("deposit_id"), balance: Satang(try row.integer("balance_satang")),
                                          lastClaimDay: CivilDate(iso: try row.text("last_claim_day")) ?? order.asOf)
            if members[id] != nil {
                members[id]!.0.deposits.append(deposit)
                continue
            }
            let draft = try MemberColumns.draft(from: row)
            let flags = try MemberColumns.preferences(from: row)
            let member = CampaignMember(
                memberID: id, cardNumber: draft.cardNumber, expiresOn: draft.expiresOn,
                contacts: ContactsOnFile(email: draft.email, mobile: draft.mobile, lineUserID: draft.lineUserID,
                                         addressLine1: draft.addressLine1, postcode: draft.postcode, addressUndeliverable: flags.addressUndeliverable),
                preferences: ContactPreferences(consent: draft.consent, optedOutChannels: flags.optedOutChannels, optedOutOfAll: flags.optedOutOfAll),
                deposits: [deposit])
            members[id] = (member, MemberInfo(draft: draft))
            orderOfArrival.append(id)
        }
        // Card-number order, so lists and print batches read the same way every time.
        let sorted = orderOfArrival.compactMap { members[$0]?.0 }.sorted { $0.cardNumber < $1.cardNumber }
        return Preview(plan: CampaignPlan(order: order, members: sorted), members: members.mapValues(\.1))
    }

    // MARK: Running

    /// Checks the order, refuses a campaign already queued or one that selects nobody, then writes
    /// everything in one transaction.
    func run(_ order: CampaignOrder, by staff: StaffRef, now: Date, progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> Outcome {
        if let problem = order.validate().first { throw problem }
        if let earlier = try await Campaign.query(on: db).filter(\.$key == order.key).first() {
            throw CampaignProblem.alreadyQueued(on: BangkokTime.day(of: earlier.queuedAt ?? earlier.createdAt ?? now))
        }
        var phase = Stopwatch()
        var timings: [(phase: String, seconds: Double)] = []
        func lap(_ name: String) {
            timings.append((name, phase.seconds))
            phase = Stopwatch()
        }
        let preview = try await preview(order)
        lap("select and plan")
        let plan = preview.plan
        guard !plan.selected.isEmpty else { throw CampaignProblem.nobodySelected }
        progress("\(plan.selected.count) members selected, \(plan.notices.count) notices to queue")
        let book = try await TemplateBook.load(on: db)
        let renderer = ReminderRenderer(config: config)
        // Rendered before the transaction (pure work), so the write lock is held only for the writes.
        var deadlines: [UUID: CivilDate] = [:]
        var balances: [UUID: Satang] = [:]
        for member in plan.selected {
            // The deadline each member is told: the earliest of their deposits' deadlines after the extension.
            deadlines[member.memberID] = member.deposits.map { ClaimDeadline.extended($0.lastClaimDay, to: order.claimBy) ?? $0.lastClaimDay }.min()
            balances[member.memberID] = member.balance
        }
        let settings = TemplateValues.sample(refundStepsURL: config.channels.refundStepsURL, counterHours: config.counterHours,
                                             depositPolicy: config.depositPolicy)
        var templates: [String: MessageTemplate] = [:]
        for channel in order.channels {
            for language in Language.allCases {
                templates["\(channel.rawValue)/\(language.rawValue)"] = book.template(.campaign, channel, language).sharingSettings(of: settings)
            }
        }
        let inPlanOrder = plan.notices.compactMap { notice -> OutboxDraft? in
            guard let info = preview.members[notice.memberID] else { return nil }
            let language = info.draft.preferredLanguage
            let values = TemplateValues(member: info.draft, depositAmount: balances[notice.memberID] ?? .zero,
                                        claimDeadline: deadlines[notice.memberID], refundStepsURL: config.channels.refundStepsURL,
                                        counterHours: config.counterHours, depositPolicy: config.depositPolicy)
            guard let template = templates["\(notice.channel.rawValue)/\(language.rawValue)"] else { return nil }
            let rendered = renderer.render(template, values: values)
            return OutboxDraft(dedupeKey: Self.dedupeKey(order: order, memberID: notice.memberID, channel: notice.channel),
                               purpose: Self.purpose, memberID: notice.memberID, recipientName: info.draft.displayName,
                               channel: notice.channel, address: ReminderRenderer.address(of: info.draft, on: notice.channel),
                               fallbackChannels: notice.fallbacks, language: language, subject: rendered.subject ?? "",
                               body: rendered.body, htmlBody: rendered.html, notBefore: now, reminderKind: .campaign)
        }
        // In dedupe-key order (member, then channel), the unique index and the member index grow at
        // their ends instead of at random places: SQLite does about half the work per row.
        let drafts = inPlanOrder.sorted { $0.dedupeKey < $1.dedupeKey }
        lap("render")
        let reason = "แคมเปญแจ้งเตือนเงินประกันค้างรับ \(order.asOf.iso) / unclaimed-deposit campaign \(order.asOf.iso)"
        do {
            let (campaign, queued, extended) = try await db.transaction { db -> (Campaign, Int, Int) in
                let campaign = Campaign()
                campaign.key = order.key
                campaign.asOf = order.asOf.iso
                campaign.claimBy = order.claimBy.iso
                campaign.expiredFrom = order.expiredFrom?.iso
                campaign.expiredTo = order.expiredTo?.iso
                campaign.channels = order.channels.map(\.rawValue).joined(separator: ",")
                campaign.status = .running
                campaign.selectedMembers = plan.selected.count
                campaign.selectedSatang = plan.selectedTotal.value
                campaign.notifiedMembers = plan.notifiedMembers
                campaign.notifiedSatang = plan.notifiedTotal.value
                campaign.notices = 0
                campaign.extendedDeposits = 0
                campaign.summary = plan.summaryLine(.en)
                campaign.createdBy = staff.id
                try await campaign.create(on: db)
                let campaignID = try campaign.requireID()

                var extended = 0, queued = 0, written = 0
                try await Self.withLargePageCache(on: db) {
                    extended = try await ClaimDeadlines.extend(
                        plan.extensions.map { .init(depositID: $0.depositID, memberID: $0.memberID, from: $0.from, to: $0.to) },
                        reason: reason, campaignID: campaignID, by: staff.id, at: now, on: db)
                    progress("\(extended) claim deadlines extended")
                    for part in drafts.chunked(20_000) {
                        queued += try await Outbox.enqueue(Array(part), now: now, on: db)
                        written += part.count
                        progress("\(written) of \(drafts.count) notices written")
                    }
                }
                campaign.status = .queued
                campaign.notices = queued
                campaign.extendedDeposits = extended
                campaign.queuedAt = now
                try await campaign.update(on: db)
                return (campaign, queued, extended)
            }
            lap("write (campaign, deadlines, outbox)")
            return Outcome(preview: preview, campaign: campaign, queued: queued, extended: extended, timings: timings)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another run of the same order got there first (the unique key); ours rolled back.
            throw CampaignProblem.alreadyQueued(on: BangkokTime.day(of: now))
        }
    }

    static let purpose = "campaign"

    /// SQLite keeps at most 2 MiB of pages per connection by default: a campaign's 100,000s of rows
    /// would spill the indexes' pages to the WAL again and again. For the writes this connection
    /// may hold up to 256 MiB (pages are taken only as needed); the setting is put back afterwards.
    static func withLargePageCache(on db: any Database, _ body: () async throws -> Void) async throws {
        let sql = db as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return try await body() }
        let previous = try await sql.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self) ?? -2_000
        try await sql.raw("PRAGMA cache_size = -262144").run()
        do {
            try await body()
        } catch {
            try? await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(previous))").run()
            throw error
        }
        try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(previous))").run()
    }

    /// `campaign/<order key>/<member>/<channel>`: one notice per campaign, member and channel, ever.
    static func dedupeKey(order: CampaignOrder, memberID: UUID, channel: ContactChannel) -> String {
        dedupeKey(orderKey: order.key, memberID: memberID, channel: channel)
    }

    static func dedupeKey(orderKey: String, memberID: UUID, channel: ContactChannel) -> String {
        "campaign/\(orderKey)/\(memberID.uuidString.lowercased())/\(channel.rawValue)"
    }
}
