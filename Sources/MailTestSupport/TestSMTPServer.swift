import Foundation
import NIOCore
import NIOPosix
import PatronMail

/// Test support shared by the SMTP client's tests and the app's delivery tests: a real SMTP server
/// (aiosmtpd, smtp_server.py beside this file) on 127.0.0.1, and helpers to read what it received.

/// Whether the local test servers can run: python3 with aiosmtpd, and openssl for certificates.
public enum TestEnvironment {
    public static let hasAiosmtpd: Bool = run(["python3", "-c", "import aiosmtpd"]) == 0
    public static let hasOpenSSL: Bool = run(["openssl", "version"]) == 0

    public static let serverScript: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("smtp_server.py").path

    @discardableResult
    public static func run(_ arguments: [String], stdout: FileHandle? = nil) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    public static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("patronmail-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A self-signed certificate for 127.0.0.1 and localhost, made now with openssl.
    public static func makeCertificate() async throws -> TestCertificate {
        try await offThePool { try TestCertificate() }
    }

    /// A port on 127.0.0.1 where nothing listens (bound, then released).
    public static func closedPort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress!.port!
        try await channel.close()
        return port
    }
}

/// A self-signed CA certificate (EC P-256) for 127.0.0.1 and localhost, removed when released.
public final class TestCertificate: Sendable {
    public let certificate: String
    public let key: String
    private let directory: URL

    public init() throws {
        directory = try TestEnvironment.temporaryDirectory("cert")
        certificate = directory.appendingPathComponent("cert.pem").path
        key = directory.appendingPathComponent("key.pem").path
        let status = TestEnvironment.run([
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-addext", "basicConstraints=critical,CA:TRUE",
        ])
        guard status == 0 else { throw TestFailure("openssl could not make a certificate (exit \(status))") }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Runs blocking work (waiting for a child process) on its own thread, not on the cooperative pool,
/// which has as few threads as the machine has cores and is shared with every other test.
public func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}

public struct TestFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The aiosmtpd helper (Support/smtp_server.py) running on 127.0.0.1 on a free port, for one test.
public final class TestSMTPServer: @unchecked Sendable {
    public let port: Int
    public let directory: URL
    private let process: Process

    /// Starts `smtp_server.py serve` with these extra options (see the script's help) and waits until it listens.
    public static func start(_ options: [String] = []) async throws -> TestSMTPServer {
        try await offThePool { try TestSMTPServer(options) }
    }

    private init(_ options: [String] = []) throws {
        directory = try TestEnvironment.temporaryDirectory("mail")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestEnvironment.serverScript, "serve", "--dir", directory.path] + options
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardInput = FileHandle.nullDevice
        let log = directory.appendingPathComponent("server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        // First line: "PORT <n>".
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            let logText = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw TestFailure("the test SMTP server did not start: '\(text)' \(logText)")
        }
        self.port = port
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<100 where process.isRunning { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    public func configuration(
        security: SMTPConfiguration.Security = .none,
        credentials: SMTPConfiguration.Credentials? = nil,
        verification: SMTPConfiguration.CertificateVerification = .disabledForTesting,
        commandTimeout: TimeAmount = .seconds(10)
    ) -> SMTPConfiguration {
        SMTPConfiguration(
            host: "127.0.0.1", port: port, security: security, credentials: credentials,
            heloName: "patroncare.test",
            timeouts: .init(connect: .seconds(5), command: commandTimeout, dataTermination: commandTimeout),
            certificateVerification: verification
        )
    }

    /// The saved messages, oldest first.
    public func receivedMessages() throws -> [ReceivedMessage] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }
            .sorted()
        return try names.map { name in
            let eml = directory.appendingPathComponent(name)
            let json = eml.deletingPathExtension().appendingPathExtension("json")
            let envelope = try JSONDecoder().decode(ReceivedMessage.Envelope.self, from: Data(contentsOf: json))
            return ReceivedMessage(file: eml, raw: try Data(contentsOf: eml), envelope: envelope)
        }
    }
}

public struct ReceivedMessage {
    public struct Envelope: Decodable {
        public var mail_from: String
        public var rcpt_tos: [String]
        public var auth_mechanism: String?
        public var tls: Bool
        public var queue_id: String
        public var peer_port: Int
        public var number: Int
    }

    public var file: URL
    public var raw: Data
    public var envelope: Envelope

    /// The message as Python's `email` package reads it.
    public func decoded() async throws -> DecodedMessage {
        let file = self.file
        return try await offThePool { try Self.decode(file) }
    }

    private static func decode(_ file: URL) throws -> DecodedMessage {
        let output = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestEnvironment.serverScript, "decode", file.path]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("decode failed for \(file.path)") }
        return try JSONDecoder().decode(DecodedMessage.self, from: data)
    }

    /// The header section as raw lines (folded lines separate).
    public var rawHeaderLines: [String] {
        let text = String(decoding: raw, as: UTF8.self)
        let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
        return head.components(separatedBy: "\r\n")
    }

    /// The Message-ID header as written (unfolded).
    public var messageIDHeader: String? {
        var unfolded: [String] = []
        for line in rawHeaderLines {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !unfolded.isEmpty { unfolded[unfolded.count - 1] += line } else { unfolded.append(line) }
        }
        return unfolded.first { $0.lowercased().hasPrefix("message-id:") }.map {
            String($0.dropFirst("message-id:".count)).trimmingCharacters(in: .whitespaces)
        }
    }
}

public struct DecodedMessage: Decodable, Sendable {
    public struct Mailbox: Decodable, Equatable, Sendable {
        public var name: String
        public var address: String

        public init(name: String, address: String) {
            self.name = name
            self.address = address
        }
    }

    public var subject: String?
    public var from: [Mailbox]
    public var to: [Mailbox]
    public var cc: [Mailbox]
    public var reply_to: [Mailbox]
    public var message_id: String?
    public var date: String?
    public var mime_version: String?
    public var content_type: String
    public var part_types: [String]
    public var transfer_encodings: [String]
    public var charsets: [String?]
    public var text: String?
    public var html: String?
    public var headers: [String: String]
    public var defects: [String]
}
