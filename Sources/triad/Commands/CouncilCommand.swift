import ArgumentParser

/// `triad council`: Security Council seats.
struct CouncilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "council", abstract: "Record Council seats and list the Council on a day.",
        subcommands: [CouncilSeatCommand.self, CouncilListCommand.self])
}
