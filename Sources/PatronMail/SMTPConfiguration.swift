import NIOCore

/// How to reach and talk to one SMTP server. Read once from the app's configuration.
public struct SMTPConfiguration: Sendable {
    /// Transport security of the connection.
    public enum Security: Sendable, Equatable {
        /// Plain TCP. Only for a relay on the same host or a test server; AUTH is refused over it
        /// unless `allowsInsecureAuthentication` is set.
        case none
        /// Plain TCP, then `STARTTLS` before anything else (port 587). If the server does not offer
        /// STARTTLS the session fails (no silent downgrade).
        case startTLS
        /// TLS from the first byte (implicit TLS, port 465).
        case tls
    }

    /// How the server's TLS certificate is checked.
    public enum CertificateVerification: Sendable, Equatable {
        /// Chain against the system's trust roots and host name (or IP address) check. The default.
        case full
        /// Chain against the CA certificate(s) in this PEM file only, plus the host name check.
        case trustingCA(pemFile: String)
        /// No check at all. For loopback tests only: anyone on the path can read the mail and the password.
        case disabledForTesting
    }

    /// AUTH mechanism to use when credentials are given.
    public enum AuthMechanism: String, Sendable, Equatable {
        /// PLAIN if the server offers it, else LOGIN.
        case automatic
        case plain = "PLAIN"
        case login = "LOGIN"
    }

    public struct Credentials: Sendable, Equatable {
        public var username: String
        public var password: String
        public var mechanism: AuthMechanism

        public init(username: String, password: String, mechanism: AuthMechanism = .automatic) {
            self.username = username
            self.password = password
            self.mechanism = mechanism
        }
    }

    public struct Timeouts: Sendable, Equatable {
        /// TCP connect (per address tried).
        public var connect: TimeAmount
        /// Each command's reply, including the greeting and the TLS handshake.
        public var command: TimeAmount
        /// The reply to the end of DATA ("."). RFC 5321 suggests 10 minutes; servers run filters here.
        public var dataTermination: TimeAmount

        public init(
            connect: TimeAmount = .seconds(10),
            command: TimeAmount = .seconds(60),
            dataTermination: TimeAmount = .seconds(300)
        ) {
            self.connect = connect
            self.command = command
            self.dataTermination = dataTermination
        }
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var credentials: Credentials?
    /// The name sent with EHLO/HELO: this machine's fully qualified name.
    public var heloName: String
    public var timeouts: Timeouts
    public var certificateVerification: CertificateVerification
    /// Send AUTH over a connection without TLS. Off by default: the password would travel in clear.
    public var allowsInsecureAuthentication: Bool

    public init(
        host: String,
        port: Int,
        security: Security = .startTLS,
        credentials: Credentials? = nil,
        heloName: String = "localhost",
        timeouts: Timeouts = Timeouts(),
        certificateVerification: CertificateVerification = .full,
        allowsInsecureAuthentication: Bool = false
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.credentials = credentials
        self.heloName = heloName
        self.timeouts = timeouts
        self.certificateVerification = certificateVerification
        self.allowsInsecureAuthentication = allowsInsecureAuthentication
    }
}
