import ArgumentParser

/// `triad db`: look after the database, and copy it into another.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Check, back up, describe and copy the database.",
        subcommands: [
            DatabaseCheckCommand.self, DatabaseBackupCommand.self, DatabaseStatsCommand.self,
            DatabaseCopyCommand.self,
        ])
}
