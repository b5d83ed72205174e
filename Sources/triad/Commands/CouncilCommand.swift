import ArgumentParser

/// `triad council`: Security Council seats.
struct CouncilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "council", abstract: "Record Council seats, list the Council on a day, and show its President.",
        subcommands: [CouncilSeatCommand.self, CouncilListCommand.self, CouncilPresidentCommand.self])
}
