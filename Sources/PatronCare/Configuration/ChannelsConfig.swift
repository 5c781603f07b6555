import Foundation
import PatronCore
import PatronMail
import Vapor

/// How reminders are planned and how each channel reaches people, read once from the environment.
/// A channel without configuration is off: its messages wait in the outbox, saying why.
struct ChannelsConfig: Sendable {
    struct Email: Sendable {
        var smtp: SMTPConfiguration
        var fromAddress: String
        var fromName: String
        var connections: Int
    }

    /// An HTTP SMS gateway, the common shape of Thai providers' REST APIs: a URL, a method, an
    /// authorisation header, and a body template with `{{to}}` and `{{text}}` (JSON-escaped).
    struct SMS: Sendable {
        var url: String
        var method: HTTPMethod
        var authHeaderName: String
        var authHeaderValue: String
        var bodyTemplate: String
        var contentType: String
        /// The JSON field of the gateway's answer that holds its message id (e.g. `message_id`).
        var messageIDField: String
    }

    struct LINE: Sendable {
        var baseURL: String
        var channelAccessToken: String
    }

    /// Where people reach the app (`PATRONCARE_PUBLIC_URL`): links in reminders, surveys and staff notices.
    var publicBaseURL: String
    var policies: [ReminderPolicy]
    /// Minute of the day (Bangkok) the daily reminder plan runs inside `serve`.
    var remindAtMinute: Int
    /// True for `serve` (unless PATRONCARE_JOBS=off): the daily plan and the delivery worker run in-process.
    var runJobs: Bool
    var email: Email?
    var sms: SMS?
    var line: LINE?
    var retry: RetrySchedule
    /// Messages claimed per delivery round.
    var batchSize: Int
    /// A message left in `sending` this long (a crashed worker) is queued again.
    var sendingTimeout: TimeInterval

    var refundStepsURL: String { publicAddress.absolute(.refundSteps) }

    /// What printed sheets need: the base and whether it is still the loopback default.
    var publicAddress: PublicAddress { PublicAddress(baseURL: publicBaseURL, isLoopback: publicAddressIsLoopback) }

    /// Still the loopback default (or a local name): printed postcards and sheets would point at
    /// this machine only. `serve` warns at start; the administrator's start page says so.
    var publicAddressIsLoopback: Bool {
        let host = URL(string: publicBaseURL)?.host ?? ""
        return host.isEmpty || host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    static func load(values: ConfigurationValues, runJobs: Bool) throws -> ChannelsConfig {
        func env(_ variable: ConfigurationVariable) -> String? { values.nonEmpty(variable) }
        var policies = ReminderPolicy.defaults
        if let path = env(.reminderPolicies) {
            guard let data = FileManager.default.contents(atPath: path) else { throw ConfigError("PATRONCARE_REMINDER_POLICIES: cannot read \(path).") }
            policies = try JSONDecoder().decode([ReminderPolicy].self, from: data)
            if let problem = ReminderPolicy.validate(policies).first { throw ConfigError("\(path): \(problem.message(.en))") }
        }
        let remindAt = env(.remindAt) ?? "07:00"
        let parts = remindAt.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
            throw ConfigError("PATRONCARE_REMIND_AT must be HH:MM (got “\(remindAt)”).")
        }
        var email: Email?
        if let host = env(.smtpHost) {
            let security: SMTPConfiguration.Security = switch env(.smtpSecurity) ?? "starttls" {
            case "none": .none
            case "tls": .tls
            default: .startTLS
            }
            let credentials = env(.smtpUser).map {
                SMTPConfiguration.Credentials(username: $0, password: env(.smtpPassword) ?? "")
            }
            let verification: SMTPConfiguration.CertificateVerification =
                env(.smtpCAFile).map { .trustingCA(pemFile: $0) } ?? .full
            let from = env(.mailFrom) ?? "library@localhost"
            email = Email(
                smtp: SMTPConfiguration(host: host, port: env(.smtpPort).flatMap(Int.init) ?? 587, security: security,
                                        credentials: credentials, heloName: env(.smtpHelo) ?? "patroncare.localhost",
                                        certificateVerification: verification),
                fromAddress: from, fromName: env(.mailFromName) ?? "ห้องสมุด",
                connections: env(.smtpConnections).flatMap(Int.init) ?? 4)
        }
        var sms: SMS?
        if let url = env(.smsURL) {
            sms = SMS(url: url, method: HTTPMethod(rawValue: env(.smsMethod) ?? "POST"),
                      authHeaderName: env(.smsAuthHeader) ?? "Authorization",
                      authHeaderValue: env(.smsAuth) ?? "",
                      bodyTemplate: env(.smsBody) ?? #"{"to": "{{to}}", "message": "{{text}}", "sender": "LIBRARY"}"#,
                      contentType: env(.smsContentType) ?? "application/json",
                      messageIDField: env(.smsIDField) ?? "message_id")
        }
        var line: LINE?
        if let token = env(.lineToken) {
            line = LINE(baseURL: env(.lineBaseURL) ?? "https://api.line.me", channelAccessToken: token)
        }
        var retry = RetrySchedule.default
        if let attempts = env(.maxAttempts).flatMap(Int.init) { retry.maxAttempts = max(1, attempts) }
        if let delay = env(.retryDelay).flatMap(Double.init) { retry.initialDelay = delay }
        let publicURL = env(.publicURL) ?? "http://127.0.0.1:8080"
        guard publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://") else {
            throw ConfigError("PATRONCARE_PUBLIC_URL must start with http:// or https:// (got “\(publicURL)”).")
        }
        return ChannelsConfig(
            publicBaseURL: publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL,
            policies: policies, remindAtMinute: parts[0] * 60 + parts[1],
            runJobs: runJobs && env(.jobs) != "off", email: email, sms: sms, line: line, retry: retry,
            batchSize: env(.deliverBatch).flatMap(Int.init) ?? 200,
            sendingTimeout: env(.sendingTimeout).flatMap(Double.init) ?? 600)
    }
}

extension Request {
    /// The public address printed sheets use (`PATRONCARE_PUBLIC_URL`).
    var publicAddress: PublicAddress { config.channels.publicAddress }
}
