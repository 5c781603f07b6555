import Fluent
import PatronCore
import Vapor

/// Sign-in and sign-out for staff.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("login", use: loginPage)
        routes.post("login", use: login)
        routes.post("logout", use: logout)
    }

    struct LoginContext: Encodable {
        let layout: LayoutContext
        let username: String
        let error: String?
    }

    struct LoginForm: Content {
        var username: String?
        var password: String?
    }

    @Sendable func loginPage(req: Request) async throws -> View {
        try await req.view.render("login", LoginContext(layout: LayoutContext(req, title: req.t("login_title")), username: "", error: nil))
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if let user = try await StaffUser.query(on: req.db).filter(\.$username == username).first(),
           try user.verify(password: form.password ?? "") {
            req.auth.login(user)
            req.session.authenticate(user)
            return req.redirect(to: "/")
        }
        let context = LoginContext(layout: LayoutContext(req, title: req.t("login_title")), username: username,
                                   error: req.t("login_failed"))
        let response = try await req.view.render("login", context).encodeResponse(for: req)
        response.status = .unauthorized
        return response
    }

    @Sendable func logout(req: Request) async throws -> Response {
        req.auth.logout(StaffUser.self)
        req.session.destroy()
        return req.redirect(to: "/login")
    }
}
