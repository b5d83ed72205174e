import ArgumentParser

/// `triad export`: hand the record to other programs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export to a calendar (ics) or the whole database to a JSON bundle (json).",
        subcommands: [ExportICSCommand.self, ExportJSONCommand.self])
}
