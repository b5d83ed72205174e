import ArgumentParser

/// `triad db backup`: a consistent copy taken while the database stays in use.
struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the database to a new file, readable by you only.")

    @Argument(help: "The new file.")
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try global.openDatabase().backup(to: file)
        Console.standardOutput.write("Backed up \(global.databasePath) to \(file).\n")
    }
}
