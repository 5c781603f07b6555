import Crypto
import Fluent
import Foundation
import PatronCore
import SQLKit
import Vapor

/// Server-side sessions for signed-in staff (`staff_sessions`), instead of Vapor's sessions:
/// - a session exists only after a successful sign-in: anonymous pages store nothing (their forms
///   use `AnonymousFormToken`, a signed cookie);
/// - sign-in always makes a new token and form token and deletes the session it came from, so a
///   planted cookie is never promoted (no session fixation); sign-out deletes the row;
/// - idle and absolute expiry are decided on the server (`SessionLifetime`), not by the cookie;
/// - deactivating an account or resetting its password deletes all of its sessions (`endAll`);
/// - only the token's SHA-256 is stored.
enum StaffSessions {
    static let cookieName = "patroncare_session"
    /// `last_seen_at` is written at most this often, so reading pages does not write on every request.
    static let touchInterval: TimeInterval = 60

    /// Opens the session named by the request's cookie, if it is valid; signs the staff member in.
    static func open(_ req: Request) async throws {
        guard let token = req.cookies[cookieName]?.string, !token.isEmpty else { return }
        let state = req.sessionState
        guard let record = try await lookUp(tokenHash: hash(token), on: req.db) else {
            state.clearSessionCookie = true
            return
        }
        let now = req.clock.now()
        let lifetime = req.config.security.session.state(createdAt: record.createdAt, lastSeenAt: record.lastSeenAt, now: now)
        guard lifetime == .active, record.staff.maySignIn else {
            try await record.delete(on: req.db)
            state.clearSessionCookie = true
            return
        }
        state.record = record
        req.auth.login(record.staff)
    }

    /// The session and its staff account in one query, read by column: every staff page starts
    /// here, and decoding the two Fluent models (plus the eager load's second query) was a tenth of
    /// a list page's time.
    static func lookUp(tokenHash: String, on db: any Database) async throws -> StaffSessionRecord? {
        let sql = db as! any SQLDatabase
        let sessionColumns = ["id", "csrf_token", "notice", "created_at", "last_seen_at", "staff_id"]
        let staffColumns = ["username", "display_name", "role", "password_hash", "active", "locked_at", "must_change_password"]
        let select = sql.select()
            .columns(sessionColumns.map { SQLAlias(SQLColumn($0, table: "s"), as: SQLIdentifier("s_\($0)")) })
            .columns(staffColumns.map { SQLColumn($0, table: "u") })
            .from(SQLAlias(SQLIdentifier(StaffSessionRecord.schema), as: SQLIdentifier("s")))
            .join(SQLAlias(SQLIdentifier(StaffUser.schema), as: SQLIdentifier("u")), on: SQLColumn("id", table: "u"), .equal, SQLColumn("staff_id", table: "s"))
            .where(SQLColumn("token_hash", table: "s"), .equal, SQLBind(tokenHash))
            .limit(1)
        guard let row = try await select.rowColumns().first else { return nil }
        guard let role = StaffRole(rawValue: try row.text("role")) else { throw DatabaseFailure("unknown staff role \(try row.text("role"))") }
        let staff = StaffUser(username: try row.text("username"), displayName: try row.text("display_name"), role: role,
                              passwordHash: try row.text("password_hash"))
        staff.id = try row.uuid("s_staff_id")
        staff.$id.exists = true
        staff.active = try row.flag("active")
        staff.lockedAt = try row.optionalDate("locked_at")
        staff.mustChangePassword = try row.flag("must_change_password")
        let record = StaffSessionRecord(tokenHash: tokenHash, staffID: try row.uuid("s_staff_id"), csrfToken: try row.text("s_csrf_token"),
                                        at: try row.date("s_created_at"))
        record.id = try row.uuid("s_id")
        record.$id.exists = true
        record.lastSeenAt = try row.date("s_last_seen_at")
        record.notice = try row.optionalText("s_notice")
        record.$staff.value = staff
        return record
    }

    /// After the handler: records the visit (idle expiry counts from it) and the notice, and sets or clears cookies.
    static func finish(_ req: Request, _ response: Response) async throws {
        let state = req.sessionState
        if let record = state.record, let id = record.id {
            let now = req.clock.now()
            if state.noticeChanged || (!state.isNew && now.timeIntervalSince(record.lastSeenAt) >= touchInterval) {
                record.lastSeenAt = now
                try await (req.db as! any SQLDatabase).update(StaffSessionRecord.schema)
                    .set("last_seen_at", to: SQLBind(now)).set("notice", to: SQLBind(record.notice))
                    .where("id", .equal, SQLBind(id)).run()
            }
        }
        apply(state, to: response, secure: req.config.secureCookies, lifetime: req.config.security.session)
    }

    static func apply(_ state: SessionState, to response: Response, secure: Bool, lifetime: SessionLifetime) {
        if let token = state.newSessionToken {
            response.cookies[cookieName] = HTTPCookies.Value(string: token, maxAge: Int(lifetime.absolute), path: "/",
                                                             isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        } else if state.clearSessionCookie {
            response.cookies[cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                                                             isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        }
        if let token = state.newFormToken {
            response.cookies[AnonymousFormToken.cookieName] = HTTPCookies.Value(string: token, path: "/", isSecure: secure,
                                                                                 isHTTPOnly: true, sameSite: .lax)
        }
    }

    /// Signs `user` in with a brand-new session and form token; the session the request came with
    /// (a planted one included) is deleted.
    static func begin(for user: StaffUser, on req: Request) async throws {
        let state = req.sessionState
        if let old = state.record { try await old.delete(on: req.db) }
        if let presented = req.cookies[cookieName]?.string, !presented.isEmpty {
            try await StaffSessionRecord.query(on: req.db).filter(\.$tokenHash == hash(presented)).delete()
        }
        let token = randomToken()
        let record = StaffSessionRecord(tokenHash: hash(token), staffID: try user.requireID(), csrfToken: randomToken(), at: req.clock.now())
        try await record.create(on: req.db)
        record.$staff.value = user
        state.record = record
        state.isNew = true
        state.newSessionToken = token
        state.newFormToken = AnonymousFormToken.make(key: req.config.security.cookieKey)
        req.auth.login(user)
    }

    /// Signs out: the row is deleted, the cookie cleared, and the anonymous form token renewed.
    static func end(_ req: Request) async throws {
        let state = req.sessionState
        if let record = state.record { try await record.delete(on: req.db) }
        state.record = nil
        state.newSessionToken = nil
        state.clearSessionCookie = true
        state.newFormToken = AnonymousFormToken.make(key: req.config.security.cookieKey)
        req.auth.logout(StaffUser.self)
    }

    /// Ends every session of an account (deactivated, password reset, locked).
    static func endAll(staffID: UUID, on db: any Database) async throws {
        try await StaffSessionRecord.query(on: db).filter(\.$staff.$id == staffID).delete()
    }

    /// Deletes the sessions past their idle or absolute expiry (the daily job); returns how many.
    @discardableResult
    static func purgeExpired(now: Date, lifetime: SessionLifetime, on db: any Database) async throws -> Int {
        let expired = StaffSessionRecord.query(on: db).group(.or) {
            $0.filter(\.$lastSeenAt < lifetime.idleCutoff(now: now)).filter(\.$createdAt < lifetime.absoluteCutoff(now: now))
        }
        let count = try await expired.count()
        try await StaffSessionRecord.query(on: db).group(.or) {
            $0.filter(\.$lastSeenAt < lifetime.idleCutoff(now: now)).filter(\.$createdAt < lifetime.absoluteCutoff(now: now))
        }.delete()
        return count
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// 256 random bits, base64url without padding.
    static func randomToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64URLEncoded
    }
}

/// What one request knows about its session; kept in the request's storage.
final class SessionState: @unchecked Sendable {
    var record: StaffSessionRecord?
    /// Created by this request's sign-in: nothing to touch afterwards.
    var isNew = false
    var newSessionToken: String?
    var clearSessionCookie = false
    var noticeChanged = false
    var newFormToken: String?
}

/// Opens the staff session before the routes run and records it after.
struct StaffSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await StaffSessions.open(request)
        let response = try await next.respond(to: request)
        try await StaffSessions.finish(request, response)
        return response
    }
}

extension Request {
    private struct SessionStateKey: StorageKey { typealias Value = SessionState }

    var sessionState: SessionState {
        if let state = storage[SessionStateKey.self] { return state }
        let state = SessionState()
        storage[SessionStateKey.self] = state
        return state
    }
}

extension Data {
    var base64URLEncoded: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
