import ArgumentParser
import TriadStore

/// `triad db check`: SQLite's integrity and foreign-key checks, the mission summaries against the records
/// (rebuilt with `--repair`), the schema version and the counts.
struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite's integrity and foreign key checks, and the mission summaries.")

    @Flag(help: "Run SQLite's quicker check, which skips matching indexes to their tables.")
    var quick = false

    @Flag(help: "Rebuild the mission summaries (actions and attendance per mission) if they are out of step.")
    var repair = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let database = try global.openStore()
        var health = try database.health(quick: quick)
        let problems =
            (health.integrity == ["ok"] ? [] : Array(health.integrity.prefix(3)))
            + (health.foreignKeyViolations > 0 ? ["\(health.foreignKeyViolations) broken references"] : [])
        guard problems.isEmpty else {
            throw StoreError.damaged(path: global.location.description, detail: problems.joined(separator: "; "))
        }
        if health.summaryRowsAmiss > 0 {
            // The records are sound; only what is kept from them is not, and it can be kept again.
            guard repair else {
                throw CommandError.summariesOutOfStep(path: global.location.description, rows: health.summaryRowsAmiss)
            }
            let rebuilt = try database.rebuildSummaries()
            Console.standardError.write("Rebuilt the mission summaries (\(rebuilt) rows were out of step).\n")
            health = try database.health(quick: quick)
        }
        try output.print(health) {
            "\(global.location.description): sound (\(checks(health, quick: quick)) ok, no broken references), "
                + "schema \(health.schemaVersion), \(health.counts["meeting"] ?? 0) meetings, "
                + "\(health.counts["actionItem"] ?? 0) actions, \(health.counts["contribution"] ?? 0) contribution records, "
                + "\(health.counts["journalCommand"] ?? 0) journaled commands.\n"
        }
    }

    /// What was checked, as the engine names it: SQLite's page checks, or the server's page checksums.
    private func checks(_ health: DatabaseHealth, quick: Bool) -> String {
        health.engine == "postgresql" ? "page checksums" : quick ? "quick_check" : "integrity_check"
    }
}
