import ArgumentParser

/// `triad contribution`: uniformed personnel by mission and party.
struct ContributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contribution", abstract: "Record and list contributions of personnel.",
        subcommands: [ContributionSetCommand.self, ContributionListCommand.self])
}
