import Fluent
import PatronCore
import Vapor

/// The `patroncare` executable: Vapor's commands plus ours. `serve --demo` (and `demo`) migrate and
/// load demo data into an empty database, so one command shows a working product.
public enum PatronCareApp {
    /// Runs the command named on the command line and returns the process's exit status: 0 when it
    /// did its work, else the status of its `CommandFailure` (see README, “Exit statuses”), whose
    /// message goes to standard error as one line. Nothing escapes as a backtrace.
    public static func run() async -> Int32 {
        var app: Application?
        do {
            var environment = try Environment.detect(arguments: defaultingEnvironment(CommandLine.arguments))
            let demoMode = environment.arguments.contains("--demo") || environment.arguments.dropFirst().first == "demo"
            let serving = (environment.arguments.dropFirst().first ?? "serve") == "serve"
            environment.arguments.removeAll { $0 == "--demo" }
            try JSONLogHandler.bootstrap(&environment)
            let made = try await Application.make(environment)
            app = made
            let config = try AppConfig.load(from: environment, demoMode: demoMode, runJobs: serving)
            try configure(made, config: config)
            if serving && config.channels.publicAddressIsLoopback {
                made.logger.warning("PATRONCARE_PUBLIC_URL is \(config.channels.publicBaseURL): postcards, notice-board sheets and reminder links will point at this machine only. Set it to the address members reach.")
            }
            if demoMode && environment.arguments.dropFirst().first != "demo" {
                try await made.autoMigrate()
                try await DemoData.loadIfEmpty(made)
            }
            // `startup` rather than `execute`: `execute` logs the error with its type before we can word it.
            try await made.startup()
            try await made.running?.onStop.get()
            try await made.asyncShutdown()
            return 0
        } catch {
            let failure = CommandFailure.from(error)
            if failure.status == .unexpected { app?.logger.report(error: error) }
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            if let app, !app.didShutdown { try? await app.asyncShutdown() }
            return failure.status.rawValue
        }
    }

    /// Production unless the command line says otherwise: `--env`/`-e` (or `VAPOR_ENV`) is kept as given, `--demo`
    /// and `demo` run in development (demo accounts, templates re-read), anything else gets
    /// `--env production` (template cache, terse logs) — so a real installation following the
    /// README never runs in development by accident.
    static func defaultingEnvironment(_ arguments: [String],
                                      variable: String? = ConfigurationValues.process[.vaporEnvironment]) -> [String] {
        if arguments.contains(where: { $0 == "--env" || $0 == "-e" || $0.hasPrefix("--env=") }) { return arguments }
        if let variable, !variable.isEmpty { return arguments }
        let demo = arguments.contains("--demo") || arguments.dropFirst().first == "demo"
        return arguments + ["--env", demo ? "development" : "production"]
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
    app.asyncCommands.use(CheckCommand(), as: "check")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(CampaignCommands(), as: "campaign")
    app.asyncCommands.use(HolidayCommands(), as: "holidays")
}
