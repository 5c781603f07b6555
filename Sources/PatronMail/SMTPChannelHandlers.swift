import NIOCore
import NIOSSL

/// Turns bytes into whole (possibly multi-line) replies.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply

    /// RFC 5321 allows 512 octets per reply line; be generous but bounded.
    static let maximumLineLength = 4096
    static let maximumLines = 256

    private var code: Int?
    private var lines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLineLength {
                throw SMTPError(.protocolViolation, stage: .greeting, detail: "a reply line longer than \(Self.maximumLineLength) bytes")
            }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex + 1
        var lineBytes = buffer.readBytes(length: length)!
        lineBytes.removeLast()
        if lineBytes.last == UInt8(ascii: "\r") { lineBytes.removeLast() }

        guard lineBytes.count >= 3, lineBytes[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              lineBytes.count == 3 || lineBytes[3] == UInt8(ascii: " ") || lineBytes[3] == UInt8(ascii: "-")
        else {
            throw SMTPError(.protocolViolation, stage: .greeting,
                            detail: "not an SMTP reply line: '\(String(decoding: lineBytes.prefix(80), as: UTF8.self))'")
        }
        let lineCode = Int(lineBytes[0] - 0x30) * 100 + Int(lineBytes[1] - 0x30) * 10 + Int(lineBytes[2] - 0x30)
        if let code, code != lineCode {
            throw SMTPError(.protocolViolation, stage: .greeting, detail: "a multi-line reply changed its code from \(code) to \(lineCode)")
        }
        code = lineCode
        lines.append(lineBytes.count > 4 ? String(decoding: lineBytes[4...], as: UTF8.self) : "")
        guard lines.count <= Self.maximumLines else {
            throw SMTPError(.protocolViolation, stage: .greeting, detail: "a reply of more than \(Self.maximumLines) lines")
        }
        if lineBytes.count > 3 && lineBytes[3] == UInt8(ascii: "-") { return .continue }
        let reply = SMTPReply(code: lineCode, lines: lines)
        code = nil
        lines = []
        context.fireChannelRead(wrapInboundOut(reply))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// Request/response over one connection: each `request` writes a command (or nothing, for the greeting)
/// and returns the future of the next reply. Replies are matched to requests in order, so requests can be
/// written back to back. Lives on the channel's event loop; use it through `NIOLoopBound`.
final class SMTPClientHandler: ChannelInboundHandler {
    typealias InboundIn = SMTPReply
    typealias OutboundOut = ByteBuffer

    private struct Pending {
        var id: UInt64
        var stage: SMTPStage
        var promise: EventLoopPromise<SMTPReply>
        var timeout: Scheduled<Void>?
    }

    let eventLoop: EventLoop
    private var context: ChannelHandlerContext?
    private var pending = CircularBuffer<Pending>()
    private var nextID: UInt64 = 0
    /// Set once the connection is no longer usable; every later request fails with it.
    private(set) var failure: SMTPError?
    /// The greeting can arrive before anyone asked for it: keep it for the first request.
    private var earlyGreeting: SMTPReply?
    private var greetingClaimed = false
    /// The stage of the last request, to say where a disconnect happened.
    private var lastStage: SMTPStage = .greeting

    init(eventLoop: EventLoop) {
        self.eventLoop = eventLoop
    }

    var isUsable: Bool { failure == nil && context != nil && context!.channel.isActive }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        failAll(SMTPError(.connectionClosed, stage: lastStage, detail: "the connection was closed"))
        self.context = nil
    }

    /// Writes `bytes` (if any) and returns the next reply not yet claimed by an earlier request.
    func request(_ bytes: ByteBuffer?, stage: SMTPStage, timeout: TimeAmount) -> EventLoopFuture<SMTPReply> {
        if !greetingClaimed {
            greetingClaimed = true
            if let greeting = earlyGreeting, bytes == nil {
                earlyGreeting = nil
                return eventLoop.makeSucceededFuture(greeting)
            }
        }
        guard let context else {
            return eventLoop.makeFailedFuture((failure ?? SMTPError(.connectionClosed, stage: stage, detail: "the connection is closed")).at(stage))
        }
        if let failure {
            return context.eventLoop.makeFailedFuture(failure.at(stage))
        }
        let promise = context.eventLoop.makePromise(of: SMTPReply.self)
        let id = nextID
        nextID &+= 1
        lastStage = stage
        let scheduled = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [weak self] () -> Void in
            self?.timedOut(id: id, stage: stage, after: timeout)
        }
        pending.append(Pending(id: id, stage: stage, promise: promise, timeout: scheduled))
        if let bytes {
            context.writeAndFlush(wrapOutboundOut(bytes), promise: nil)
        }
        return promise.futureResult
    }

    /// Adds TLS in front of everything (after a 220 to STARTTLS, or from the start).
    func startTLS(_ tlsHandler: NIOSSLClientHandler) throws {
        guard let context else { throw SMTPError(.connectionClosed, stage: .startTLS, detail: "the connection is closed") }
        try context.pipeline.syncOperations.addHandler(tlsHandler, position: .first)
    }

    func close() {
        context?.close(promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let reply = unwrapInboundIn(data)
        guard !pending.isEmpty else {
            if !greetingClaimed && earlyGreeting == nil {
                earlyGreeting = reply
                return
            }
            // Unsolicited: a 421 means the server is shutting this session down; anything else is a protocol error.
            let error = reply.code == 421
                ? SMTPError(.connectionClosed, stage: lastStage, reply: reply, detail: "the server closed the session")
                : SMTPError(.protocolViolation, stage: lastStage, reply: reply, detail: "a reply that no command asked for")
            fail(error, context: context)
            return
        }
        let first = pending.removeFirst()
        first.timeout?.cancel()
        if reply.code == 421 {
            // Service closing: answer this request, then nothing more will work on this connection.
            failure = SMTPError(.connectionClosed, stage: first.stage, reply: reply, detail: "the server is closing the session")
            first.promise.succeed(reply)
            failAll(failure!)
            context.close(promise: nil)
            return
        }
        first.promise.succeed(reply)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        fail(Self.classify(error, stage: lastStage), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(SMTPError(.connectionClosed, stage: lastStage, detail: "the server closed the connection"))
        context.fireChannelInactive()
    }

    private func timedOut(id: UInt64, stage: SMTPStage, after timeout: TimeAmount) {
        guard let first = pending.first, first.id == id, let context else { return }
        fail(SMTPError(.timeout, stage: stage, detail: "no reply within \(Self.describe(timeout))"), context: context)
    }

    private func fail(_ error: SMTPError, context: ChannelHandlerContext) {
        failAll(error)
        context.close(promise: nil)
    }

    private func failAll(_ error: SMTPError) {
        if failure == nil { failure = error }
        while let next = pending.popFirst() {
            next.timeout?.cancel()
            next.promise.fail((failure ?? error).at(next.stage))
        }
    }

    static func classify(_ error: Error, stage: SMTPStage) -> SMTPError {
        if var error = error as? SMTPError {
            if error.kind == .protocolViolation { error.stage = stage }
            return error.at(stage)
        }
        if let ssl = error as? NIOSSLError {
            if case .uncleanShutdown = ssl {
                return SMTPError(.connectionClosed, stage: stage, detail: "the server closed the TLS connection without a close_notify")
            }
            return SMTPError(.tls, stage: stage, detail: "TLS failed: \(ssl)")
        }
        if error is BoringSSLError || error is NIOSSLExtraError {
            return SMTPError(.tls, stage: stage, detail: "TLS failed: \(error)")
        }
        if case ChannelError.connectTimeout(let after) = error {
            return SMTPError(.timeout, stage: .connect, detail: "connect timed out after \(describe(after))")
        }
        if error is IOError {
            return SMTPError(.connectionClosed, stage: stage, detail: "connection error: \(error)")
        }
        return SMTPError(.connectionClosed, stage: stage, detail: "\(error)")
    }

    static func describe(_ t: TimeAmount) -> String {
        let ms = t.nanoseconds / 1_000_000
        return ms % 1000 == 0 ? "\(ms / 1000) s" : "\(ms) ms"
    }
}

extension SMTPError {
    /// The same error, said of a later stage when it came from a connection failure.
    func at(_ stage: SMTPStage) -> SMTPError {
        guard kind == .connectionClosed || kind == .timeout || kind == .tls else { return self }
        var copy = self
        copy.stage = stage
        return copy
    }
}

