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

extension Request {
    /// The signed-in staff member; routes behind the sign-in redirect always have one.
    var staff: StaffUser {
        get throws { try auth.require(StaffUser.self) }
    }

    func can(_ permission: StaffRole.Permission) -> Bool {
        auth.get(StaffUser.self)?.role.can(permission) ?? false
    }

    /// What the signed-in staff member may see of people's personal data: every page, CSV and API
    /// answer that shows a member goes through it (`MemberView`).
    var personalDataMask: PersonalDataMask {
        auth.get(StaffUser.self).map { PersonalDataMask(role: $0.role) } ?? .anonymous
    }
}
