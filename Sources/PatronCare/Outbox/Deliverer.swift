import Fluent
import Foundation
import PatronCore
import SQLKit
import Vapor

/// The outbox sender: claims due messages (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so several
/// instances share the work without taking the same row), sends them on their channel, and records
/// what happened — sent with the provider's id, a retry with backoff, a fallback to the member's next
/// channel, or dead with the reason. Postcards are not sent here: they are printed in batches.
struct Deliverer {
    let app: Application
    var jitter: Jitter = JitterStyle.equal { Double.random(in: 0..<1) }

    struct Round {
        var claimed = 0
        var sent = 0
        var retried = 0
        var fellBack = 0
        var dead = 0
    }

    /// SMS and LINE requests in flight at once per round.
    private static let httpConcurrency = 8

    private var config: ChannelsConfig { app.config.channels }
    private var db: any Database { app.db }

    /// The channels this instance can send on (configured ones; never postcards).
    var sendableChannels: [ContactChannel] {
        [config.email.map { _ in ContactChannel.email }, config.sms.map { _ in .sms }, config.line.map { _ in .line }].compactMap { $0 }
    }

    /// Sends until nothing is due or `limit` messages were handled.
    func deliver(limit: Int = .max, now: @escaping () -> Date, progress: (Round) -> Void = { _ in }) async throws -> Round {
        var total = Round()
        while total.claimed < limit {
            let round = try await deliverOnce(limit: min(config.batchSize, limit - total.claimed), now: now())
            guard round.claimed > 0 else { break }
            total.claimed += round.claimed
            total.sent += round.sent
            total.retried += round.retried
            total.fellBack += round.fellBack
            total.dead += round.dead
            progress(total)
        }
        return total
    }

    func deliverOnce(limit: Int, now: Date) async throws -> Round {
        let claimed = try await claim(limit: limit, now: now)
        guard !claimed.isEmpty else { return Round() }
        var results: [UUID: DeliveryResult] = [:]
        let outgoing = claimed.map(OutgoingMessage.init)
        let recorder = SentRecorder(db: db, now: now, messages: outgoing)
        let emails = outgoing.filter { $0.channel == .email }
        if let email = config.email, !emails.isEmpty {
            results.merge(await EmailChannel(config: email).send(emails, now: now, onResult: { await recorder.heard($0, $1) })) { first, _ in first }
        }
        let httpMessages = outgoing.filter { $0.channel == .sms || $0.channel == .line }
        await withTaskGroup(of: (UUID, DeliveryResult).self) { group in
            let client = app.client
            var running = 0
            for message in httpMessages {
                if running == Self.httpConcurrency, let (id, result) = await group.next() { results[id] = result; running -= 1 }
                group.addTask {
                    let result: DeliveryResult
                    switch message.channel {
                    case .sms:
                        guard let sms = config.sms else { return (message.id, .transientFailure(reason: "SMS not configured", retryAfter: nil)) }
                        result = await SMSChannel(config: sms, client: client).send(message, now: now)
                    default:
                        guard let line = config.line else { return (message.id, .transientFailure(reason: "LINE not configured", retryAfter: nil)) }
                        result = await LINEChannel(config: line, client: client).send(message, now: now)
                    }
                    await recorder.heard(message.id, result)
                    return (message.id, result)
                }
                running += 1
            }
            for await (id, result) in group { results[id] = result }
        }
        // Sent messages were recorded one by one as they were accepted (`SentRecorder`); the rest of
        // the round's outcomes go in one transaction and a handful of statements.
        let book = try await TemplateBook.load(on: db)
        let outcomes = results
        let alreadySent = await recorder.recorded
        return try await db.transaction { db in
            var round = Round(claimed: claimed.count)
            var writes = OutboxWrites()
            for message in claimed {
                let result = outcomes[message.id ?? UUID()] ?? .transientFailure(reason: "not attempted", retryAfter: nil)
                if case .accepted = result, alreadySent.contains(message.id ?? UUID()) {
                    round.sent += 1
                    continue
                }
                try await record(result, for: message, now: now, round: &round, writes: &writes, book: book, on: db)
            }
            try await writes.apply(now: now, on: db)
            return round
        }
    }

    // MARK: Claiming

    /// Marks up to `limit` due messages as `sending` and returns them. A message left in `sending`
    /// longer than the timeout (its worker died) is due again, with the same id, Message-ID and LINE
    /// retry key, so a receiver that already has it recognises the repeat.
    func claim(limit: Int, now: Date) async throws -> [OutboxMessage] {
        let channels = sendableChannels
        guard !channels.isEmpty, limit > 0 else { return [] }
        let sql = db as! any SQLDatabase
        let stale = now.addingTimeInterval(-config.sendingTimeout)
        let lock = sql.dialect.name == "postgresql" ? SQLRaw(" FOR UPDATE SKIP LOCKED") : SQLRaw("")
        let channelList = SQLList(channels.map { SQLBind($0.rawValue) })
        let rows = try await sql.raw("""
            UPDATE outbox_messages SET status = 'sending', claimed_at = \(bind: now)
            WHERE id IN (
                SELECT id FROM outbox_messages
                WHERE channel IN (\(channelList))
                  AND ((status IN ('queued', 'failed') AND next_attempt_at <= \(bind: now)) OR (status = 'sending' AND claimed_at < \(bind: stale)))
                ORDER BY next_attempt_at
                LIMIT \(bind: limit)\(lock))
            RETURNING id
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        guard !ids.isEmpty else { return [] }
        return try await OutboxMessage.query(on: db).filter(\.$id ~~ ids).all()
    }

    // MARK: Recording

    private func record(_ result: DeliveryResult, for message: OutboxMessage, now: Date, round: inout Round,
                        writes: inout OutboxWrites, book: TemplateBook, on db: any Database) async throws {
        let id = try message.requireID()
        let attempt = message.attempts + 1
        let fallbacks = ChannelList(message.fallbackChannels.split(separator: ",").compactMap { ContactChannel(rawValue: String($0)) })
        let outcome = config.retry.outcome(of: result, channel: message.channel, attempt: attempt, fallbacks: fallbacks, now: now, jitter: jitter)
        let tried = (channel: message.channel, address: message.address)
        var detail = ""
        switch outcome {
        case .sent:
            var providerID = ""
            if case .accepted(let id) = result { providerID = id ?? "" }
            writes.sent.append((id, providerID))
            detail = providerID
            round.sent += 1
        case .retry(let at, _):
            writes.retries.append((id, at, Self.reason(result)))
            detail = "\(Self.reason(result)); next attempt \(at)"
            round.retried += 1
        case .fallBack(let next, let then):
            detail = Self.reason(result)
            if try await fallBack(message, to: [next] + then.array, now: now, book: book, on: db) {
                try await message.update(on: db)
                round.fellBack += 1
                detail += "; falls back to \(message.channel.rawValue)"
            } else {
                writes.dead.append((id, DeliveryFailure.impossible(tried.channel, reason: Self.reason(result)).message(.en)))
                round.dead += 1
            }
        case .dead(let failure):
            writes.dead.append((id, failure.message(.en)))
            detail = failure.message(.en)
            round.dead += 1
        }
        writes.attempts.append((id, tried.channel, tried.address, Self.label(outcome), detail))
    }

    /// Moves a reminder to the first of `channels` the member can still receive on (consent and a
    /// contact), re-rendered for that channel; false when none is left.
    private func fallBack(_ message: OutboxMessage, to channels: [ContactChannel], now: Date, book: TemplateBook,
                          on db: any Database) async throws -> Bool {
        guard let kind = message.reminderKind, let memberID = message.memberID, let member = try await Member.find(memberID, on: db) else {
            return false
        }
        guard let next = try await Self.nextChannel(for: member, kind: kind, among: channels, language: message.language,
                                                    config: app.config, book: book, on: db) else { return false }
        message.channel = next.channel
        message.address = next.address
        message.subject = next.rendered.subject ?? ""
        message.body = next.rendered.body
        message.htmlBody = next.rendered.html
        message.fallbackChannels = next.remaining.map(\.rawValue).joined(separator: ",")
        message.attempts = 0
        message.status = .queued
        message.nextAttemptAt = now
        return true
    }

    struct NextChannel {
        let channel: ContactChannel
        let address: String
        let rendered: ReminderRenderer.Rendered
        /// The channels after the chosen one, for a later fallback.
        let remaining: [ContactChannel]
    }

    /// The first of `channels` the lawful-basis rule lets a reminder of `kind` use for the member now
    /// (opt-outs and a returned postal address included), with the message rendered for it.
    static func nextChannel(for member: Member, kind: ReminderKind, among channels: [ContactChannel], language: Language,
                            config: AppConfig, book: TemplateBook, on db: any Database) async throws -> NextChannel? {
        let memberID = try member.requireID()
        let allowed = ContactRule.allowedChannels(MessagePurpose(kind), contacts: member.contactsOnFile, preferences: member.contactPreferences)
        guard let index = channels.firstIndex(where: allowed.contains) else { return nil }
        let draft = member.draft
        let deposits = try await Deposit.query(on: db).filter(\.$member.$id == memberID).filter(\.$balanceSatang > 0).all()
        let channel = channels[index]
        let rendered = ReminderRenderer(config: config).render(
            kind, channel: channel, language: language, member: draft, balance: Satang(deposits.reduce(0) { $0 + $1.balanceSatang }),
            lastClaimDay: deposits.map(\.lastClaimDate).min(), book: book)
        return NextChannel(channel: channel, address: ReminderRenderer.address(of: draft, on: channel), rendered: rendered,
                           remaining: Array(channels[(index + 1)...]))
    }

    static func reason(_ result: DeliveryResult) -> String {
        switch result {
        case .accepted: ""
        case .transientFailure(let reason, _), .permanentFailure(let reason): reason
        }
    }

    static func label(_ outcome: DeliveryOutcome) -> String {
        switch outcome {
        case .sent: "sent"
        case .retry: "retry"
        case .fallBack: "fallback"
        case .dead: "dead"
        }
    }
}
