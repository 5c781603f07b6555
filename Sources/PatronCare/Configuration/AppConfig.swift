import PatronCore
import Vapor

/// Every setting PatronCare reads from its environment, read once at start-up.
/// Handlers receive this struct; none of them reads the environment itself.
struct AppConfig: Sendable {
    enum DatabaseLocation: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        case postgres(url: String)
    }

    var database: DatabaseLocation
    /// PostgreSQL connections per event loop (`DATABASE_POOL_SIZE`); tests use 1 so many can run at once.
    var databasePoolSize: Int
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
    /// Public holidays: the counter is closed, and working-day deadlines skip them.
    var holidays: HolidayCalendar
    /// The service point recorded on receipts and ledger entries when staff do not name another.
    var counterName: String
    /// Where uploaded scans (proxy letters) are kept; `PATRONCARE_UPLOADS_DIR`, default `./uploads`.
    var uploadsDirectory: String
    /// Reminder policies and the channels that carry messages.
    var channels: ChannelsConfig
    /// The day indicator 5.1 measures its reduction against (the project's start); nil = one year back.
    var indicatorBaseline: CivilDate?
    /// Seals proxies' national ID numbers at rest (`PATRONCARE_DATA_KEY`; demo and tests: the public development key).
    var dataCipher: PersonalDataCipher
    /// How long the access log keeps its lines (`PATRONCARE_AUDIT_RETENTION_DAYS`, at least 30); the daily job purges older ones.
    var auditRetentionDays: Int

    static func load(from environment: Environment, demoMode: Bool = false, runJobs: Bool = false) throws -> AppConfig {
        let database: DatabaseLocation
        if let url = Environment.get("DATABASE_URL"), !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw ConfigError("DATABASE_URL must start with postgres:// (got “\(url.prefix(12))…”). Unset it to use SQLite.")
            }
            database = .postgres(url: url)
        } else if environment == .testing {
            database = .sqliteMemory
        } else {
            database = .sqliteFile(path: Environment.get("SQLITE_PATH") ?? "patroncare.sqlite")
        }
        let language: Language
        if let text = Environment.get("PATRONCARE_LANGUAGE") {
            guard let parsed = Language(rawValue: text) else {
                throw ConfigError("PATRONCARE_LANGUAGE must be th or en (got “\(text)”).")
            }
            language = parsed
        } else {
            language = .th
        }
        let maxUploadMB = Environment.get("PATRONCARE_MAX_UPLOAD_MB").flatMap(Int.init) ?? 50
        return AppConfig(
            database: database,
            databasePoolSize: Environment.get("DATABASE_POOL_SIZE").flatMap(Int.init) ?? (environment == .testing ? 1 : 4),
            defaultLanguage: language,
            secureCookies: Environment.get("PATRONCARE_SECURE_COOKIES") == "1",
            kohaCategoryMappingPath: Environment.get("KOHA_CATEGORY_MAP"),
            maxUploadBytes: maxUploadMB * 1024 * 1024,
            demoMode: demoMode,
            depositPolicy: try loadDepositPolicy(),
            counterHours: try loadCounterHours(),
            holidays: try loadHolidays(),
            counterName: Environment.get("PATRONCARE_COUNTER") ?? "เคาน์เตอร์บริการยืม-คืน",
            uploadsDirectory: Environment.get("PATRONCARE_UPLOADS_DIR")
                ?? (environment == .testing ? NSTemporaryDirectory() + "patroncare-uploads-\(UUID().uuidString)" : "uploads"),
            channels: try ChannelsConfig.load(runJobs: runJobs),
            indicatorBaseline: try Environment.get("PATRONCARE_INDICATOR_BASELINE").map { text in
                guard let day = CivilDate(lenient: text) else { throw ConfigError("PATRONCARE_INDICATOR_BASELINE: “\(text)” is not a date.") }
                return day
            },
            dataCipher: try loadDataCipher(developmentAllowed: demoMode || environment == .testing),
            auditRetentionDays: try loadAuditRetentionDays()
        )
    }
}

/// A real installation must bring its own key: without one it refuses to start rather than seal
/// personal data with the development key, which is public.
private func loadDataCipher(developmentAllowed: Bool) throws -> PersonalDataCipher {
    guard let text = Environment.get("PATRONCARE_DATA_KEY"), !text.isEmpty else {
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

private func loadAuditRetentionDays() throws -> Int {
    guard let text = Environment.get("PATRONCARE_AUDIT_RETENTION_DAYS"), !text.isEmpty else { return 730 }
    guard let days = Int(text), days >= 30 else {
        throw ConfigError("PATRONCARE_AUDIT_RETENTION_DAYS must be a whole number of days, at least 30 (got “\(text)”).")
    }
    return days
}

private func loadDepositPolicy() throws -> DepositPolicy {
    guard let path = Environment.get("PATRONCARE_DEPOSIT_POLICY"), !path.isEmpty else { return .default }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ConfigError("PATRONCARE_DEPOSIT_POLICY: cannot read \(path).")
    }
    let policy = try JSONDecoder().decode(DepositPolicy.self, from: data)
    if let problem = policy.validate().first { throw ConfigError("\(path): \(problem.message(.en))") }
    return policy
}

private func loadCounterHours() throws -> CounterHours {
    guard let text = Environment.get("PATRONCARE_COUNTER_HOURS"), !text.isEmpty else { return .default }
    do {
        return try CounterHours(parsing: text)
    } catch {
        throw ConfigError("PATRONCARE_COUNTER_HOURS: \(error.message(.en))")
    }
}

private func loadHolidays() throws -> HolidayCalendar {
    guard let path = Environment.get("PATRONCARE_HOLIDAYS_FILE"), !path.isEmpty else { return .thaiPublicHolidays }
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
