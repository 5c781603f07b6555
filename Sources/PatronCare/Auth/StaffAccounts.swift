import Fluent
import PatronCore
import Vapor

/// Creates and changes staff accounts for the admin page, the `create-admin` command and the demo.
enum StaffAccounts {
    /// bcrypt cost: 12 in production; tests use the minimum so hundreds of sign-ins stay fast.
    static func hash(_ password: String, environment: Environment) throws -> String {
        try Bcrypt.hash(password, cost: environment == .testing ? 4 : 12)
    }

    static func create(username rawUsername: String, displayName: String, role roleText: String, password: String,
                       environment: Environment, on db: any Database) async throws -> StaffUser {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let problems = StaffAccountProblem.check(username: username, displayName: displayName, password: password, role: roleText)
        if let first = problems.first { throw first }
        if try await StaffUser.query(on: db).filter(\.$username == username).first() != nil {
            throw StaffAccountProblem.usernameTaken(username)
        }
        let user = StaffUser(username: username, displayName: displayName.trimmingCharacters(in: .whitespaces),
                             role: StaffRole(rawValue: roleText)!, passwordHash: try hash(password, environment: environment))
        try await user.create(on: db)
        return user
    }
}
