import ArgumentParser

/// `triad mission`: peacekeeping operations.
struct MissionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mission", abstract: "Add, list and show missions, and record their phases.",
        subcommands: [
            MissionAddCommand.self, MissionListCommand.self, MissionShowCommand.self, MissionPhaseCommand.self,
        ])
}
