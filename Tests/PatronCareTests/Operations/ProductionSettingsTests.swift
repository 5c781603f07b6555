import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import PatronCare

/// `serve` as a real installation runs it: production unless told otherwise, SQLite in WAL with a
/// busy timeout, PostgreSQL with a statement timeout — all from configuration.
@Suite struct ProductionSettingsTests {
    @Test func commandsRunInProductionUnlessTheCommandLineSaysOtherwise() {
        #expect(PatronCareApp.defaultingEnvironment(["patroncare", "serve"], variable: nil) == ["patroncare", "serve", "--env", "production"])
        #expect(PatronCareApp.defaultingEnvironment(["patroncare"], variable: nil) == ["patroncare", "--env", "production"])
        #expect(PatronCareApp.defaultingEnvironment(["patroncare", "serve", "--demo"], variable: nil).suffix(2) == ["--env", "development"])
        #expect(PatronCareApp.defaultingEnvironment(["patroncare", "demo"], variable: nil).suffix(2) == ["--env", "development"])
        #expect(PatronCareApp.defaultingEnvironment(["patroncare", "serve", "--env", "development"], variable: nil) == ["patroncare", "serve", "--env", "development"])
        #expect(PatronCareApp.defaultingEnvironment(["patroncare", "serve", "-e", "dev"], variable: nil) == ["patroncare", "serve", "-e", "dev"])
        #expect(PatronCareApp.defaultingEnvironment(["patroncare", "serve"], variable: "development") == ["patroncare", "serve"])
    }

    @Test func aSQLiteFileRunsInWALWithNormalSyncAndTheConfiguredBusyTimeout() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patroncare-wal-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let app = try await Application.make(.testing)
        do {
            var config = try AppConfig.load(from: .testing, values: ["SQLITE_BUSY_TIMEOUT_MS": "2500"])
            config.database = .sqliteFile(path: folder + "/p.sqlite")
            try configure(app, config: config)
            try await app.asyncBoot()
            // Every connection the pool holds (one per event loop) has the settings.
            for eventLoop in app.eventLoopGroup.makeIterator() {
                let sql = app.databases.database(.sqlite, logger: app.logger, on: eventLoop) as! any SQLDatabase
                let journal = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
                let synchronous = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
                let busyTimeout = try await sql.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self)
                #expect(journal == "wal")
                #expect(synchronous == 1, "NORMAL")
                #expect(busyTimeout == 2500)
            }
            #expect(FileManager.default.fileExists(atPath: folder + "/p.sqlite-wal"))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test func postgresConnectionsHaveTheConfiguredStatementTimeout() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            guard sql.dialect.name == "postgresql" else { return }
            let timeout = try await sql.raw("SHOW statement_timeout").first()?.decode(column: "statement_timeout", as: String.self)
            #expect(timeout == "1min")
            await #expect(throws: (any Error).self, "a statement over the limit is cancelled") {
                try await sql.raw("SET statement_timeout = 100").run()
                try await sql.raw("SELECT pg_sleep(2)").run()
            }
        }
    }

    @Test func settingsComeFromTheConfigurationNotTheProcess() throws {
        let config = try AppConfig.load(from: .testing, values: [
            "PATRONCARE_COMPLAINT_TARGETS": "1:0,2:5,3:12", "PATRONCARE_COMPLAINTS_EMAIL": "desk@example.ac.th",
            "PATRONCARE_FEEDBACK_RATE_LIMIT": "3/5", "DATABASE_POOL_SIZE": "7", "DATABASE_STATEMENT_TIMEOUT": "9"])
        #expect(config.complaints.complaintsEmail == "desk@example.ac.th")
        #expect(config.complaints.rateLimit.maximum == 3)
        #expect(config.databasePoolSize == 7)
        #expect(config.databaseStatementTimeoutSeconds == 9)
        #expect(throws: ConfigError.self) { try AppConfig.load(from: .testing, values: ["PATRONCARE_FOLLOWUP_DAYS": "99"]) }
        #expect(throws: ConfigError.self) { try AppConfig.load(from: .testing, values: ["DATABASE_POOL_SIZE": "0"]) }
    }
}
