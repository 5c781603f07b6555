import Vapor

/// `patroncare import <kind> FILE`: the importers, one subcommand each.
struct ImportCommands: AsyncCommandGroup {
    var commands: [String: any AnyAsyncCommand] = [:]
    var help: String { "Imports data from other systems (koha-patrons, deposits)." }
}
