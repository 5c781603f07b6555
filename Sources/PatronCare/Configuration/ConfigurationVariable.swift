import Foundation

/// Every environment variable PatronCare reads, with what it means and its default: THE list.
/// The reading code (`AppConfig`, `ChannelsConfig`, `ComplaintSettings`, `SecurityConfig`, logging,
/// `create-admin`) takes its values only through `ConfigurationValues[variable]`, so a variable
/// cannot be read without an entry here, and README's configuration table is `markdownTable()`
/// (`ConfigurationTableTests` fails when they differ, and when an entry is read nowhere).
enum ConfigurationVariable: String, CaseIterable, Sendable {
    // Storage.
    case databaseURL = "DATABASE_URL"
    case sqlitePath = "SQLITE_PATH"
    case databasePoolSize = "DATABASE_POOL_SIZE"
    case databaseStatementTimeout = "DATABASE_STATEMENT_TIMEOUT"
    case sqliteBusyTimeout = "SQLITE_BUSY_TIMEOUT_MS"
    case databasePoolTimeout = "DATABASE_POOL_TIMEOUT"
    // The process.
    case vaporEnvironment = "VAPOR_ENV"
    case logLevel = "LOG_LEVEL"
    case logFormat = "LOG_FORMAT"
    case language = "PATRONCARE_LANGUAGE"
    case dataKey = "PATRONCARE_DATA_KEY"
    case adminPassword = "PATRONCARE_ADMIN_PASSWORD"
    case jobs = "PATRONCARE_JOBS"
    // Web and security.
    case publicURL = "PATRONCARE_PUBLIC_URL"
    case secureCookies = "PATRONCARE_SECURE_COOKIES"
    case trustedProxies = "PATRONCARE_TRUSTED_PROXIES"
    case behindProxy = "PATRONCARE_BEHIND_PROXY"
    case cookieKey = "PATRONCARE_COOKIE_KEY"
    case sessionIdleMinutes = "PATRONCARE_SESSION_IDLE_MINUTES"
    case sessionMaxHours = "PATRONCARE_SESSION_MAX_HOURS"
    case signInRateLimit = "PATRONCARE_SIGNIN_RATE_LIMIT"
    case statusRateLimit = "PATRONCARE_STATUS_RATE_LIMIT"
    case formMaxKB = "PATRONCARE_FORM_MAX_KB"
    case maxUploadMB = "PATRONCARE_MAX_UPLOAD_MB"
    case auditRetentionDays = "PATRONCARE_AUDIT_RETENTION_DAYS"
    // Members, deposits and the counter.
    case libraryName = "PATRONCARE_LIBRARY_NAME"
    case logoFile = "PATRONCARE_LOGO_FILE"
    case kohaCategoryMap = "KOHA_CATEGORY_MAP"
    case counter = "PATRONCARE_COUNTER"
    case counterHours = "PATRONCARE_COUNTER_HOURS"
    case holidaysFile = "PATRONCARE_HOLIDAYS_FILE"
    case depositPolicy = "PATRONCARE_DEPOSIT_POLICY"
    case uploadsDirectory = "PATRONCARE_UPLOADS_DIR"
    case indicatorBaseline = "PATRONCARE_INDICATOR_BASELINE"
    // Complaints.
    case complaintTargets = "PATRONCARE_COMPLAINT_TARGETS"
    case followUpDays = "PATRONCARE_FOLLOWUP_DAYS"
    case feedbackRateLimit = "PATRONCARE_FEEDBACK_RATE_LIMIT"
    case announcementsEmail = "PATRONCARE_ANNOUNCEMENTS_EMAIL"
    case complaintsEmail = "PATRONCARE_COMPLAINTS_EMAIL"
    case workGroupHeadEmail = "PATRONCARE_WORKGROUP_HEAD_EMAIL"
    case departmentHeadEmail = "PATRONCARE_DEPARTMENT_HEAD_EMAIL"
    // Reminders and the outbox.
    case reminderPolicies = "PATRONCARE_REMINDER_POLICIES"
    case remindAt = "PATRONCARE_REMIND_AT"
    case maxAttempts = "PATRONCARE_MAX_ATTEMPTS"
    case retryDelay = "PATRONCARE_RETRY_DELAY"
    case deliverBatch = "PATRONCARE_DELIVER_BATCH"
    case sendingTimeout = "PATRONCARE_SENDING_TIMEOUT"
    // E-mail.
    case smtpHost = "PATRONCARE_SMTP_HOST"
    case smtpPort = "PATRONCARE_SMTP_PORT"
    case smtpSecurity = "PATRONCARE_SMTP_SECURITY"
    case smtpUser = "PATRONCARE_SMTP_USER"
    case smtpPassword = "PATRONCARE_SMTP_PASSWORD"
    case smtpCAFile = "PATRONCARE_SMTP_CA_FILE"
    case smtpHelo = "PATRONCARE_SMTP_HELO"
    case smtpConnections = "PATRONCARE_SMTP_CONNECTIONS"
    case mailFrom = "PATRONCARE_MAIL_FROM"
    case mailFromName = "PATRONCARE_MAIL_FROM_NAME"
    // SMS.
    case smsURL = "PATRONCARE_SMS_URL"
    case smsMethod = "PATRONCARE_SMS_METHOD"
    case smsAuthHeader = "PATRONCARE_SMS_AUTH_HEADER"
    case smsAuth = "PATRONCARE_SMS_AUTH"
    case smsBody = "PATRONCARE_SMS_BODY"
    case smsContentType = "PATRONCARE_SMS_CONTENT_TYPE"
    case smsIDField = "PATRONCARE_SMS_ID_FIELD"
    // LINE.
    case lineToken = "PATRONCARE_LINE_TOKEN"
    case lineBaseURL = "PATRONCARE_LINE_BASE_URL"

    var name: String { rawValue }

    /// What it does, as README's table says it (Markdown).
    var meaning: String {
        switch self {
        case .databaseURL: "`postgres://user:pass@host:5432/db` — use PostgreSQL"
        case .sqlitePath: "the SQLite file"
        case .databasePoolSize: "PostgreSQL connections per event loop"
        case .databaseStatementTimeout: "PostgreSQL: seconds before a statement is cancelled"
        case .sqliteBusyTimeout: "SQLite: how long a write waits for another process's lock (milliseconds)"
        case .databasePoolTimeout: "seconds a request waits for a free database connection"
        case .vaporEnvironment: "`production` or `development`, as `--env` (see below)"
        case .logLevel: "`debug`, `info`, `notice`, `warning`, `error`"
        case .logFormat: "`json`: one JSON object per log line (time, level, message, request id …) for a log collector"
        case .language: "the language of pages for a person who has not chosen one with the switch (`th`, `en`), and of messages to staff; the browser's own language is not used"
        case .dataKey: "**required in production**: 32 random bytes in base64 (`openssl rand -base64 32`) that seal proxies' ID numbers (AES-256-GCM); keep it with the backups"
        case .adminPassword: "password for `create-admin` without a prompt"
        case .jobs: "`off`: `serve` runs no background jobs (daily plan, complaint jobs, delivery); use the commands from cron instead"
        case .publicURL: "the site's address, for links in messages and printed sheets (refund steps, surveys)"
        case .secureCookies: "`1` behind HTTPS: cookies get the Secure flag and responses `Strict-Transport-Security`"
        case .trustedProxies: "reverse proxies whose `X-Forwarded-For` is believed, comma-separated addresses or networks (`127.0.0.1,10.0.0.0/8`)"
        case .behindProxy: "replaced by `PATRONCARE_TRUSTED_PROXIES`: when set, start-up stops with a message"
        case .cookieKey: "secret (32+ characters) that signs the anonymous form-token cookie; the same on every instance"
        case .sessionIdleMinutes: "a staff session ends after this long without a request"
        case .sessionMaxHours: "and this long after sign-in, however busy"
        case .signInRateLimit: "sign-in attempts per client address, `COUNT/MINUTES`"
        case .statusRateLimit: "anonymous complaint status look-ups per client address, `COUNT/MINUTES`"
        case .formMaxKB: "largest body of an ordinary form or API request (uploads have their own limits)"
        case .maxUploadMB: "largest import file (only the import routes take it)"
        case .auditRetentionDays: "how long the access log keeps its lines (at least 30); the daily job purges older ones"
        case .libraryName: "the library's name at the top of every page and in page titles (public pages are the library's own)"
        case .logoFile: "the library's logo beside its name on the public pages: a PNG, JPEG or SVG file (by content; at most 512 KB; an SVG without script), checked at start and served at `/library-logo`"
        case .kohaCategoryMap: "JSON file mapping Koha category codes to types and segments"
        case .counter: "the service point written on receipts and ledger entries"
        case .counterHours: "when refunds may be paid, Asia/Bangkok"
        case .holidaysFile: "replaces the built-in holiday list: one `YYYY-MM-DD  ชื่อไทย \\| English name` per line; the days kept on *Admin → Holidays* are added to it"
        case .depositPolicy: "JSON: deposit per membership type (satang), claim period (months), refund documents"
        case .uploadsDirectory: "where scans of proxy letters and complaint attachments are kept"
        case .indicatorBaseline: "the day indicator 5.1's reduction is measured against"
        case .complaintTargets: "working-day targets per track, `1:0,2:3,3:10`; `4:N` is track 4's target when no MT meeting is scheduled, `other:N` suggestions/comments/compliments"
        case .followUpDays: "days after closing a complaint that its satisfaction survey is sent (1–30)"
        case .feedbackRateLimit: "public submissions per client address, `COUNT/MINUTES`"
        case .announcementsEmail: "published outcomes are e-mailed here"
        case .complaintsEmail: "the complaints desk: overdue reminders, monthly-report reminders"
        case .workGroupHeadEmail: "the work-group head: escalation reminders"
        case .departmentHeadEmail: "the department head: escalation reminders"
        case .reminderPolicies: "JSON file of reminder policies (kinds, days, channels) replacing the defaults"
        case .remindAt: "when `serve` plans the day's reminders, `HH:MM` Asia/Bangkok"
        case .maxAttempts: "delivery attempts of a message before it is dead"
        case .retryDelay: "seconds before the first retry (doubling after each failure)"
        case .deliverBatch: "messages claimed per delivery round"
        case .sendingTimeout: "seconds a message may stay in `sending` (a crashed worker's) before it is queued again"
        case .smtpHost: "the SMTP server; e-mail is off without it"
        case .smtpPort: "its port"
        case .smtpSecurity: "`none`, `starttls` or `tls`"
        case .smtpUser: "SMTP user name (no authentication when unset)"
        case .smtpPassword: "SMTP password"
        case .smtpCAFile: "PEM file of the CA that signed the server's certificate (instead of the system's)"
        case .smtpHelo: "the name given in `EHLO`"
        case .smtpConnections: "SMTP connections kept open while delivering"
        case .mailFrom: "the sender address of e-mails"
        case .mailFromName: "the sender name of e-mails"
        case .smsURL: "the SMS gateway's URL; SMS is off without it"
        case .smsMethod: "its HTTP method"
        case .smsAuthHeader: "the header that carries the gateway's key"
        case .smsAuth: "the key (the header's value)"
        case .smsBody: "the request body, with `{{to}}` and `{{text}}` (JSON-escaped)"
        case .smsContentType: "the body's content type"
        case .smsIDField: "the JSON field of the gateway's answer that holds its message id"
        case .lineToken: "the LINE Messaging API channel access token; LINE is off without it"
        case .lineBaseURL: "the LINE API's address"
        }
    }

    /// The default, or what happens when it is not set (Markdown).
    var defaultValue: String {
        switch self {
        case .databaseURL: "unset: SQLite"
        case .sqlitePath: "`patroncare.sqlite`"
        case .databasePoolSize: "4 (tests: 1)"
        case .databaseStatementTimeout: "60"
        case .sqliteBusyTimeout: "5000"
        case .databasePoolTimeout: "10 (tests: 60)"
        case .vaporEnvironment: "production, except `serve --demo` and `demo`"
        case .logLevel: "`info` (production: `notice`)"
        case .logFormat: "console lines"
        case .language: "`th`"
        case .dataKey: "`--demo` and tests: a public development key; otherwise the start is refused"
        case .adminPassword: "asked"
        case .jobs: "on"
        case .publicURL: "`http://127.0.0.1:8080`"
        case .secureCookies: "off"
        case .trustedProxies: "none: the socket address"
        case .behindProxy: "—"
        case .cookieKey: "random per process (logged as a warning)"
        case .sessionIdleMinutes: "30"
        case .sessionMaxHours: "12"
        case .signInRateLimit: "`30/15`"
        case .statusRateLimit: "`30/10`"
        case .formMaxKB: "64"
        case .maxUploadMB: "50"
        case .auditRetentionDays: "730"
        case .libraryName: "ห้องสมุด (Library)"
        case .logoFile: "unset: the name only"
        case .kohaCategoryMap: "built-in"
        case .counter: "เคาน์เตอร์บริการยืม-คืน"
        case .counterHours: "`mon-fri 08:00-18:30; sat 09:00-15:30`"
        case .holidaysFile: "Thai public holidays 2025–2027"
        case .depositPolicy: "1,000 baht for type A, 12 months"
        case .uploadsDirectory: "`./uploads`"
        case .indicatorBaseline: "a year before the as-of day"
        case .complaintTargets: "`1:0,2:3,3:10,4:20,other:10`"
        case .followUpDays: "7"
        case .feedbackRateLimit: "`5/10`"
        case .announcementsEmail: "unset: not e-mailed"
        case .complaintsEmail: "unset: not sent"
        case .workGroupHeadEmail, .departmentHeadEmail: "the complaints desk"
        case .reminderPolicies: "renewal, refund and last notice (see Reminders)"
        case .remindAt: "`07:00`"
        case .maxAttempts: "6"
        case .retryDelay: "60"
        case .deliverBatch: "200"
        case .sendingTimeout: "600"
        case .smtpHost: "unset: e-mail off"
        case .smtpPort: "587"
        case .smtpSecurity: "`starttls`"
        case .smtpUser: "unset"
        case .smtpPassword: "empty"
        case .smtpCAFile: "the system's CAs"
        case .smtpHelo: "`patroncare.localhost`"
        case .smtpConnections: "4"
        case .mailFrom: "`library@localhost`"
        case .mailFromName: "ห้องสมุด"
        case .smsURL: "unset: SMS off"
        case .smsMethod: "`POST`"
        case .smsAuthHeader: "`Authorization`"
        case .smsAuth: "empty"
        case .smsBody: "`{\"to\": \"{{to}}\", \"message\": \"{{text}}\", \"sender\": \"LIBRARY\"}`"
        case .smsContentType: "`application/json`"
        case .smsIDField: "`message_id`"
        case .lineToken: "unset: LINE off"
        case .lineBaseURL: "`https://api.line.me`"
        }
    }

    /// README's configuration table, generated from this list (a test compares them).
    static func markdownTable() -> String {
        var lines = ["| variable | meaning | default |", "| --- | --- | --- |"]
        for variable in allCases {
            lines.append("| `\(variable.name)` | \(variable.meaning) | \(variable.defaultValue) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// The environment as the app reads it: only through a `ConfigurationVariable`.
struct ConfigurationValues: Sendable {
    private let values: [String: String]

    init(_ values: [String: String]) { self.values = values }

    /// The process's own environment.
    static var process: ConfigurationValues { ConfigurationValues(ProcessInfo.processInfo.environment) }

    /// The value as set (possibly empty); nil when unset.
    subscript(_ variable: ConfigurationVariable) -> String? { values[variable.name] }

    /// The value, nil when unset or empty.
    func nonEmpty(_ variable: ConfigurationVariable) -> String? {
        guard let value = values[variable.name], !value.isEmpty else { return nil }
        return value
    }

    func isSet(_ variable: ConfigurationVariable) -> Bool { values[variable.name] != nil }
}
