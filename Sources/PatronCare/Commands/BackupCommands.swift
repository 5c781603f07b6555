import Fluent
import Vapor

/// `patroncare backup FILE`: a consistent copy of the whole database, safe while `serve` runs.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the backup (must not exist yet)")
        var file: String
    }

    var help: String { "Backs up the database to FILE (SQLite: VACUUM INTO; PostgreSQL: pg_dump custom format)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let stopwatch = Stopwatch()
        context.console.print("Backing up to \(signature.file) …")
        let bytes = try await DatabaseBackup(app: context.application).backup(to: signature.file)
        context.console.success(String(format: "Backup written: %@ (%d bytes, %.1f s).", signature.file, bytes, stopwatch.seconds))
    }
}

/// `patroncare restore FILE [--force]`: checks the backup, refuses to overwrite data without
/// `--force`, restores, migrates to this version, then runs `check`.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A file written by `patroncare backup`")
        var file: String

        @Flag(name: "force", help: "Replace a database that already holds data")
        var force: Bool
    }

    var help: String { "Restores a backup made by `patroncare backup`, then checks it (stop serve first)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        context.console.print("Checking \(signature.file) …")
        try await DatabaseBackup(app: app).restore(from: signature.file, force: signature.force)
        context.console.print("Restored from \(signature.file); checking the restored data …")
        try await CheckCommand.check(app, console: context.console)
    }
}
