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
            the version edited last; every such conflict is listed.
            """)

    @Argument(help: "The bundle written by 'triad export json'.")
    var file: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            let exists = FileManager.default.fileExists(atPath: file)
            throw CommandError.unreadableInput(path: file, reason: exists ? "permission denied" : "no such file")
        }
        guard data.range(of: Data("\\u0000".utf8)) == nil else { throw CommandError.inputHoldsNul(path: file) }
        let bundle: TriadBundle
        do {
            bundle = try TriadBundle.read(data)
        } catch BundleReadingError.notABundle(let problem) {
            throw CommandError.notABundle(path: file, problem: problem)
        }
        let summary = try global.openStore().importBundle(bundle)
        try output.print(summary) {
            var text =
                summary.restored
                ? "Restored \(summary.added) records and \(summary.journalCommands) journal entries from \(file).\n"
                : "Merged \(file): \(summary.added) added, \(summary.updated) updated from the bundle, \(summary.kept) kept, "
                    + "\(summary.unchanged) unchanged, \(summary.journalCommands) journal entries added.\n"
            if !summary.conflicts.isEmpty {
                text +=
                    "Records that differ, resolved by the later edit (\(summary.conflicts.count)):\n"
                    + summary.conflicts.map { "  \($0)\n" }.joined()
            }
            return text
        }
    }
}
