import ArgumentParser

/// `triad import`: bring in data kept elsewhere.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import contribution statistics from a CSV file.",
        subcommands: [ImportContributionsCommand.self])
}
