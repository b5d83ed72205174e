import ArgumentParser

/// `triad position`: what each party raised at a consultation, and whether the next mandate took it up.
struct PositionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "position",
        abstract: "Record the positions parties raise at meetings and their uptake in the next mandate.",
        subcommands: [
            PositionAddCommand.self, PositionUptakeCommand.self, PositionListCommand.self, PositionShowCommand.self,
        ])
}
