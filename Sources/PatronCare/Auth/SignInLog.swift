import Fluent
import Foundation
import Vapor

/// The sign-in log (`sign_in_events`, append-only). `record` is the only place that writes it:
/// every sign-in, failure, throttled attempt, lock-out, unlock, password change and sign-out
/// passes through here (so this is where the general audit log hooks in too).
enum SignInLog {
    static func record(_ outcome: SignInEventRecord.Outcome, username: String, staffID: UUID?, clientAddress: String,
                       actorID: UUID? = nil, at instant: Date, on db: any Database, logger: Logger) async throws {
        try await SignInEventRecord(at: instant, outcome: outcome, username: username, staffID: staffID,
                                    clientAddress: clientAddress, actorID: actorID).create(on: db)
        if let action = auditAction(outcome) {
            // The access log shows sign-ins beside the reads and exports they made possible.
            try await AuditLog.record(action, by: AuditActor(username: String(username.prefix(64)), role: ""),
                                      details: "client=\(clientAddress)", at: instant, on: db)
        }
        let level: Logger.Level = outcome == .signedIn || outcome == .signedOut ? .info : .notice
        logger.log(level: level, "sign-in: \(outcome.rawValue)", metadata: ["username": .string(String(username.prefix(64))),
                                                                             "client": .string(clientAddress)])
    }

    /// Sign-ins, failures and lock-outs also go to the access log; the other outcomes stay in this log.
    private static func auditAction(_ outcome: SignInEventRecord.Outcome) -> AuditAction? {
        switch outcome {
        case .signedIn: .signIn
        case .failed, .throttled, .refusedLocked: .signInFailed
        case .lockedOut: .signInLocked
        default: nil
        }
    }

    /// The failures for `username` since its last successful sign-in or unlock, newest first,
    /// no older than `since`.
    static func recentFailures(username: String, since: Date, on db: any Database) async throws -> [Date] {
        let events = try await SignInEventRecord.query(on: db).filter(\.$username == username).filter(\.$at > since)
            .sort(\.$at, .descending).limit(200).all()
        var failures: [Date] = []
        for event in events {
            switch event.outcome {
            case .signedIn, .unlocked, .passwordChanged: return failures
            case .failed, .lockedOut: failures.append(event.at)
            default: continue
            }
        }
        return failures
    }
}
