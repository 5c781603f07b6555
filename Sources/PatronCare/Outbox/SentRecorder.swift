import Fluent
import Foundation
import PatronCore
import SQLKit

/// Records a message as sent the moment its channel accepts it — one short transaction per message:
/// the status and its attempt line together — so a worker killed in the middle of a round leaves only
/// the messages in flight in doubt (they go again with the same Message-ID / LINE retry key), not the
/// whole batch. The round's other outcomes (retries, fallbacks, dead) are written together at its end
/// by `OutboxWrites`; a message whose own write failed (the database was away) is written there too.
actor SentRecorder {
    private let db: any Database
    private let now: Date
    private let addresses: [UUID: (channel: ContactChannel, address: String)]
    private(set) var recorded: Set<UUID> = []
    /// The write before this one: writes go one after another (an actor alone would interleave them
    /// at each `await`, and SQLite has one writer anyway).
    private var tail: Task<Void, Never>?

    init(db: any Database, now: Date, messages: [OutgoingMessage]) {
        self.db = db
        self.now = now
        addresses = Dictionary(messages.map { ($0.id, ($0.channel, $0.address)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Called with each message's result as the channel gives it; records the accepted ones.
    func heard(_ id: UUID, _ result: DeliveryResult) async {
        guard case .accepted(let providerID) = result, let target = addresses[id] else { return }
        let previous = tail
        let write = Task {
            await previous?.value
            await self.recordSent(id, providerID: providerID, target: target)
        }
        tail = write
        await write.value
    }

    private func recordSent(_ id: UUID, providerID: String?, target: (channel: ContactChannel, address: String)) async {
        let now = self.now
        do {
            try await db.transaction { db in
                let sql = db as! any SQLDatabase
                try await sql.raw("""
                    UPDATE outbox_messages SET status = 'sent', sent_at = \(bind: now), attempts = attempts + 1, last_error = '',
                        provider_message_id = \(bind: providerID ?? "")
                    WHERE id = \(bind: id) AND status = 'sending'
                    """).run()
                try await sql.insert(into: OutboxAttempt.schema)
                    .columns("id", "message_id", "attempted_at", "channel", "address", "result", "detail")
                    .values(SQLBind(UUID()), SQLBind(id), SQLBind(now), SQLBind(target.channel.rawValue), SQLBind(target.address),
                            SQLBind("sent"), SQLBind(providerID ?? ""))
                    .run()
            }
            recorded.insert(id)
        } catch {
            // Left for the round's closing write.
        }
    }
}
