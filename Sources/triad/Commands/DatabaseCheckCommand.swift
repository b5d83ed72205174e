import ArgumentParser
import TriadStore

/// `triad db check`: SQLite's integrity and foreign-key checks, the schema version and the counts.
struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the database with SQLite's integrity and foreign key checks.")

    @Flag(help: "Run SQLite's quicker check, which skips matching indexes to their tables.")
    var quick = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let health = try global.openDatabase().health(quick: quick)
        guard health.isSound else {
            throw StoreError.damaged(
                path: global.databasePath,
                detail: (health.integrity.prefix(3)
                    + (health.foreignKeyViolations > 0 ? ["\(health.foreignKeyViolations) broken references"] : [])
                    + (health.summaryRowsAmiss > 0
                        ? ["\(health.summaryRowsAmiss) rows of the mission summaries out of step"] : []))
                    .joined(separator: "; "))
        }
        try output.print(health) {
            "\(global.databasePath): sound (\(quick ? "quick_check" : "integrity_check") ok, no broken references), "
                + "schema \(health.schemaVersion), \(health.counts["meeting"] ?? 0) meetings, "
                + "\(health.counts["actionItem"] ?? 0) actions, \(health.counts["contribution"] ?? 0) contribution records, "
                + "\(health.counts["journalCommand"] ?? 0) journaled commands.\n"
        }
    }
}
