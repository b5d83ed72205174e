import ArgumentParser

/// `triad import`: bring in data kept elsewhere.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import contribution statistics from a CSV file, or a JSON bundle from another office.",
        subcommands: [ImportContributionsCommand.self, ImportJSONCommand.self])
}
