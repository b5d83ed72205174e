import ArgumentParser

/// `triad export`: hand the record to other programs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export meetings, due dates and mandate deadlines to a calendar.",
        subcommands: [ExportICSCommand.self])
}
