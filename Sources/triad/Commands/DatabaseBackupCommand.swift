import ArgumentParser

/// `triad db backup`: a consistent copy taken while the database stays in use.
struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the database to a new file, readable by you only.")

    @Argument(help: "The new file.")
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let file = try global.openStore().fileMaintenance else {
            throw UsageError(
                message:
                    "a database on a server is backed up by its own tools (pg_dump); 'triad db backup' copies a file.")
        }
        try file.backup(to: self.file)
        Console.standardOutput.write("Backed up \(global.location.description) to \(self.file).\n")
    }
}
