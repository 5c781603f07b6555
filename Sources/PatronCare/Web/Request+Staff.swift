import PatronCore
import Vapor

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

    /// The signed-in staff member as the ledger records them.
    var staffRef: StaffRef {
        get throws {
            let staff = try self.staff
            return StaffRef(id: staff.username, name: staff.displayName)
        }
    }
}
