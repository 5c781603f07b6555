import Fluent
import PatronCore
import Vapor

/// Sign-in and sign-out for staff, and choosing a new password (required after an administrator
/// asks for it; open to anyone signed in). The decisions are `SignIn`'s and `StaffSessions`'.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.login, use: loginPage)
        routes.post(.login, use: login)
        routes.post(.logout, use: logout)
        let account = routes.grouped(StaffUser.redirectMiddleware(path: SiteRoute.login.path))
        account.get(.accountPassword, use: passwordPage)
        account.post(.accountPassword, use: changePassword)
    }

    struct LoginForm: Content {
        var username: String?
        var password: String?
    }

    @Sendable func loginPage(req: Request) async throws -> LoginPage {
        LoginPage(chrome: req.pageChrome(title: req.t("login_title")))
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let username = String((form.username ?? "").trimmingCharacters(in: .whitespaces).lowercased().prefix(64))
        let message: String
        let status: HTTPResponseStatus
        switch try await SignIn.attempt(username: username, password: form.password ?? "", on: req) {
        case .signedIn(let user):
            try await StaffSessions.begin(for: user, on: req)
            return req.redirect(to: user.mustChangePassword ? .accountPassword : .home)
        case .failed:
            message = req.t("login_failed")
            status = .unauthorized
        case .paused(let seconds):
            message = seconds.map { req.t("login_paused_seconds").replacingOccurrences(of: "{seconds}", with: String($0)) }
                ?? req.t("login_paused_locked")
            status = .tooManyRequests
        }
        return LoginPage(chrome: req.pageChrome(title: req.t("login_title")), username: username, error: message).response(status: status)
    }

    @Sendable func logout(req: Request) async throws -> Response {
        if let user = req.auth.get(StaffUser.self) {
            try await SignInLog.record(.signedOut, username: user.username, staffID: user.id, clientAddress: req.clientAddress,
                                       at: req.clock.now(), on: req.db, logger: req.logger)
        }
        try await StaffSessions.end(req)
        return req.redirect(to: .login)
    }

    // MARK: Choosing a new password

    struct PasswordForm: Content {
        var password: String?
        var confirmation: String?
    }

    @Sendable func passwordPage(req: Request) async throws -> PasswordPage {
        try passwordPage(req, errors: [])
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        let user = try req.staff
        let form = try req.content.decode(PasswordForm.self)
        let password = form.password ?? ""
        var errors: [String] = []
        if password.count < StaffAccountProblem.minimumPasswordLength {
            errors.append(StaffAccountProblem.passwordTooShort(minimum: StaffAccountProblem.minimumPasswordLength).message(req.language))
        } else if password != form.confirmation {
            errors.append(req.t("password_mismatch"))
        } else if (try? Bcrypt.verify(password, created: user.passwordHash)) == true {
            errors.append(req.t("password_unchanged"))
        }
        if !errors.isEmpty {
            return try passwordPage(req, errors: errors).response(status: .unprocessableEntity)
        }
        user.passwordHash = try StaffAccounts.hash(password, environment: req.application.environment)
        user.mustChangePassword = false
        try await user.update(on: req.db)
        // Every other session of the account ends; this one continues under a new token.
        try await StaffSessions.endAll(staffID: user.requireID(), on: req.db)
        req.sessionState.record = nil
        try await StaffSessions.begin(for: user, on: req)
        try await SignInLog.record(.passwordChanged, username: user.username, staffID: user.id, clientAddress: req.clientAddress,
                                   at: req.clock.now(), on: req.db, logger: req.logger)
        req.setNotice(req.t("notice_password_changed"))
        return req.redirect(to: .home)
    }

    private func passwordPage(_ req: Request, errors: [String]) throws -> PasswordPage {
        let user = try req.staff
        return PasswordPage(chrome: req.pageChrome(title: req.t("password_title")), required: user.mustChangePassword, errors: errors)
    }
}

/// Keeps a staff member who must choose a new password on that page until they have.
struct RequirePasswordChange: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let user = request.auth.get(StaffUser.self), user.mustChangePassword {
            if request.url.path.hasPrefix(SiteRoute.apiPathPrefix) { throw Abort(.forbidden, reason: request.t("password_change_required")) }
            return request.redirect(to: .accountPassword)
        }
        return try await next.respond(to: request)
    }
}
