import ArgumentParser
import Foundation
import TriadStore

/// `triad import json`: restore a bundle into an empty database, or merge it into one with data.
struct ImportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Import a JSON bundle: a restore into an empty database, a merge into one with data.",
        discussion: """
            In a merge, records are matched by uuid, new ones are added, and a record edited in both databases keeps \
            the version edited last; every such conflict is listed. A version that would lower a record's \
            classification is refused for that record (ours is kept) and listed; the rest is merged. The summary \
            counts the meetings, agenda items, actions and notes that arrive at each level; with --dry-run it says \
            what would happen and writes nothing.
            """)

    @Argument(help: "The bundle written by 'triad export json'.")
    var file: String

    @Flag(help: "Say what the import would do, and at which levels records would arrive; write nothing.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let progress = ProgressLine(started: Date())
        let bundle: BundleFile
        do {
            // One pass over the file finds its lists; the import then reads it a record at a time.
            bundle = try BundleFile(path: file) { read, size in
                progress.show("Read", read >> 20, of: size >> 20, "MB")
            }
        } catch BundleReadingError.notABundle(let problem) {
            throw CommandError.notABundle(path: file, problem: problem)
        } catch BundleReadingError.unreadable(let reason) {
            throw CommandError.unreadableInput(path: file, reason: reason)
        } catch BundleReadingError.holdsNul {
            throw CommandError.inputHoldsNul(path: file)
        }
        let summary = try global.openStore().importBundle(
            bundle, mode: .restoreOrMerge, dryRun: dryRun,
            progress: { progress.show("Imported", $0.done, of: $0.total, "records") })
        progress.finish()
        try output.print(summary) { ImportJSONCommand.text(of: summary, file: file) }
    }

    /// The summary as a reader takes it in: what was (or would be) done, what arrives at which level, and each
    /// record that differed or was refused.
    static func text(of summary: MergeSummary, file: String) -> String {
        let would = summary.dryRun
        var text =
            summary.restored
            ? "\(would ? "Would restore" : "Restored") \(summary.added) records and \(summary.journalCommands) journal "
                + "entries from \(file).\n"
            : "\(would ? "Would merge" : "Merged") \(file): \(summary.added) added, \(summary.updated) updated from the "
                + "bundle, \(summary.kept) kept, \(summary.unchanged) unchanged, \(summary.refused.count) refused, "
                + "\(summary.journalCommands) journal entries added.\n"
        let levels = summary.arriving.filter { $0.total > 0 }
        if !levels.isEmpty {
            text += would ? "Would arrive, by classification:\n" : "Arrived, by classification:\n"
            for level in levels {
                let counts = [
                    (level.meetings, "meeting"), (level.agendaItems, "agenda item"), (level.actions, "action"),
                    (level.notes, "note"),
                ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
                text += "  \(level.classification.rawValue): \(counts.joined(separator: ", "))\n"
            }
        }
        if !summary.refused.isEmpty {
            text +=
                "Refused, as the bundle would lower their classification (\(summary.refused.count)):\n"
                + summary.refused.map { "  \($0)\n" }.joined()
        }
        if !summary.conflicts.isEmpty {
            text +=
                "Records that differ, resolved by the later edit (\(summary.conflicts.count)):\n"
                + summary.conflicts.map { "  \($0)\n" }.joined()
        }
        if would { text += "Dry run: nothing was written.\n" }
        return text
    }
}
