import Fluent
import FluentPostgresDriver
import SQLKit
import Foundation
import PatronCore
import Vapor
import VaporTesting
@testable import PatronCare

/// The day every app test lives on unless it says otherwise: Monday 23 November 2026, 10:00 in Bangkok.
let pinnedNow = Date(timeIntervalSince1970: 1_795_395_600) // 2026-11-23T03:00:00Z
let pinnedToday = CivilDate(year: 2026, month: 11, day: 23)!

/// A fresh, migrated application for one test: an in-memory SQLite database, or — when
/// `DATABASE_URL` is set — a new PostgreSQL database created for this test and dropped after it,
/// so tests run in parallel on either engine without seeing each other's rows. `databasePoolSize`:
/// connections per event loop, for tests that fire many requests at once (default 1).
@discardableResult
func withTestApp<T>(now: Date = pinnedNow, databasePoolSize: Int? = nil, _ body: (Application) async throws -> T) async throws -> T {
    let app = try await Application.make(.testing)
    // Warnings and errors only, so a failing test's message is not lost among request lines;
    // `LOG_LEVEL=info swift test` shows everything.
    app.logger.logLevel = Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .warning
    let postgresBase = Environment.get("DATABASE_URL").flatMap { $0.isEmpty ? nil : $0 }
    // On PostgreSQL each test holds a few connections (its pool, the scratch database's create and
    // drop): with every suite running at once, 800 tests ran the server out of connection slots.
    if postgresBase != nil { await PostgresTestSlots.shared.acquire() }
    var scratchDatabase: String?
    func cleanUp() async {
        if !app.didShutdown { try? await app.asyncShutdown() }
        if let scratchDatabase, let postgresBase { try? await PostgresScratch.drop(database: scratchDatabase, base: postgresBase) }
        if postgresBase != nil { await PostgresTestSlots.shared.release() }
    }
    do {
        var config = try AppConfig.load(from: .testing)
        if let databasePoolSize { config.databasePoolSize = databasePoolSize }
        if let postgresBase {
            let name = "patroncare_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await PostgresScratch.create(database: name, base: postgresBase)
            scratchDatabase = name
            config.database = .postgres(url: PostgresScratch.url(postgresBase, database: name))
        }
        try configure(app, config: config, clock: .pinned(now))
        try await app.autoMigrate()
        let result = try await body(app)
        await cleanUp()
        return result
    } catch {
        await cleanUp()
        throw error
    }
}

/// Creates and drops the per-test PostgreSQL databases through the server named by `DATABASE_URL`.
enum PostgresScratch {
    static func url(_ base: String, database: String) -> String {
        var components = URLComponents(string: base)!
        components.path = "/" + database
        return components.string!
    }

    static func create(database: String, base: String) async throws {
        try await run("CREATE DATABASE \(database)", base: base)
    }

    static func drop(database: String, base: String) async throws {
        try await run("DROP DATABASE IF EXISTS \(database) WITH (FORCE)", base: base)
    }

    static func run(_ sql: String, base: String) async throws {
        let admin = try await Application.make(.testing)
        do {
            admin.databases.use(.postgres(configuration: try .init(url: base).withoutTLS, maxConnectionsPerEventLoop: 1), as: .psql)
            try await (admin.db as! any SQLDatabase).raw(SQLQueryString(sql)).run()
        } catch {
            try? await admin.asyncShutdown()
            throw error
        }
        try await admin.asyncShutdown()
    }
}

extension SQLPostgresConfiguration {
    var withoutTLS: SQLPostgresConfiguration {
        var copy = self
        copy.coreConfiguration.tls = .disable
        return copy
    }
}

/// At most `limit` tests use PostgreSQL at once; the others wait their turn (first come, first served).
actor PostgresTestSlots {
    static let shared = PostgresTestSlots(limit: 48)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            waiting.removeFirst().resume()  // the slot passes straight to the next test
        }
    }
}
