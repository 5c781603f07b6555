import Fluent
import Foundation
import PatronCore
import SQLKit

/// Records a message as sent as soon as its channel accepts it — before that channel's worker takes
/// its next message — so a worker killed in the middle of a round leaves only the messages in flight
/// in doubt (they go again with the same Message-ID / LINE retry key), not the whole batch.
///
/// Writes are group commits: while one transaction is being written, the messages accepted meanwhile
/// wait and go together in the next one (one per connection at most), so the per-message guarantee
/// costs a transaction per few messages, not per message. The round's other outcomes (retries,
/// fallbacks, dead) are written at its end by `OutboxWrites`; a message whose write failed here (the
/// database was away) is written there too.
actor SentRecorder {
    private struct Accepted {
        let id: UUID
        let providerID: String
        let channel: ContactChannel
        let address: String
    }

    private let db: any Database
    private let now: Date
    private let addresses: [UUID: (channel: ContactChannel, address: String)]
    /// Messages whose sent status is stored.
    private(set) var recorded: Set<UUID> = []
    /// Messages whose write was tried (stored or not): their callers may go on.
    private var settled: Set<UUID> = []
    private var pending: [Accepted] = []
    private var flushing: Task<Void, Never>?

    init(db: any Database, now: Date, messages: [OutgoingMessage]) {
        self.db = db
        self.now = now
        addresses = Dictionary(messages.map { ($0.id, ($0.channel, $0.address)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Called with each message's result as the channel gives it; returns once an accepted message is recorded.
    func heard(_ id: UUID, _ result: DeliveryResult) async {
        guard case .accepted(let providerID) = result, let target = addresses[id] else { return }
        pending.append(Accepted(id: id, providerID: providerID ?? "", channel: target.channel, address: target.address))
        while !settled.contains(id) {
            if let current = flushing {
                await current.value
            } else {
                let batch = pending
                pending = []
                let write = Task { await self.write(batch) }
                flushing = write
                await write.value
            }
        }
    }

    private func write(_ batch: [Accepted]) async {
        let writes = OutboxWrites(sent: batch.map { ($0.id, $0.providerID) },
                                  attempts: batch.map { ($0.id, $0.channel, $0.address, "sent", $0.providerID) })
        let now = self.now
        do {
            try await db.transaction { db in try await writes.apply(now: now, on: db) }
            recorded.formUnion(batch.map(\.id))
        } catch {
            // Left for the round's closing write.
        }
        settled.formUnion(batch.map(\.id))
        flushing = nil
    }
}
