import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import NIOSSL
import PatronCore
import Vapor

/// Sets up an application: configuration, database, sessions, views, middleware and routes.
/// Tests call this with a pinned clock and their own database location.
public func configure(_ app: Application) async throws {
    try configure(app, config: AppConfig.load(from: app.environment))
}

func configure(_ app: Application, config: AppConfig, clock: AppClock = .system) throws {
    app.config = config
    app.clock = clock
    app.strings = try Strings(directory: app.directory.resourcesDirectory + "Localization/")

    let poolTimeout = TimeAmount.seconds(Int64(config.databasePoolTimeoutSeconds))
    switch config.database {
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path), connectionPoolTimeout: poolTimeout), as: .sqlite)
        app.lifecycle.use(SQLitePragmas(busyTimeoutMilliseconds: config.sqliteBusyTimeoutMilliseconds))
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, connectionPoolTimeout: poolTimeout), as: .sqlite)
    case .postgres(let url):
        var postgres = try SQLPostgresConfiguration(url: url)
        if url.contains("sslmode=disable") || postgres.coreConfiguration.host.map(isLoopback) == true {
            postgres.coreConfiguration.tls = .disable
        }
        // A runaway query ends with an error instead of holding its connection (and locks) for ever.
        postgres.coreConfiguration.options.additionalStartupParameters = [("statement_timeout", "\(config.databaseStatementTimeoutSeconds * 1000)")]
        app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: config.databasePoolSize,
                                    connectionPoolTimeout: poolTimeout), as: .psql)
    }
    app.registerMigrations()

    if !config.security.cookieKeyConfigured && !config.demoMode && app.environment != .testing {
        app.logger.warning("PATRONCARE_COOKIE_KEY is not set: a random key is used, so public form tokens do not survive a restart and are not shared between instances.")
    }
    app.prepareSignInDummyHash()

    // Forms are small; upload routes name their own limit (`RoutesBuilder.upload`).
    app.routes.defaultMaxBodySize = ByteCount(value: config.security.formBodyBytes)
    // SMS gateways and LINE: a gateway that does not answer is a transient failure, not a stuck worker.
    app.http.client.configuration.timeout = .init(connect: .seconds(10), read: .seconds(30))
    // Outermost first. The error page wraps file serving and sessions, so a refused path or a
    // database that cannot be written still answers a page (or JSON), never an empty reply.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware(strictTransportSecurity: config.secureCookies))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(StaffSessionMiddleware())
    app.middleware.use(NoStoreMiddleware())
    app.middleware.use(CSRFMiddleware())

    try routes(app)
    registerCommands(app)
    app.lifecycle.use(BackgroundJobs(dailyJobs: [
        { app, day in _ = try await ComplaintJobs.runDaily(app: app, asOf: BangkokTime.instant(day: day, minuteOfDay: app.config.channels.remindAtMinute)) },
        { app, _ in
            let problems = try await IntegrityCheck(db: app.db, sendingTimeout: app.config.channels.sendingTimeout).runAndRecord(now: app.clock.now())
            if !problems.isEmpty { app.logger.error("Integrity check: \(problems.count) problem(s): \(problems.joined(separator: "; "))") }
        },
        { app, _ in try await SecurityJobs.runDaily(app: app, now: app.clock.now()) },
        { app, _ in _ = try await AuditLog.purge(retentionDays: app.config.auditRetentionDays, now: app.clock.now(), on: app.db) },
    ]))
}

private func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
}

func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: AuthController())
    try app.register(collection: RefundStepsController())
    try app.register(collection: LibraryLogoController())
    try app.register(collection: FeedbackPublicController())
    try app.register(collection: FeedbackAPIController())
    // `StaffSessionMiddleware` has signed the staff member in already (sessions are global).
    let staff = app.grouped(StaffUser.redirectMiddleware(path: SiteRoute.login.path), RequirePasswordChange())
    try staff.register(collection: HomeController())
    try staff.register(collection: MembersController())
    try staff.register(collection: MemberImportController(maxUploadBytes: app.config.maxUploadBytes))
    try staff.register(collection: StaffController())
    try staff.register(collection: DepositsController(scanUploadBytes: app.config.security.scanBodyBytes))
    try staff.register(collection: ReportsController())
    try staff.register(collection: ForfeituresController())
    try staff.register(collection: CampaignsController())
    try staff.register(collection: OutboxController())
    try staff.register(collection: TemplatesController())
    try staff.register(collection: FeedbackStaffController())
    try staff.register(collection: AuditController())
    try staff.register(collection: HolidaysController())
    // The JSON API answers 401 instead of redirecting to the sign-in page.
    let api = app.grouped(StaffUser.guardMiddleware(), RequirePasswordChange())
    try api.register(collection: IndicatorsAPIController())
}
