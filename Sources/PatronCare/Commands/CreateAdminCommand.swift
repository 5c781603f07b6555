import Fluent
import PatronCore
import Vapor

/// `patroncare create-admin USERNAME --name "…"`: the first administrator of a real installation.
/// The password comes from `PATRONCARE_ADMIN_PASSWORD` or is asked for without echo; there is no default.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username", help: "Sign-in name (a–z, 0–9, . _ -)")
        var username: String

        @Option(name: "name", help: "Name shown in the app (default: the username)")
        var displayName: String?
    }

    var help: String { "Creates an administrator account." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let password: String
        if let fromEnvironment = ConfigurationValues.process.nonEmpty(.adminPassword) {
            password = fromEnvironment
        } else {
            password = context.console.ask("Password for \(signature.username) (at least \(String(StaffAccountProblem.minimumPasswordLength)) characters):", isSecure: true)
        }
        do {
            let user = try await StaffAccounts.create(
                username: signature.username, displayName: signature.displayName ?? signature.username, role: StaffRole.admin.rawValue,
                password: password, environment: context.application.environment, on: context.application.db)
            context.console.success("Administrator \(user.username) created.")
        } catch let problem as StaffAccountProblem {
            throw CommandFailure.refused(problem.message(.en))
        }
    }
}
