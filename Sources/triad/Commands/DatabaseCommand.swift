import ArgumentParser

/// `triad db`: look after the database file.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Check, back up and describe the database file.",
        subcommands: [DatabaseCheckCommand.self, DatabaseBackupCommand.self, DatabaseStatsCommand.self])
}
