import NIOCore
import NIOPosix

/// Sends a batch of messages over up to `connections` concurrent SMTP sessions, each reused for many
/// messages, and returns one result per message, in the order given.
///
/// Guarantees within one `send(_:)` call:
/// - No message is sent twice. A message is tried again (on a fresh connection, at most
///   `maximumAttempts` times) only when its transaction broke *before* its final "." was written,
///   so the server cannot have it. A break after the "." gives `.unknown` and is never retried here.
/// - No message is lost: every message gets a result. When no connection can be opened (server down,
///   refusing, TLS or authentication failure), the messages not yet sent are `.failed(.transient)` with
///   that error; nothing is attempted on a server that refused us, and at most `connections` logins are
///   tried with bad credentials.
/// - A worker whose connection breaks opens a new one and goes on; if that fails it stops, and the
///   other workers take the rest.
public struct SMTPSender: Sendable {
    public var configuration: SMTPConfiguration
    /// Concurrent connections (default 4).
    public var connections: Int
    /// Tries per message when its transaction breaks before the final "." (default 2).
    public var maximumAttempts: Int
    public var renderer: MIMERenderer
    private let eventLoopGroup: any EventLoopGroup

    public init(
        configuration: SMTPConfiguration,
        connections: Int = 4,
        maximumAttempts: Int = 2,
        renderer: MIMERenderer = MIMERenderer(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        precondition(connections >= 1, "at least one connection")
        precondition(maximumAttempts >= 1, "at least one attempt")
        self.configuration = configuration
        self.connections = connections
        self.maximumAttempts = maximumAttempts
        self.renderer = renderer
        self.eventLoopGroup = eventLoopGroup
    }

    /// `onResult` is called with each message's index and final result as soon as it has one (before
    /// the worker takes its next message), so a caller can record an accepted message at once: if the
    /// process dies, only the messages in flight are in doubt, not the whole batch.
    public func send(_ messages: [EmailMessage],
                     onResult: (@Sendable (Int, SMTPSendResult) async -> Void)? = nil) async -> [SMTPSendResult] {
        guard !messages.isEmpty else { return [] }
        // Render first: an invalid message fails alone, and rendering stays off the connections.
        var payloads: [[UInt8]?] = []
        payloads.reserveCapacity(messages.count)
        let batch = Batch(count: messages.count)
        for (index, message) in messages.enumerated() {
            do {
                payloads.append(try renderer.dataPayload(message))
            } catch {
                payloads.append(nil)
                let error = error as? SMTPError ?? SMTPError(.invalidMessage, detail: "\(error)")
                await batch.record(index, .failed(SMTPFailure(.permanent, error: error)))
            }
        }
        let tls: SMTPTLS
        do {
            tls = try SMTPTLS(configuration)
        } catch {
            let error = error as? SMTPError ?? SMTPError(.tls, stage: .connect, detail: "\(error)")
            return await batch.finish(failingRemainingWith: error)
        }
        await batch.enqueue(payloads.indices.filter { payloads[$0] != nil })
        let jobs = payloads.enumerated().map { index, payload in
            payload.map { Job(payload: $0, from: messages[index].envelopeFrom, to: messages[index].envelopeRecipients) }
        }

        let workers = min(connections, await batch.queuedCount)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    await self.work(batch: batch, jobs: jobs, tls: tls, onResult: onResult)
                }
            }
        }
        return await batch.finish(failingRemainingWith: SMTPError(
            .connectionFailed, stage: .connect, detail: "no connection to the server could be used"))
    }

    struct Job: Sendable {
        var payload: [UInt8]
        var from: String
        var to: [String]
    }

    private func work(batch: Batch, jobs: [Job?], tls: SMTPTLS, onResult: (@Sendable (Int, SMTPSendResult) async -> Void)?) async {
        var connection: SMTPConnection?
        while let (index, attempt) = await batch.next() {
            if Task.isCancelled {
                await batch.putBack(index, attempt: attempt)
                await batch.stop(SMTPError(.connectionClosed, stage: .connect, detail: "sending was cancelled"))
                break
            }
            if let current = connection, await !current.isUsable {
                await current.close()
                connection = nil
            }
            if connection == nil {
                do {
                    connection = try await SMTPConnection.connect(configuration, tls: tls, renderer: renderer, eventLoopGroup: eventLoopGroup)
                } catch {
                    // Nothing of this message was sent: give it back to the others, and stop this worker.
                    await batch.putBack(index, attempt: attempt)
                    await batch.workerFailed(error as? SMTPError ?? SMTPClientHandler.classify(error, stage: .connect))
                    break
                }
            }
            let job = jobs[index]!
            let result = await connection!.send(payload: job.payload, from: job.from, to: job.to)
            if case .failed(let failure) = result, Self.isRetryable(failure), attempt + 1 < maximumAttempts {
                await batch.putBack(index, attempt: attempt + 1)
            } else {
                await batch.record(index, result)
                await onResult?(index, result)
            }
        }
        if let current = connection {
            connection = nil
            await current.close()
        }
    }

    /// Broke before the final ".": the server cannot have the message; try again on a new connection.
    static func isRetryable(_ failure: SMTPFailure) -> Bool {
        failure.error.kind == .connectionClosed || failure.error.kind == .timeout
    }

    /// Shared state of one batch: the queue of message indexes, the results, the workers' fate.
    private actor Batch {
        private var results: [SMTPSendResult?]
        private var queue: [(index: Int, attempt: Int)] = []
        private var head = 0
        private var lastError: SMTPError?
        private var stopped = false

        init(count: Int) {
            results = Array(repeating: nil, count: count)
        }

        var queuedCount: Int { queue.count - head }

        func enqueue(_ indexes: [Int]) {
            queue = indexes.map { ($0, 0) }
        }

        func next() -> (Int, Int)? {
            guard !stopped, head < queue.count else { return nil }
            defer { head += 1 }
            return queue[head]
        }

        func putBack(_ index: Int, attempt: Int) {
            // To the front, so that it goes out soon and in roughly the original order.
            if head > 0 {
                head -= 1
                queue[head] = (index, attempt)
            } else {
                queue.insert((index, attempt), at: 0)
            }
        }

        func record(_ index: Int, _ result: SMTPSendResult) {
            precondition(results[index] == nil, "message \(index) got two results")
            results[index] = result
        }

        func workerFailed(_ error: SMTPError) {
            lastError = error
        }

        func stop(_ error: SMTPError) {
            stopped = true
            lastError = error
        }

        func finish(failingRemainingWith fallback: SMTPError) -> [SMTPSendResult] {
            let error = lastError ?? fallback
            return results.map { $0 ?? .failed(SMTPFailure(.transient, error: error)) }
        }
    }
}
