import FluentPostgresDriver
import FluentSQLiteDriver
import NIOCore
import NIOPosix
import Vapor

/// How a command ends when it does not do its work: one message for the operator and one of the
/// documented exit statuses (README, “Exit statuses”). Commands throw it; the executable's entry
/// (`PatronCareApp.run`) prints the message on standard error and exits with the status — no
/// backtrace, whatever went wrong.
struct CommandFailure: Error, CustomStringConvertible {
    enum Status: Int32, Sendable {
        /// The input was refused (bad rows, a failed check, a rule said no); nothing was written.
        case refused = 1
        /// The command line itself is wrong: an unknown command or option, a date that is not a date.
        case usage = 2
        /// The environment: the database is unreachable or read-only, a file is missing, a setting is wrong.
        case environment = 3
        /// Something the code did not expect (a bug): the message says what, please report it.
        case unexpected = 4
    }

    let status: Status
    let message: String

    var description: String { message }

    static func refused(_ message: String) -> CommandFailure { CommandFailure(status: .refused, message: message) }
    static func usage(_ message: String) -> CommandFailure { CommandFailure(status: .usage, message: message) }
    static func environment(_ message: String) -> CommandFailure { CommandFailure(status: .environment, message: message) }

    /// Any error a command or Vapor may throw, as the operator should see it.
    static func from(_ error: any Error) -> CommandFailure {
        switch error {
        case let failure as CommandFailure:
            return failure
        case let error as CommandError:
            return .usage("\(error.description). Run with --help for the usage.")
        case let error as ConfigError:
            return .environment("Configuration: \(error.description)")
        case let refusal as DepositRefusal:
            return .refused(refusal.messages(.en).joined(separator: " "))
        case let error as PSQLError where error.code == .server && Self.isRefusal(sqlState: error.serverInfo?[.sqlState]):
            // A constraint or a trigger (the ledger's guards) said no: the input, not the environment.
            return .refused("The database refused the change: \(error.serverInfo?[.message] ?? "\(error.code)")")
        case let error as SQLiteError where "\(error.reason)".hasPrefix("constraint"):
            return .refused("The database refused the change: \(error.message)")
        case let error as PSQLError:
            return .environment("The PostgreSQL database refused or could not be reached: \(Self.postgresReason(error))\(Self.migrateHint(String(reflecting: error)))")
        case let error as SQLiteError:
            return .environment("The SQLite database cannot be used: \(Self.sqliteReason(error)).\(Self.migrateHint(error.message))")
        case let error as IOError:
            return .environment("\(error.description)")
        case is NIOConnectionError, is ChannelError:
            return .environment("The database or another service could not be reached: \(error)")
        case is ConnectionPoolError, is ConnectionPoolTimeoutError:
            return .environment("The database could not be reached (no connection became free): \(error)")
        default:
            return CommandFailure(status: .unexpected, message: "Unexpected error: \(String(reflecting: error))")
        }
    }

    /// SQLSTATE class 23 (integrity constraint) and P0001 (raised by a trigger).
    private static func isRefusal(sqlState: String?) -> Bool {
        guard let sqlState else { return false }
        return sqlState.hasPrefix("23") || sqlState == "P0001"
    }

    /// A missing table means the database was never migrated (or is another program's).
    private static func migrateHint(_ text: String) -> String {
        text.contains("no such table") || text.contains("does not exist") ? " Run `patroncare migrate` first." : ""
    }

    /// The disk problems an operator can fix, in words; the rest as SQLite says them.
    private static func sqliteReason(_ error: SQLiteError) -> String {
        let reason = "\(error.reason)"
        if reason == "full" { return "the disk is full (\(error.message)); free some space and run it again — nothing was written" }
        if reason.hasPrefix("readOnly") { return "it is read-only (\(error.message)); make the file and its folder writable — nothing was written" }
        if reason.hasPrefix("cantOpen") {
            return "cannot open it (\(error.message)): does its folder exist, and may this user write there? A read-only disk cannot hold it"
        }
        if reason.hasPrefix("ioError") {
            return "the disk could not be written or read (\(error.message), \(reason)): is it full, read-only or failing? Nothing was written"
        }
        return "\(error.message) (\(reason))"
    }

    private static func postgresReason(_ error: PSQLError) -> String {
        if let message = error.serverInfo?[.message] { return message }
        return "\(error.code)" + (error.underlying.map { " (\($0))" } ?? "")
    }
}
