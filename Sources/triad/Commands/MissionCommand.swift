import ArgumentParser

/// `triad mission`: peacekeeping operations.
struct MissionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mission", abstract: "Add, list and show missions.",
        subcommands: [MissionAddCommand.self, MissionListCommand.self, MissionShowCommand.self])
}
