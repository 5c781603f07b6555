import Fluent
import Vapor

/// `patroncare demo`: migrates and loads the demo staff and members into an empty database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Migrates the database and loads demo staff accounts and members (only into an empty database)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        try await DemoData.loadIfEmpty(context.application)
    }
}
