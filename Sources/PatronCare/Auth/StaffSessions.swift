import Crypto
import Fluent
import Foundation
import PatronCore
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
        guard let record = try await StaffSessionRecord.query(on: req.db).filter(\.$tokenHash == hash(token)).with(\.$staff).first() else {
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

    /// After the handler: records the visit (idle expiry counts from it) and sets or clears cookies.
    static func finish(_ req: Request, _ response: Response) async throws {
        let state = req.sessionState
        if let record = state.record {
            let now = req.clock.now()
            if state.noticeChanged || (!state.isNew && now.timeIntervalSince(record.lastSeenAt) >= touchInterval) {
                record.lastSeenAt = now
                try await record.update(on: req.db)
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
