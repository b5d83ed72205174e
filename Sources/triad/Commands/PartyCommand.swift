import ArgumentParser

/// `triad party`: states, Secretariat entities and organizations.
struct PartyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "party", abstract: "List, add and show parties (states, Secretariat entities, organizations).",
        subcommands: [PartyListCommand.self, PartyAddCommand.self, PartyShowCommand.self])
}
