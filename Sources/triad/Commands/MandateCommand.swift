import ArgumentParser

/// `triad mandate`: Security Council resolutions that authorize missions.
struct MandateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mandate", abstract: "Record, list and show mandates.",
        subcommands: [MandateAddCommand.self, MandateListCommand.self, MandateShowCommand.self])
}
