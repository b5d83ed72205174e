import ArgumentParser
import TriadReports

/// `triad export json`: the whole database as one versioned bundle.
struct ExportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Write the whole database (user data, changed reference data, the journal) as one JSON bundle.",
        discussion:
            "Records are keyed by uuid; 'triad import json' restores the bundle into an empty database or merges it into one with data."
    )

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let bundle = try global.openStore().read { try $0.exportBundle() }
        let text = try ReportJSON.encode(bundle)
        guard let output else {
            Console.standardOutput.write(text)
            return
        }
        try OutputFile.write(text, to: output)
        Console.standardError.write(
            "Wrote \(bundle.meetings.count) meetings, \(bundle.actions.count) actions and \(bundle.contributions.count) contributions to \(output)\n"
        )
    }
}
