import PatronCore
import Vapor

/// Every setting PatronCare reads from its environment, read once at start-up from one dictionary
/// (the process environment, or a test's own values). Handlers receive this struct; none of them
/// reads the environment itself.
struct AppConfig: Sendable {
    enum DatabaseLocation: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        case postgres(url: String)
    }

    var database: DatabaseLocation
    /// PostgreSQL connections per event loop (`DATABASE_POOL_SIZE`); tests use 1 so many can run at once.
    var databasePoolSize: Int
    /// PostgreSQL: a statement running longer than this is cancelled (`DATABASE_STATEMENT_TIMEOUT`, seconds, default 60).
    var databaseStatementTimeoutSeconds: Int
    /// SQLite: how long a write waits for another process's lock (`SQLITE_BUSY_TIMEOUT_MS`, default 5000).
    var sqliteBusyTimeoutMilliseconds: Int
    /// How long a request waits for a free database connection (`DATABASE_POOL_TIMEOUT`, seconds);
    /// tests use 60 so a hundred simultaneous requests on a busy machine queue instead of failing.
    var databasePoolTimeoutSeconds: Int
    /// Language shown before a person chooses one.
    var defaultLanguage: Language
    /// Set the session cookie's Secure flag (turn on behind HTTPS).
    var secureCookies: Bool
    /// A JSON file mapping Koha category codes to membership types and segments; nil = built-in default.
    var kohaCategoryMappingPath: String?
    /// Largest import file accepted by the upload page.
    var maxUploadBytes: Int
    /// True when started with `serve --demo` or `demo`: demo accounts with known passwords exist.
    var demoMode: Bool
    /// Deposit amounts per membership type, the claim period and the refund documents checklist.
    var depositPolicy: DepositPolicy
    /// When refunds may be paid (Asia/Bangkok).
    var counterHours: CounterHours
    /// The holidays that come with the installation: the built-in Thai public holidays, or
    /// `PATRONCARE_HOLIDAYS_FILE`. Never read on its own for a count: the calendar in force is this
    /// plus the days kept on *Admin → Holidays*, `req.holidays()` / `app.holidays()` (`HolidayBook`).
    var builtInHolidays: HolidayCalendar
    /// The service point recorded on receipts and ledger entries when staff do not name another.
    var counterName: String
    /// `PATRONCARE_LIBRARY_NAME`: shown at the top of every page and in its title.
    var libraryName: String
    /// `PATRONCARE_LOGO_FILE`, checked at start: shown beside the name on the public pages; nil = the name only.
    var logo: LibraryLogo?
    /// Where uploaded scans (proxy letters) are kept; `PATRONCARE_UPLOADS_DIR`, default `./uploads`.
    var uploadsDirectory: String
    /// Reminder policies and the channels that carry messages.
    var channels: ChannelsConfig
    /// The day indicator 5.1 measures its reduction against (the project's start); nil = one year back.
    var indicatorBaseline: CivilDate?
    /// The complaints feature's targets, rate limit and addresses.
    var complaints: ComplaintSettings
    /// Sessions, sign-in throttling, rate limits, trusted proxies, body limits, the cookie key.
    var security: SecurityConfig
    /// Seals proxies' national ID numbers at rest (`PATRONCARE_DATA_KEY`; demo and tests: the public development key).
    var dataCipher: PersonalDataCipher
    /// How long the access log keeps its lines (`PATRONCARE_AUDIT_RETENTION_DAYS`, at least 30); the daily job purges older ones.
    var auditRetentionDays: Int

    static func load(from environment: Environment, values: [String: String] = ProcessInfo.processInfo.environment,
                     demoMode: Bool = false, runJobs: Bool = false) throws -> AppConfig {
        let values = ConfigurationValues(values)
        let database: DatabaseLocation
        if let url = values.nonEmpty(.databaseURL) {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw ConfigError("DATABASE_URL must start with postgres:// (got “\(url.prefix(12))…”). Unset it to use SQLite.")
            }
            database = .postgres(url: url)
        } else if environment == .testing {
            database = .sqliteMemory
        } else {
            database = .sqliteFile(path: values[.sqlitePath] ?? "patroncare.sqlite")
        }
        let language: Language
        if let text = values[.language] {
            guard let parsed = Language(rawValue: text) else {
                throw ConfigError("PATRONCARE_LANGUAGE must be th or en (got “\(text)”).")
            }
            language = parsed
        } else {
            language = .th
        }
        let channels = try ChannelsConfig.load(values: values, runJobs: runJobs)
        let maxUploadMB = values[.maxUploadMB].flatMap(Int.init) ?? 50
        return AppConfig(
            database: database,
            databasePoolSize: try positive(.databasePoolSize, values) ?? (environment == .testing ? 1 : 4),
            databaseStatementTimeoutSeconds: try positive(.databaseStatementTimeout, values) ?? 60,
            sqliteBusyTimeoutMilliseconds: try positive(.sqliteBusyTimeout, values) ?? 5000,
            databasePoolTimeoutSeconds: values[.databasePoolTimeout].flatMap(Int.init) ?? (environment == .testing ? 60 : 10),
            defaultLanguage: language,
            secureCookies: values[.secureCookies] == "1",
            kohaCategoryMappingPath: values[.kohaCategoryMap],
            maxUploadBytes: maxUploadMB * 1024 * 1024,
            demoMode: demoMode,
            depositPolicy: try loadDepositPolicy(values),
            counterHours: try loadCounterHours(values, demoMode: demoMode),
            builtInHolidays: try loadHolidays(values),
            counterName: values[.counter] ?? "เคาน์เตอร์บริการยืม-คืน",
            libraryName: values.nonEmpty(.libraryName) ?? "ห้องสมุด (Library)",
            logo: try LibraryLogo.load(values),
            uploadsDirectory: values[.uploadsDirectory]
                ?? (environment == .testing ? NSTemporaryDirectory() + "patroncare-uploads-\(UUID().uuidString)" : "uploads"),
            channels: channels,
            indicatorBaseline: try values[.indicatorBaseline].map { text in
                guard let day = CivilDate(lenient: text) else { throw ConfigError("PATRONCARE_INDICATOR_BASELINE: “\(text)” is not a date.") }
                return day
            },
            complaints: try ComplaintSettings.load(values: values, publicURL: channels.publicBaseURL),
            security: try SecurityConfig.load(values: values),
            dataCipher: try loadDataCipher(values, developmentAllowed: demoMode || environment == .testing),
            auditRetentionDays: try loadAuditRetentionDays(values)
        )
    }
}

/// A real installation must bring its own key: without one it refuses to start rather than seal
/// personal data with the development key, which is public.
private func loadDataCipher(_ values: ConfigurationValues, developmentAllowed: Bool) throws -> PersonalDataCipher {
    guard let text = values.nonEmpty(.dataKey) else {
        if developmentAllowed { return .development }
        throw ConfigError("""
            PATRONCARE_DATA_KEY is not set. It seals proxies' national ID numbers in the database: set it to 32 random \
            bytes in base64 (`openssl rand -base64 32`) and keep it with the database's backups — without it the \
            numbers cannot be read. `serve --demo` uses a development key instead.
            """)
    }
    do {
        return try PersonalDataCipher(base64Key: text)
    } catch {
        throw ConfigError(error.message)
    }
}

private func loadAuditRetentionDays(_ values: ConfigurationValues) throws -> Int {
    guard let text = values.nonEmpty(.auditRetentionDays) else { return 730 }
    guard let days = Int(text), days >= 30 else {
        throw ConfigError("PATRONCARE_AUDIT_RETENTION_DAYS must be a whole number of days, at least 30 (got “\(text)”).")
    }
    return days
}

/// A whole number above zero, or nil when the variable is not set.
private func positive(_ variable: ConfigurationVariable, _ values: ConfigurationValues) throws -> Int? {
    let name = variable.name
    guard let text = values.nonEmpty(variable) else { return nil }
    guard let value = Int(text), value > 0 else { throw ConfigError("\(name) must be a whole number above 0 (got “\(text)”).") }
    return value
}

private func loadDepositPolicy(_ values: ConfigurationValues) throws -> DepositPolicy {
    guard let path = values.nonEmpty(.depositPolicy) else { return .default }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ConfigError("PATRONCARE_DEPOSIT_POLICY: cannot read \(path).")
    }
    let policy = try JSONDecoder().decode(DepositPolicy.self, from: data)
    if let problem = policy.validate().first { throw ConfigError("\(path): \(problem.message(.en))") }
    return policy
}

/// `serve --demo` keeps the counter open every day, all day (unless PATRONCARE_COUNTER_HOURS says
/// otherwise), so a refund can be tried at any hour; the sign-in page says so.
private func loadCounterHours(_ values: ConfigurationValues, demoMode: Bool) throws -> CounterHours {
    guard let text = values.nonEmpty(.counterHours) else {
        return demoMode ? try CounterHours(parsing: CounterHours.demoAllDay) : .default
    }
    do {
        return try CounterHours(parsing: text)
    } catch {
        throw ConfigError("PATRONCARE_COUNTER_HOURS: \(error.message(.en))")
    }
}

private func loadHolidays(_ values: ConfigurationValues) throws -> HolidayCalendar {
    guard let path = values.nonEmpty(.holidaysFile) else { return .thaiPublicHolidays }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw ConfigError("PATRONCARE_HOLIDAYS_FILE: cannot read \(path).")
    }
    do {
        return try HolidayCalendar.parse(text)
    } catch {
        throw ConfigError("\(path): \(error.message(.en))")
    }
}

struct ConfigError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Application {
    private struct AppConfigKey: StorageKey { typealias Value = AppConfig }

    var config: AppConfig {
        get {
            guard let config = storage[AppConfigKey.self] else { fatalError("configure(_:) sets the configuration first") }
            return config
        }
        set { storage[AppConfigKey.self] = newValue }
    }
}

extension Request {
    var config: AppConfig { application.config }
}
