import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Leaf
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
    app.complaintSettings = try ComplaintSettings.load(publicURL: config.channels.publicBaseURL)
    app.strings = try Strings(directory: app.directory.resourcesDirectory + "Localization/")

    switch config.database {
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url):
        var postgres = try SQLPostgresConfiguration(url: url)
        if url.contains("sslmode=disable") || postgres.coreConfiguration.host.map(isLoopback) == true {
            postgres.coreConfiguration.tls = .disable
        }
        app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: config.databasePoolSize), as: .psql)
    }
    app.registerMigrations()

    app.sessions.use(.fluent)
    let secure = config.secureCookies
    app.sessions.configuration = SessionsConfiguration(cookieName: "patroncare_session") { id in
        HTTPCookies.Value(string: id.string, maxAge: 12 * 3600, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    app.views.use(.leaf)
    app.leaf.cache.isEnabled = app.environment.isRelease

    app.routes.defaultMaxBodySize = ByteCount(value: config.maxUploadBytes)
    // SMS gateways and LINE: a gateway that does not answer is a transient failure, not a stuck worker.
    app.http.client.configuration.timeout = .init(connect: .seconds(10), read: .seconds(30))
    app.middleware = Middlewares()
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(CSRFMiddleware())

    try routes(app)
    registerCommands(app)
    app.lifecycle.use(BackgroundJobs(dailyJobs: [
        { app, day in _ = try await ComplaintJobs.runDaily(app: app, asOf: BangkokTime.instant(day: day, minuteOfDay: app.config.channels.remindAtMinute)) },
    ]))
}

private func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
}

func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: AuthController())
    try app.register(collection: RefundStepsController())
    try app.register(collection: FeedbackPublicController())
    try app.grouped("api", "v1").register(collection: FeedbackAPIController())
    let staff = app.grouped(StaffUser.sessionAuthenticator(), StaffUser.redirectMiddleware(path: "/login"))
    try staff.register(collection: HomeController())
    try staff.register(collection: MembersController())
    try staff.register(collection: MemberImportController())
    try staff.register(collection: StaffController())
    try staff.register(collection: DepositsController())
    try staff.register(collection: ReportsController())
    try staff.register(collection: ForfeituresController())
    try staff.register(collection: CampaignsController())
    try staff.register(collection: OutboxController())
    try staff.register(collection: TemplatesController())
    try staff.register(collection: FeedbackStaffController())
    // The JSON API answers 401 instead of redirecting to the sign-in page.
    let api = app.grouped("api", "v1").grouped(StaffUser.sessionAuthenticator(), StaffUser.guardMiddleware())
    try api.register(collection: IndicatorsAPIController())
}
