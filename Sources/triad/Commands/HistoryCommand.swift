import Foundation
import ArgumentParser
import TriadCore
import TriadReports

/// `triad history`: the change journal.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List the latest commands that changed the database, newest first.")

    @Option(help: "How many commands to show.")
    var limit = 20

    @Option(
        help: ArgumentHelp("Only commands on or after this day (UTC).", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var since: DateExpression?

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let read = try upTo.read(try global.openStore()) { try $0.history(limit: limit, since: since.map(global.day)) }
        let entries = read.visible
        if let full = read.full {
            // Among the commands of the span shown, those that changed something above the level.
            let oldest = entries.map(\.id).min() ?? full.map(\.id).min() ?? 0
            var withheld = Withheld(upTo: upTo.level, meetings: 0, actions: 0, notes: 0)
            withheld.commands = Set(full.map(\.id).filter { $0 >= oldest }).subtracting(entries.map(\.id)).count
            upTo.report(withheld)
        }
        try output.print(entries) {
            entries.map { entry in
                let when = entry.at.iso8601.prefix(16).replacingOccurrences(of: "T", with: " ")
                let rows = entry.changes == 1 ? "1 row" : "\(entry.changes) rows"
                return
                    "#\(entry.id)  \(when) UTC  \(entry.actor): \(entry.summary) (\(rows))\n    \(entry.commandLine)\n"
            }.joined()
        }
    }
}
