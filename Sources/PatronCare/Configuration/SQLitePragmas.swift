import FluentSQLiteDriver
import Vapor

/// The SQLite settings a file used by a server needs: write-ahead logging (readers never wait for
/// the writer, and `backup` copies a consistent snapshot while `serve` writes), `synchronous=NORMAL`
/// (safe with WAL: a power cut may lose the last commits, never corrupt the file), and a busy
/// timeout so a second process (a cron `deliver`, a `backup`) waits for the lock instead of
/// failing at once or spinning forever.
///
/// The SQLite driver keeps one long-lived connection per event loop and offers no hook when it
/// opens one, so the pragmas are set on each loop's connection at boot (`journal_mode` is stored
/// in the file itself; the other two belong to the connection).
struct SQLitePragmas: LifecycleHandler {
    let busyTimeoutMilliseconds: Int

    var statements: [String] {
        ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = \(busyTimeoutMilliseconds)"]
    }

    func willBootAsync(_ app: Application) async throws {
        for eventLoop in app.eventLoopGroup.makeIterator() {
            let sql = app.databases.database(.sqlite, logger: app.logger, on: eventLoop) as! any SQLDatabase
            for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
        }
    }
}
