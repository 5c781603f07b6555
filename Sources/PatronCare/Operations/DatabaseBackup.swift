import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// `patroncare backup FILE` and `patroncare restore FILE`: a whole-database copy that is
/// consistent while `serve` keeps writing, and its way back.
///
/// - SQLite: `VACUUM INTO` a temporary file next to FILE (one read transaction, so one instant of
///   the database; WAL mode lets writers go on), checked with `PRAGMA integrity_check`, then renamed
///   to FILE. Restoring closes the app's connections, puts a copy of the backup in place of the
///   database file (rename, so never half-copied) and opens it again.
/// - PostgreSQL: `pg_dump --format=custom` (a snapshot) and `pg_restore --single-transaction`
///   into an emptied schema.
///
/// Restore then brings the schema up to this version's migrations and runs `patroncare check`.
struct DatabaseBackup {
    let app: Application

    /// Tables whose rows make a database "in use": restore will not overwrite it without `--force`.
    static let contentTables = [StaffUser.schema, Member.schema, Deposit.schema, OutboxMessage.schema]

    private var sql: any SQLDatabase { app.db as! any SQLDatabase }

    // MARK: Backup

    /// Writes the backup to `path` (which must not exist yet); returns its size in bytes.
    func backup(to path: String) async throws -> Int {
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        guard !FileManager.default.fileExists(atPath: target) else {
            throw CommandFailure.refused("\(target) already exists: name a new file (e.g. with the date in it) or remove it first.")
        }
        let folder = (target as NSString).deletingLastPathComponent
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw CommandFailure.environment("Cannot write into \(folder).")
        }
        switch app.config.database {
        case .sqliteFile, .sqliteMemory:
            let partial = target + ".partial"
            try? FileManager.default.removeItem(atPath: partial)
            do {
                try await sql.raw("VACUUM INTO \(bind: partial)").run()
                try await Self.verifySQLite(partial, on: app)
                try FileManager.default.moveItem(atPath: partial, toPath: target)
            } catch {
                try? FileManager.default.removeItem(atPath: partial)
                throw error
            }
        case .postgres(let url):
            let partial = target + ".partial"
            do {
                try run(tool: "pg_dump", ["--format=custom", "--no-owner", "--file=\(partial)"], url: url)
                try run(tool: "pg_restore", ["--list", partial], url: nil)
                try FileManager.default.moveItem(atPath: partial, toPath: target)
            } catch {
                try? FileManager.default.removeItem(atPath: partial)
                throw error
            }
        }
        return (try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
    }

    // MARK: Restore

    /// Replaces the database with the backup at `path`. Refuses a database that holds data unless
    /// `force`; checks the backup before touching anything.
    func restore(from path: String, force: Bool) async throws {
        let source = URL(fileURLWithPath: path).standardizedFileURL.path
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw CommandFailure.environment("Cannot read the backup \(source).")
        }
        switch app.config.database {
        case .sqliteMemory:
            throw CommandFailure.environment("The database is in memory (testing): nothing to restore into. Set SQLITE_PATH.")
        case .sqliteFile(let databasePath):
            guard Self.hasSQLiteHeader(source) else {
                throw CommandFailure.refused("\(source) is not an SQLite backup of PatronCare (on PostgreSQL? then set DATABASE_URL).")
            }
            try await Self.verifySQLite(source, on: app)
            try await refuseIfInUse(force: force)
            try await replaceSQLiteFile(databasePath, with: source)
        case .postgres(let url):
            guard !Self.hasSQLiteHeader(source) else {
                throw CommandFailure.refused("\(source) is an SQLite backup; this installation uses PostgreSQL.")
            }
            let listing = try run(tool: "pg_restore", ["--list", source], url: nil)
            guard listing.contains("_fluent_migrations") else {
                throw CommandFailure.refused("\(source) is a PostgreSQL dump but not of a PatronCare database (no _fluent_migrations table).")
            }
            try await refuseIfInUse(force: force)
            try await sql.raw("DROP SCHEMA public CASCADE").run()
            try await sql.raw("CREATE SCHEMA public").run()
            try run(tool: "pg_restore", ["--no-owner", "--single-transaction", "--exit-on-error", "--dbname=\(Self.withoutPassword(url))", source],
                    url: url, passesURL: false)
        }
        try await app.autoMigrate()
    }

    private func refuseIfInUse(force: Bool) async throws {
        guard !force else { return }
        var counts: [String] = []
        for table in Self.contentTables {
            guard let row = try? await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(),
                  let n = try? row.decode(column: "n", as: Int.self), n > 0 else { continue }
            counts.append("\(table): \(n)")
        }
        guard counts.isEmpty else {
            throw CommandFailure.refused("The database is not empty (\(counts.joined(separator: ", "))). "
                                         + "Restore over it only on purpose, with --force (take a backup of it first).")
        }
    }

    private func replaceSQLiteFile(_ databasePath: String, with source: String) async throws {
        let target = URL(fileURLWithPath: databasePath).standardizedFileURL.path
        let staging = target + ".restoring"
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.copyItem(atPath: source, toPath: staging)
        // Close every connection (the last one checkpoints and removes the -wal file), swap the file, reopen.
        app.databases.reinitialize(.sqlite)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        // rename(2) replaces the file in one step: the database is the old one or the new one, never half of each.
        guard rename(staging, target) == 0 else {
            throw CommandFailure.environment("Cannot put the restored copy in place of \(target): \(String(cString: strerror(errno))).")
        }
        try await SQLitePragmas(busyTimeoutMilliseconds: app.config.sqliteBusyTimeoutMilliseconds).willBootAsync(app)
    }

    // MARK: Checks and tools

    static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return handle.readData(ofLength: 16) == Data("SQLite format 3\0".utf8)
    }

    /// Opens the file on its own connection: SQLite's own integrity check, and PatronCare's migrations table.
    static func verifySQLite(_ path: String, on app: Application) async throws {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: app.threadPool, logger: app.logger,
                                                         on: app.eventLoopGroup.any()).get()
        do {
            let rows = try await connection.query("PRAGMA integrity_check").get()
            let verdict = rows.first?.column("integrity_check")?.string ?? "no answer"
            guard verdict == "ok" else { throw CommandFailure.refused("\(path) is damaged: \(verdict)") }
            let tables = try await connection.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_fluent_migrations'").get()
            guard !tables.isEmpty else { throw CommandFailure.refused("\(path) is an SQLite file but not a PatronCare database.") }
            try await connection.close().get()
        } catch {
            try? await connection.close().get()
            if let failure = error as? CommandFailure { throw failure }
            throw CommandFailure.refused("\(path) cannot be read as a database: \(error)")
        }
    }

    /// Runs a PostgreSQL client tool; the password goes in `PGPASSWORD`, never on the command line.
    @discardableResult
    private func run(tool: String, _ arguments: [String], url: String?, passesURL: Bool = true) throws -> String {
        guard let executable = Self.find(tool) else {
            throw CommandFailure.environment("\(tool) is not installed (Debian: apt-get install postgresql-client).")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        var environment = ProcessInfo.processInfo.environment
        var all = arguments
        if let url {
            if let password = URLComponents(string: url)?.password { environment["PGPASSWORD"] = password.removingPercentEncoding ?? password }
            if passesURL { all.append("--dbname=\(Self.withoutPassword(url))") }
        }
        process.arguments = all
        process.environment = environment
        // Errors go to a file, not a second pipe: reading two pipes one after the other blocks for
        // ever once the tool fills the unread one.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("patroncare-\(tool)-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw CommandFailure.environment("cannot write \(errorFile.path).")
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CommandFailure.refused("\(tool) failed (status \(process.terminationStatus)): \(message)")
        }
        return String(decoding: outputData, as: UTF8.self)
    }

    static func withoutPassword(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.password = nil
        components.scheme = "postgresql"
        return components.string ?? url
    }

    private static func find(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
            + ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"]
        return paths.map { $0 + "/" + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
