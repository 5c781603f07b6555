import Fluent
import PatronCore
import Vapor

/// Admin pages for staff accounts: list, add, change role, deactivate, reset password, require a
/// new password at the next sign-in, unlock after a sign-in lock-out. Deactivating an account or
/// resetting its password ends all of its sessions.
struct StaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(RequirePermission(.manageStaff))
        staff.get(.staffAccounts, use: index)
        staff.post(.staffAccounts, use: create)
        staff.post(.staffAccount, use: update)
    }

    struct NewStaffForm: Content {
        var username: String?
        var displayName: String?
        var role: String?
        var password: String?
    }

    struct UpdateStaffForm: Content {
        var role: String
        var active: String?
        var password: String?
        var mustChangePassword: String?
        var unlock: String?
    }

    @Sendable func index(req: Request) async throws -> StaffAccountsPage {
        try await page(req, form: NewStaffForm(), errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let form = try req.content.decode(NewStaffForm.self)
        do {
            let created = try await StaffAccounts.create(
                username: form.username ?? "", displayName: form.displayName ?? "", role: form.role ?? "",
                password: form.password ?? "", environment: req.application.environment, on: req.db)
            try await req.audit(.staffCreate, subject: created.username, details: "role=\(created.role.rawValue)")
            req.setNotice(req.t("notice_staff_created"))
            return req.redirect(to: .staffAccounts)
        } catch let problem as StaffAccountProblem {
            var echoed = form
            echoed.password = nil
            return try await page(req, form: echoed, errors: [problem.message(req.language)]).response(status: .unprocessableEntity)
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        guard let id = req.parameters.get("staffID", as: UUID.self), let user = try await StaffUser.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        let form = try req.content.decode(UpdateStaffForm.self)
        guard let role = StaffRole(rawValue: form.role) else {
            throw Abort(.badRequest, reason: StaffAccountProblem.unknownRole(form.role).message(req.language))
        }
        let me = try req.staff
        if user.id == me.id && (role != .admin || form.active == nil) {
            throw Abort(.badRequest, reason: req.t("error_staff_self_demote"))
        }
        var endSessions = false
        if let password = form.password, !password.isEmpty {
            guard password.count >= StaffAccountProblem.minimumPasswordLength else {
                throw Abort(.badRequest, reason: StaffAccountProblem.passwordTooShort(minimum: StaffAccountProblem.minimumPasswordLength).message(req.language))
            }
            user.passwordHash = try StaffAccounts.hash(password, environment: req.application.environment)
            endSessions = true
        }
        let changes = [user.role != role ? "role=\(user.role.rawValue)→\(role.rawValue)" : nil,
                       user.active != (form.active != nil) ? "active=\(user.active)→\(form.active != nil)" : nil,
                       form.password?.isEmpty == false ? "password reset" : nil,
                       form.unlock != nil && user.lockedAt != nil ? "unlocked" : nil,
                       user.mustChangePassword != (form.mustChangePassword != nil) ? "must-change-password=\(form.mustChangePassword != nil)" : nil].compactMap { $0 }
        let unlocking = form.unlock != nil && user.lockedAt != nil
        if unlocking { user.lockedAt = nil }
        user.role = role
        if user.active && form.active == nil { endSessions = true }
        user.active = form.active != nil
        user.mustChangePassword = form.mustChangePassword != nil
        let endingSessions = endSessions
        try await req.db.transaction { db in
            try await user.update(on: db)
            if endingSessions { try await StaffSessions.endAll(staffID: user.requireID(), on: db) }
            if unlocking {
                // The failures that locked it no longer count against the next attempt.
                try await DatabaseRateLimiter(db: db).clear(.signInUsername, key: user.username)
                try await SignInLog.record(.unlocked, username: user.username, staffID: user.id, clientAddress: req.clientAddress,
                                           actorID: me.id, at: req.clock.now(), on: db, logger: req.logger)
            }
        }
        if endingSessions && user.id == me.id {
            // An administrator who reset their own password continues under a new session.
            req.sessionState.record = nil
            try await StaffSessions.begin(for: user, on: req)
        }
        if !changes.isEmpty { try await req.audit(.staffChange, subject: user.username, details: changes.joined(separator: " ")) }
        req.setNotice(req.t("notice_staff_saved"))
        return req.redirect(to: .staffAccounts)
    }

    private func page(_ req: Request, form: NewStaffForm, errors: [String]) async throws -> StaffAccountsPage {
        let users = try await StaffUser.query(on: req.db).sort(\.$username).all()
        return StaffAccountsPage(chrome: req.pageChrome(title: req.t("staff_title")), users: users, form: form, errors: errors)
    }
}
