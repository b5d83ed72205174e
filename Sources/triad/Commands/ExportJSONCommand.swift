import ArgumentParser
import Foundation
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
        let store = try global.openStore()
        var written = BundleTally()
        let progress = ProgressLine(started: Date())
        // One snapshot: what is written is counted first, for the progress's total, in the same read.
        func export(to output: @escaping (String) throws -> Void) throws {
            var writer = try BundleJSONWriter(output: output)
            let records = { (reader: any StoreReader) in
                let total = try reader.bundleTally().records
                try reader.exportBundle { record in
                    written.count(record)
                    try writer.write(record)
                    progress.show("Wrote", written.records, of: total, "records")
                }
            }
            if let level = upTo.level { try store.read(upTo: level, records) } else { try store.read(records) }
            try writer.finish()
            progress.finish()
        }
        if let output {
            try OutputFile.write(to: output) { output in try withoutActuallyEscaping(output) { try export(to: $0) } }
        } else {
            try export(to: Console.standardOutput.write)
        }
        if let level = upTo.level {
            // What the whole record holds beyond what was written: counted, never described.
            let whole = try store.read { try $0.bundleTally() }
            var withheld = Withheld(
                upTo: level, meetings: whole.meetings - written.meetings,
                agendaItems: whole.agendaItems(ofMeetingsUpTo: level) - written.agendaItems,
                actions: whole.actions - written.actions, notes: whole.notes - written.notes)
            withheld.commands = whole.commands - written.commands
            withheld.positions = whole.positions - written.positions
            upTo.report(withheld)
        }
        if let output {
            Console.standardError.write(
                "Wrote \(written.meetings) meetings, \(written.actions) actions and \(written.commands) journal commands to \(output)\n"
            )
        }
    }
}
