import Fluent
import Foundation
import PatronCore
import SQLKit

/// The public form's rate limit per client address, kept **in the database** (`feedback_submissions`)
/// so that it holds across every app instance sharing it; the core's `RateLimitRule` decides over
/// the rows. Only accepted submissions are recorded; rows older than the window are deleted as we go.
struct SubmissionThrottle {
    let db: any Database
    let rule: RateLimitRule

    func attempt(address: String, at now: Date) async throws -> RateLimitDecision {
        let key = RateLimiter.key(forAddress: address)
        let sql = db as! any SQLDatabase
        let cutoff = now.addingTimeInterval(-rule.window)
        try await sql.delete(from: "feedback_submissions").where("at", .lessThanOrEqual, SQLBind(cutoff)).run()
        let rows = try await sql.select().column("at").from("feedback_submissions")
            .where("client_key", .equal, SQLBind(key)).where("at", .greaterThan, SQLBind(cutoff)).all()
        let accepted = try rows.map { try $0.decode(column: "at", as: Date.self) }
        let decision = rule.decide(accepted: accepted, at: now)
        if decision.isAllowed {
            try await sql.insert(into: "feedback_submissions").columns("client_key", "at").values(SQLBind(key), SQLBind(now)).run()
        }
        return decision
    }
}
