import ArgumentParser

/// `triad parity`: the Uniformed Gender Parity Strategy's yearly targets.
struct ParityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parity",
        abstract: "List and correct the yearly targets for the share of women in each category of personnel.",
        subcommands: [ParityListCommand.self, ParitySetCommand.self])
}
