import PatronCore
import Vapor

/// Lets a request through only when the signed-in staff member's role has the permission.
struct RequirePermission: AsyncMiddleware {
    let permission: StaffRole.Permission

    init(_ permission: StaffRole.Permission) { self.permission = permission }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let staff = try request.auth.require(StaffUser.self)
        guard staff.role.can(permission) else {
            throw Abort(.forbidden, reason: request.t("error_forbidden"))
        }
        return try await next.respond(to: request)
    }
}
