import Fluent
import MailTestSupport
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Migrations that shipped stay shipped. Each release's schema is pinned as an SQL dump of a database
/// that release's own binary made and filled (`scripts/make-upgrade-fixture.sh`, under
/// `Tests/Fixtures/upgrade/<release>/`); these tests load the dump, run today's migrations over it and
/// require the result to be indistinguishable from a fresh database — every table, column, index and
/// trigger — with every row still there. Editing a migration that shipped fails here.
@Suite("Upgrades from every released schema")
struct UpgradeTests {
    static let releases = ["release-1", "release-2", "release-3"]

    @Test("an upgraded database has every table, column, index and trigger of a fresh one", arguments: releases)
    func upgradedSchemaEqualsFreshSchema(release: String) async throws {
        let fresh = try await withTestApp { app in try await DatabaseSchema.read(app.sql) }
        let upgraded = try await withUpgradedApp(release: release) { app, _ in try await DatabaseSchema.read(app.sql) }

        #expect(Set(upgraded.columns.keys) == Set(fresh.columns.keys), "tables differ")
        for (table, columns) in fresh.columns {
            let kept = upgraded.columns[table] ?? []
            #expect(columns.subtracting(kept).isEmpty, "\(table) lacks after upgrading \(release): \(columns.subtracting(kept).sorted())")
            #expect(kept.subtracting(columns).isEmpty, "\(table) has only after upgrading \(release): \(kept.subtracting(columns).sorted())")
        }
        #expect(fresh.indexes.subtracting(upgraded.indexes).isEmpty, "indexes missing after upgrading \(release): \(fresh.indexes.subtracting(upgraded.indexes).sorted())")
        #expect(upgraded.indexes.subtracting(fresh.indexes).isEmpty, "indexes only in the upgraded database: \(upgraded.indexes.subtracting(fresh.indexes).sorted())")
        #expect(fresh.triggers.subtracting(upgraded.triggers).isEmpty, "triggers missing after upgrading \(release): \(fresh.triggers.subtracting(upgraded.triggers).sorted())")
        #expect(upgraded.triggers.subtracting(fresh.triggers).isEmpty, "triggers only in the upgraded database: \(upgraded.triggers.subtracting(fresh.triggers).sorted())")
    }

    @Test("an upgrade keeps every row and every satang of the ledger", arguments: releases)
    func upgradeKeepsTheData(release: String) async throws {
        try await withUpgradedApp(release: release) { app, before in
            let after = try await DataCensus.take(app.sql, tables: Array(before.rows.keys))
            #expect(before.rows["members"] ?? 0 > 100, "the fixture holds the demo and Koha members")
            #expect(before.rows["ledger_entries"] ?? 0 > 0 && before.rows["outbox_messages"] ?? 0 > 0
                    && before.rows["feedback_items"] ?? 0 > 0, "the fixture holds money, messages and feedback")
            for (table, count) in before.rows where table != DataCensus.sessionsTable {
                #expect(after.rows[table] == count, "\(table) had \(count) rows before the upgrade")
            }
            #expect(after.ledgerSatang == before.ledgerSatang)
            #expect(after.balanceSatang == before.balanceSatang)
        }
    }

    @Test("the upgraded app serves the old records: a Koha member, a deposit and a complaint", arguments: releases)
    func upgradedAppServesTheOldRecords(release: String) async throws {
        try await withUpgradedApp(release: release) { app, _ in
            let browser = TestBrowser(app)
            try await browser.signIn("admin", password: "demo-password")
            let members = try await browser.get(SiteRoute.members().href + "?q=6410110001")
            #expect(members.status == .ok)
            #expect(members.body.string.contains("สมชาย"), "the member imported from Koha by the release")
            // The complaint filed through the release's public form (the fixture script's summary); its
            // reference number depends on how many items the release's demo had made that year.
            let filed = try #require(try await FeedbackItem.query(on: app.db).filter(\.$summary == "แอร์ห้องอ่านหนังสือชั้น 2 ไม่เย็น").first(),
                                     "the complaint filed through the release's public form")
            let complaints = try await browser.get(SiteRoute.complaints().href)
            #expect(complaints.status == .ok)
            let complaint = try await browser.get(SiteRoute.complaint(try filed.requireID()).href)
            #expect(complaint.status == .ok)
            #expect(complaint.body.string.contains(filed.reference) && complaint.body.string.contains("แอร์ห้องอ่านหนังสือชั้น 2"))
            let unclaimed = try await browser.get(SiteRoute.unclaimedReport().href + "?format=csv")
            #expect(unclaimed.status == .ok)
        }
    }
}

/// A database loaded from a release's dump, then migrated by today's code. `before` is what the dump
/// held, counted before any of today's migrations ran.
private func withUpgradedApp<T>(release: String, _ body: (Application, DataCensus) async throws -> T) async throws -> T {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/upgrade/\(release)")
    let app = try await Application.make(.testing)
    let postgresBase = Environment.get("DATABASE_URL").flatMap { $0.isEmpty ? nil : $0 }
    var scratchDatabase: String?
    var sqliteFile: String?
    func cleanUp() async {
        if !app.didShutdown { try? await app.asyncShutdown() }
        if let scratchDatabase, let postgresBase { try? await PostgresScratch.drop(database: scratchDatabase, base: postgresBase) }
        if let sqliteFile { try? FileManager.default.removeItem(atPath: sqliteFile) }
    }
    do {
        var config = try AppConfig.load(from: .testing)
        if let postgresBase {
            let name = "patroncare_upgrade_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await PostgresScratch.create(database: name, base: postgresBase)
            scratchDatabase = name
            let url = PostgresScratch.url(postgresBase, database: name)
            try await offThePool { try runTool("/usr/bin/env", ["psql", "-v", "ON_ERROR_STOP=1", "-q", "-o", "/dev/null", "-f", fixture.appendingPathComponent("postgres.sql").path, url]) }
            config.database = .postgres(url: url)
        } else {
            let path = NSTemporaryDirectory() + "patroncare-upgrade-\(UUID().uuidString).sqlite"
            sqliteFile = path
            try await offThePool { try runTool("/usr/bin/env", ["sqlite3", path, ".read \(fixture.appendingPathComponent("sqlite.sql").path)"]) }
            config.database = .sqliteFile(path: path)
        }
        try configure(app, config: config, clock: .pinned(pinnedNow))
        let before = try await DataCensus.take(app.sql, tables: try await DatabaseSchema.read(app.sql).columns.keys.filter { !$0.hasPrefix("_") })
        try await app.autoMigrate()
        let result = try await body(app, before)
        await cleanUp()
        return result
    } catch {
        await cleanUp()
        throw error
    }
}

/// Runs a command-line tool the upgrade test needs (sqlite3, psql); a missing tool fails the test by name.
private func runTool(_ executable: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    // Read before waiting: a tool that fills the pipe would otherwise never exit.
    let errorOutput = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        let message = String(decoding: errorOutput, as: UTF8.self)
        throw TestFailure("\(arguments.first ?? executable) failed (\(process.terminationStatus)): \(message.prefix(500))")
    }
}

/// Tables with their columns (name, type, nullability), index names and trigger names, read from the
/// engine's catalogue so the comparison sees exactly what the database holds.
private struct DatabaseSchema {
    var columns: [String: Set<String>] = [:]
    var indexes: Set<String> = []
    var triggers: Set<String> = []

    static func read(_ sql: any SQLDatabase) async throws -> DatabaseSchema {
        var schema = DatabaseSchema()
        if sql.dialect.name == "sqlite" {
            struct Entry: Decodable { var type: String; var name: String; var tbl_name: String }
            let entries = try await sql.raw("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all(decoding: Entry.self)
            for entry in entries {
                switch entry.type {
                case "table":
                    struct Column: Decodable { var name: String; var type: String; var notnull: Int }
                    let columns = try await sql.raw("SELECT name, type, \"notnull\" FROM pragma_table_info(\(bind: entry.name))").all(decoding: Column.self)
                    schema.columns[entry.name] = Set(columns.map { "\($0.name) \($0.type.lowercased()) \($0.notnull == 1 ? "not null" : "null")" })
                case "index": schema.indexes.insert("\(entry.tbl_name).\(entry.name)")
                case "trigger": schema.triggers.insert("\(entry.tbl_name).\(entry.name)")
                default: break
                }
            }
        } else {
            struct Column: Decodable { var table_name: String; var column_name: String; var data_type: String; var is_nullable: String }
            for column in try await sql.raw("""
                SELECT table_name::text, column_name::text, data_type::text, is_nullable::text FROM information_schema.columns WHERE table_schema = 'public'
                """).all(decoding: Column.self) {
                schema.columns[column.table_name, default: []].insert("\(column.column_name) \(column.data_type) \(column.is_nullable == "YES" ? "null" : "not null")")
            }
            struct Named: Decodable { var table_name: String; var name: String }
            for index in try await sql.raw("SELECT tablename::text AS table_name, indexname::text AS name FROM pg_indexes WHERE schemaname = 'public'").all(decoding: Named.self) {
                schema.indexes.insert("\(index.table_name).\(index.name)")
            }
            for trigger in try await sql.raw("""
                SELECT event_object_table::text AS table_name, (trigger_name || ' ' || event_manipulation)::text AS name
                FROM information_schema.triggers WHERE trigger_schema = 'public'
                """).all(decoding: Named.self) {
                schema.triggers.insert("\(trigger.table_name).\(trigger.name)")
            }
        }
        return schema
    }
}

/// Row counts per table and the money totals, to compare a database before and after its upgrade.
private struct DataCensus {
    /// Sign-in sessions may be purged by an upgrade; every other table keeps its rows.
    static let sessionsTable = "_fluent_sessions"
    var rows: [String: Int] = [:]
    var ledgerSatang = 0
    var balanceSatang = 0

    static func take(_ sql: any SQLDatabase, tables: [String]) async throws -> DataCensus {
        struct Count: Decodable { var n: Int }
        var census = DataCensus()
        for table in tables {
            census.rows[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Count.self)?.n ?? 0
        }
        census.ledgerSatang = try await sql.raw("SELECT CAST(COALESCE(SUM(amount_satang), 0) AS BIGINT) AS n FROM ledger_entries").first(decoding: Count.self)?.n ?? 0
        census.balanceSatang = try await sql.raw("SELECT CAST(COALESCE(SUM(balance_satang), 0) AS BIGINT) AS n FROM deposits").first(decoding: Count.self)?.n ?? 0
        return census
    }
}

private extension Application {
    var sql: any SQLDatabase { db as! any SQLDatabase }
}
