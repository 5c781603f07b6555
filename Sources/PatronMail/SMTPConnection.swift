import NIOCore
import NIOPosix
import NIOSSL

/// One SMTP session: connect, greeting, EHLO (HELO if EHLO is refused), STARTTLS (then EHLO again),
/// AUTH; then any number of messages, each `MAIL FROM` / `RCPT TO`… / `DATA`, with `RSET` between
/// them; `QUIT` on `close()`.
///
/// Commands are sent one at a time, each waiting for its reply (no PIPELINING): simpler to keep exactly
/// right, and fast enough on a LAN (see Benchmarks/mail-throughput.sh). Calls to `send` on one connection
/// are served one after the other.
public actor SMTPConnection {
    public nonisolated let configuration: SMTPConfiguration
    /// The server's 220 greeting.
    public let greeting: SMTPReply
    /// What the last EHLO announced (after STARTTLS, the second EHLO).
    public private(set) var capabilities: SMTPCapabilities
    /// Whether the session runs over TLS.
    public let isEncrypted: Bool

    private nonisolated let channel: Channel
    private nonisolated let handler: NIOLoopBound<SMTPClientHandler>
    private let renderer: MIMERenderer
    private var broken = false
    private var needsReset = false
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    private init(
        configuration: SMTPConfiguration, renderer: MIMERenderer, channel: Channel,
        handler: NIOLoopBound<SMTPClientHandler>, session: Session
    ) {
        self.configuration = configuration
        self.renderer = renderer
        self.channel = channel
        self.handler = handler
        self.greeting = session.greeting
        self.capabilities = session.capabilities
        self.isEncrypted = session.isEncrypted
    }

    deinit {
        channel.close(promise: nil)
    }

    /// Opens a session. Throws `SMTPError` only (connection refused/timed out, greeting refused,
    /// TLS, authentication…); on error nothing stays open.
    public static func connect(
        _ configuration: SMTPConfiguration,
        renderer: MIMERenderer = MIMERenderer(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> SMTPConnection {
        let tls = try SMTPTLS(configuration)
        return try await connect(configuration, tls: tls, renderer: renderer, eventLoopGroup: eventLoopGroup)
    }

    static func connect(
        _ configuration: SMTPConfiguration, tls: SMTPTLS, renderer: MIMERenderer, eventLoopGroup: any EventLoopGroup
    ) async throws -> SMTPConnection {
        // One event loop for the connection, known in advance, so that the initializer can hand the
        // handler out even if the server hangs up before we look (a refusing server may greet and close).
        let eventLoop = eventLoopGroup.next()
        let handlerPromise = eventLoop.makePromise(of: NIOLoopBound<SMTPClientHandler>.self)
        let channel: Channel
        do {
            let implicitTLS = configuration.security == .tls ? tls : nil
            channel = try await ClientBootstrap(group: eventLoop)
                .connectTimeout(configuration.timeouts.connect)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let sync = channel.pipeline.syncOperations
                        if let implicitTLS { try sync.addHandler(implicitTLS.makeHandler()) }
                        try sync.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                        let handler = SMTPClientHandler(eventLoop: channel.eventLoop)
                        try sync.addHandler(handler)
                        handlerPromise.succeed(NIOLoopBound(handler, eventLoop: channel.eventLoop))
                    }
                }
                .connect(host: configuration.host, port: configuration.port)
                .get()
        } catch {
            handlerPromise.fail(error)
            throw Self.connectError(error, configuration)
        }
        do {
            let handler = try await handlerPromise.futureResult.get()
            let session = try await Self.openSession(configuration, tls: tls, channel: channel, handler: handler)
            return SMTPConnection(configuration: configuration, renderer: renderer, channel: channel, handler: handler, session: session)
        } catch {
            channel.close(promise: nil)
            throw error as? SMTPError ?? SMTPClientHandler.classify(error, stage: .greeting)
        }
    }

    static func connectError(_ error: Error, _ configuration: SMTPConfiguration) -> SMTPError {
        let target = "\(configuration.host):\(configuration.port)"
        if case ChannelError.connectTimeout = error {
            return SMTPError(.connectionFailed, stage: .connect, detail: "connecting to \(target) timed out")
        }
        if let multi = error as? NIOConnectionError {
            let reasons = multi.connectionErrors.map { "\($0.target): \($0.error)" }
            if reasons.isEmpty, let dns = multi.dnsAAAAError ?? multi.dnsAError {
                return SMTPError(.connectionFailed, stage: .connect, detail: "cannot resolve \(configuration.host): \(dns)")
            }
            return SMTPError(.connectionFailed, stage: .connect, detail: "cannot connect to \(target): \(reasons.joined(separator: "; "))")
        }
        return SMTPError(.connectionFailed, stage: .connect, detail: "cannot connect to \(target): \(error)")
    }

    struct Session {
        var greeting: SMTPReply
        var capabilities: SMTPCapabilities
        var isEncrypted: Bool
    }

    private static func openSession(
        _ configuration: SMTPConfiguration, tls: SMTPTLS, channel: Channel, handler: NIOLoopBound<SMTPClientHandler>
    ) async throws -> Session {
        let timeout = configuration.timeouts.command
        func request(_ command: String?, _ stage: SMTPStage) async throws -> SMTPReply {
            try await Self.request(command, stage: stage, timeout: timeout, channel: channel, handler: handler)
        }
        var isEncrypted = configuration.security == .tls

        let greeting: SMTPReply
        do {
            greeting = try await request(nil, .greeting)
        } catch let error as SMTPError where isEncrypted && error.kind == .tls {
            throw SMTPError(.tls, stage: .tlsHandshake, detail: error.detail)
        }
        guard greeting.code == 220 else {
            throw SMTPError(.serverRejected, stage: .greeting, reply: greeting, detail: "the server refused the session")
        }

        func hello() async throws -> SMTPCapabilities {
            let ehlo = try await request("EHLO \(configuration.heloName)", .ehlo)
            if ehlo.code == 250 { return SMTPCapabilities(ehloReply: ehlo) }
            guard [500, 501, 502, 504, 550].contains(ehlo.code) else {
                throw SMTPError(.serverRejected, stage: .ehlo, reply: ehlo, detail: "the server refused EHLO")
            }
            let helo = try await request("HELO \(configuration.heloName)", .helo)
            guard helo.code == 250 else {
                throw SMTPError(.serverRejected, stage: .helo, reply: helo, detail: "the server refused HELO")
            }
            return SMTPCapabilities()
        }

        var capabilities = try await hello()

        if configuration.security == .startTLS {
            guard capabilities.supports("STARTTLS") else {
                throw SMTPError(.tls, stage: .startTLS, detail: "the server does not offer STARTTLS and the configuration requires it")
            }
            let reply = try await request("STARTTLS", .startTLS)
            guard reply.code == 220 else {
                throw SMTPError(reply.isTransientNegative ? .serverRejected : .tls, stage: .startTLS, reply: reply,
                                detail: "the server refused STARTTLS")
            }
            try await channel.eventLoop.submit {
                try handler.value.startTLS(try tls.makeHandler())
            }.get()
            isEncrypted = true
            do {
                capabilities = try await hello()
            } catch let error as SMTPError where error.kind == .tls {
                throw SMTPError(.tls, stage: .tlsHandshake, detail: error.detail)
            }
        }

        if let credentials = configuration.credentials {
            try await authenticate(credentials, capabilities: capabilities, isEncrypted: isEncrypted,
                                   allowInsecure: configuration.allowsInsecureAuthentication, request: request)
        }
        return Session(greeting: greeting, capabilities: capabilities, isEncrypted: isEncrypted)
    }

    private static func authenticate(
        _ credentials: SMTPConfiguration.Credentials, capabilities: SMTPCapabilities, isEncrypted: Bool, allowInsecure: Bool,
        request: (String?, SMTPStage) async throws -> SMTPReply
    ) async throws {
        guard isEncrypted || allowInsecure else {
            throw SMTPError(.authentication, stage: .auth,
                            detail: "refusing to send the password over a connection without TLS: use security .startTLS or .tls")
        }
        let offered = capabilities.authMechanisms
        guard !offered.isEmpty else {
            throw SMTPError(.authentication, stage: .auth, detail: "credentials are configured but the server does not offer AUTH")
        }
        let mechanism: SMTPConfiguration.AuthMechanism
        switch credentials.mechanism {
        case .automatic:
            if offered.contains("PLAIN") { mechanism = .plain }
            else if offered.contains("LOGIN") { mechanism = .login }
            else {
                throw SMTPError(.authentication, stage: .auth,
                                detail: "the server offers AUTH \(offered.sorted().joined(separator: " ")); only PLAIN and LOGIN are supported")
            }
        case .plain, .login:
            guard offered.contains(credentials.mechanism.rawValue) else {
                throw SMTPError(.authentication, stage: .auth,
                                detail: "the server does not offer AUTH \(credentials.mechanism.rawValue) (it offers \(offered.sorted().joined(separator: " ")))")
            }
            mechanism = credentials.mechanism
        }
        func failed(_ reply: SMTPReply) -> SMTPError {
            SMTPError(.authentication, stage: .auth, reply: reply,
                      detail: reply.code == 535 || reply.code == 534 || reply.code == 530
                          ? "the server did not accept the user name and password for '\(credentials.username)'"
                          : "AUTH \(mechanism.rawValue) failed")
        }
        let user = Array(credentials.username.utf8)
        let password = Array(credentials.password.utf8)
        switch mechanism {
        case .plain:
            let reply = try await request("AUTH PLAIN " + Base64.encode([0] + user + [0] + password), .auth)
            guard reply.code == 235 else { throw failed(reply) }
        case .login, .automatic:
            var reply = try await request("AUTH LOGIN", .auth)
            guard reply.code == 334 else { throw failed(reply) }
            reply = try await request(Base64.encode(user), .auth)
            guard reply.code == 334 else { throw failed(reply) }
            reply = try await request(Base64.encode(password), .auth)
            guard reply.code == 235 else { throw failed(reply) }
        }
    }

    private static func request(
        _ command: String?, stage: SMTPStage, timeout: TimeAmount, channel: Channel, handler: NIOLoopBound<SMTPClientHandler>
    ) async throws -> SMTPReply {
        let bytes = command.map { command -> ByteBuffer in
            var buffer = channel.allocator.buffer(capacity: command.utf8.count + 2)
            buffer.writeString(command)
            buffer.writeStaticString("\r\n")
            return buffer
        }
        return try await request(bytes, stage: stage, timeout: timeout, channel: channel, handler: handler)
    }

    private static func request(
        _ bytes: ByteBuffer?, stage: SMTPStage, timeout: TimeAmount, channel: Channel, handler: NIOLoopBound<SMTPClientHandler>
    ) async throws -> SMTPReply {
        do {
            return try await channel.eventLoop.flatSubmit {
                handler.value.request(bytes, stage: stage, timeout: timeout)
            }.get()
        } catch let error as SMTPError {
            throw error
        } catch {
            throw SMTPClientHandler.classify(error, stage: stage)
        }
    }

    // MARK: - Sending

    /// Whether this connection can still carry messages.
    public var isUsable: Bool { !broken && channel.isActive }

    /// Sends one message. Never throws: every outcome is in the result. After a result whose error is a
    /// connection problem, `isUsable` is false and the caller should open a new connection.
    public func send(_ message: EmailMessage) async -> SMTPSendResult {
        let payload: [UInt8]
        do {
            payload = try renderer.dataPayload(message)
        } catch {
            let error = error as? SMTPError ?? SMTPError(.invalidMessage, detail: "\(error)")
            return .failed(SMTPFailure(.permanent, error: error))
        }
        return await send(payload: payload, from: message.envelopeFrom, to: message.envelopeRecipients)
    }

    /// Sends an already rendered and dot-stuffed DATA payload (ending with CRLF.CRLF).
    func send(payload: [UInt8], from: String, to recipients: [String]) async -> SMTPSendResult {
        await acquire()
        defer { release() }
        let timeout = configuration.timeouts.command
        var stage = SMTPStage.reset
        var recipientResults: [SMTPRecipientResult] = []

        func rejection(_ reply: SMTPReply, _ stage: SMTPStage) -> SMTPFailure {
            if reply.code == 421 {
                broken = true
                return SMTPFailure(.transient, error: SMTPError(.connectionClosed, stage: stage, reply: reply,
                                                                detail: "the server is closing the session"),
                                   recipients: recipientResults)
            }
            return SMTPFailure(reply.isPermanentNegative ? .permanent : .transient,
                               error: SMTPError(.serverRejected, stage: stage, reply: reply,
                                                detail: "the server answered \(reply.code) to \(stage.rawValue)"),
                               recipients: recipientResults)
        }

        do {
            if broken {
                throw SMTPError(.connectionClosed, stage: stage, detail: "the connection is no longer usable")
            }
            if needsReset {
                let reply = try await request("RSET", stage: .reset, timeout: timeout)
                guard reply.code == 250 else {
                    broken = true
                    channel.close(promise: nil)
                    return .failed(rejection(reply, .reset))
                }
            }
            needsReset = true

            if let limit = capabilities.maximumMessageSize, payload.count > limit {
                return .failed(SMTPFailure(.permanent, error: SMTPError(
                    .invalidMessage, stage: .mailFrom,
                    detail: "the message is \(payload.count) bytes and the server accepts at most \(limit)")))
            }
            stage = .mailFrom
            var mail = "MAIL FROM:<\(from)>"
            if capabilities.supports("SIZE") { mail += " SIZE=\(payload.count)" }
            var reply = try await request(mail, stage: .mailFrom, timeout: timeout)
            guard reply.code == 250 else { return .failed(rejection(reply, .mailFrom)) }

            stage = .rcptTo
            for recipient in recipients {
                reply = try await request("RCPT TO:<\(recipient)>", stage: .rcptTo, timeout: timeout)
                recipientResults.append(SMTPRecipientResult(address: recipient, reply: reply))
                if reply.code == 421 { return .failed(rejection(reply, .rcptTo)) }
            }
            guard recipientResults.contains(where: \.isAccepted) else {
                let worst = recipientResults.first(where: { $0.reply.isTransientNegative }) ?? recipientResults[0]
                var failure = rejection(worst.reply, .rcptTo)
                failure.error.detail = recipientResults.count == 1
                    ? "the server refused the recipient \(worst.address)"
                    : "the server refused all \(recipientResults.count) recipients"
                return .failed(failure)
            }

            stage = .data
            reply = try await request("DATA", stage: .data, timeout: timeout)
            guard reply.code == 354 else { return .failed(rejection(reply, .data)) }

            stage = .endOfData
            var buffer = channel.allocator.buffer(capacity: payload.count)
            buffer.writeBytes(payload)
            reply = try await Self.request(buffer, stage: .endOfData, timeout: configuration.timeouts.dataTermination,
                                           channel: channel, handler: handler)
            guard reply.code == 250 else { return .failed(rejection(reply, .endOfData)) }
            return .accepted(SMTPAcceptance(reply: reply, recipients: recipientResults))
        } catch {
            broken = true
            channel.close(promise: nil)
            var error = error as? SMTPError ?? SMTPClientHandler.classify(error, stage: stage)
            error.stage = stage
            if stage == .endOfData {
                error.detail += "; the message data was sent but its reply did not arrive: the server may or may not have queued it"
                return .unknown(error)
            }
            return .failed(SMTPFailure(.transient, error: error, recipients: recipientResults))
        }
    }

    private func request(_ command: String, stage: SMTPStage, timeout: TimeAmount) async throws -> SMTPReply {
        try await Self.request(command, stage: stage, timeout: timeout, channel: channel, handler: handler)
    }

    /// Sends QUIT (if the session is still fine) and closes the connection.
    public func close() async {
        if !broken && channel.isActive {
            broken = true
            _ = try? await request("QUIT", stage: .quit, timeout: min(configuration.timeouts.command, .seconds(5)))
        }
        broken = true
        try? await channel.close().get()
    }

    private func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}

/// The TLS context (built once: loading trust roots is slow) and how to make a client handler from it.
struct SMTPTLS: Sendable {
    let context: NIOSSLContext?
    let serverHostname: String?

    init(_ configuration: SMTPConfiguration) throws {
        guard configuration.security != .none else {
            self.context = nil
            self.serverHostname = nil
            return
        }
        var tls = TLSConfiguration.makeClientConfiguration()
        switch configuration.certificateVerification {
        case .full:
            break
        case .trustingCA(let pemFile):
            tls.trustRoots = .file(pemFile)
        case .disabledForTesting:
            tls.certificateVerification = .none
        }
        do {
            self.context = try NIOSSLContext(configuration: tls)
        } catch {
            throw SMTPError(.tls, stage: .connect, detail: "cannot set up TLS: \(error)")
        }
        // SNI takes a host name only; for an IP address NIOSSL checks the certificate's IP entries.
        let isIPAddress = (try? SocketAddress(ipAddress: configuration.host, port: 0)) != nil
        self.serverHostname = isIPAddress ? nil : configuration.host
    }

    func makeHandler() throws -> NIOSSLClientHandler {
        guard let context else {
            throw SMTPError(.tls, stage: .startTLS, detail: "TLS is not configured")
        }
        do {
            return try NIOSSLClientHandler(context: context, serverHostname: serverHostname)
        } catch {
            throw SMTPError(.tls, stage: .tlsHandshake, detail: "cannot start TLS: \(error)")
        }
    }
}
