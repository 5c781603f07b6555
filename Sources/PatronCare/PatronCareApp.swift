import Fluent
import PatronCore
import Vapor

/// The `patroncare` executable: Vapor's commands plus ours. `serve --demo` (and `demo`) migrate and
/// load demo data into an empty database, so one command shows a working product.
public enum PatronCareApp {
    public static func run() async throws {
        var environment = try Environment.detect()
        let demoMode = environment.arguments.contains("--demo") || environment.arguments.dropFirst().first == "demo"
        let serving = (environment.arguments.dropFirst().first ?? "serve") == "serve"
        environment.arguments.removeAll { $0 == "--demo" }
        try LoggingSystem.bootstrap(from: &environment)
        let app = try await Application.make(environment)
        do {
            try configure(app, config: AppConfig.load(from: environment, demoMode: demoMode, runJobs: serving))
            if demoMode && environment.arguments.dropFirst().first != "demo" {
                try await app.autoMigrate()
                try await DemoData.loadIfEmpty(app)
            }
            try await app.execute()
        } catch let refusal as ExitCode {
            // A command that refused its input already said why: leave with its status, no backtrace.
            try? await app.asyncShutdown()
            Foundation.exit(refusal.code)
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

func registerCommands(_ app: Application) {
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    var importGroup = ImportCommands()
    importGroup.commands["koha-patrons"] = ImportKohaPatronsCommand()
    importGroup.commands["deposits"] = ImportDepositsCommand()
    app.asyncCommands.use(importGroup, as: "import")
    app.asyncCommands.use(ReportCommands(), as: "report")
    app.asyncCommands.use(ForfeitCommand(), as: "forfeit")
    app.asyncCommands.use(RemindCommand(), as: "remind")
    app.asyncCommands.use(DeliverCommand(), as: "deliver")
    app.asyncCommands.use(ComplaintCommands(), as: "complaints")
    app.asyncCommands.use(CampaignCommands(), as: "campaign")
}
