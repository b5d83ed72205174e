import ArgumentParser
import TriadReports
import TriadStore

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

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let read = try upTo.read(try global.openStore()) { try $0.exportBundle() }
        let bundle = read.visible
        if let full = read.full {
            let notes = { (bundle: TriadBundle) in Set(bundle.actions.flatMap { $0.notes.map(\.uuid) }) }
            // The agenda items a shown meeting holds above the level (a hidden meeting's go with it).
            let fullAgenda = Dictionary(uniqueKeysWithValues: full.meetings.map { ($0.uuid, $0.agenda.count) })
            var withheld = Withheld(
                upTo: upTo.level,
                meetings: Set(full.meetings.map(\.uuid)).subtracting(bundle.meetings.map(\.uuid)).count,
                agendaItems: bundle.meetings.reduce(0) { $0 + (fullAgenda[$1.uuid] ?? 0) - $1.agenda.count },
                actions: Set(full.actions.map(\.uuid)).subtracting(bundle.actions.map(\.uuid)).count,
                notes: notes(full).subtracting(notes(bundle)).count)
            withheld.commands = Set(full.journal.map(\.uuid)).subtracting(bundle.journal.map(\.uuid)).count
            upTo.report(withheld)
        }
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
