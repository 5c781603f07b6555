import Foundation
import Logging
import Vapor

/// Log lines as one JSON object each (`LOG_FORMAT=json`), for a log collector: time, level, label,
/// message, source and every metadata value (request id, client, username …) as a string.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    /// Where a finished line goes: standard error, or a test's collector.
    let write: @Sendable (String) -> Void

    init(label: String, level: Logger.Level, write: @escaping @Sendable (String) -> Void = JSONLogHandler.standardError) {
        self.label = label
        self.logLevel = level
        self.write = write
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?,
             source: String, file: String, function: String, line: UInt) {
        var fields = metadata.merging(explicit ?? [:]) { $1 }.mapValues { "\($0)" }
        fields["time"] = Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(AppClock.system.now())
        fields["level"] = level.rawValue
        fields["label"] = label
        fields["message"] = message.description
        fields["source"] = source
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        write(String(decoding: data, as: UTF8.self))
    }

    static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The process's logging: JSON lines when `LOG_FORMAT=json`, else Vapor's console lines.
    static func bootstrap(_ environment: inout Environment, variables: [String: String] = ProcessInfo.processInfo.environment) throws {
        let variables = ConfigurationValues(variables)
        guard variables[.logFormat] == "json" else {
            try LoggingSystem.bootstrap(from: &environment)
            return
        }
        let level = variables[.logLevel].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
    }
}
