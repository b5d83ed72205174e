import ArgumentParser
import TriadStore

/// `triad init`: create or upgrade the database and say where it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create or upgrade the database; print its path and schema version.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    struct Result: Encodable {
        let path: String
        let schemaVersion: String
    }

    func run() throws {
        let database = try global.openStore()
        let result = Result(path: global.databasePath, schemaVersion: try database.schemaVersion())
        try output.print(result) { "Database \(result.path) is ready (schema \(result.schemaVersion)).\n" }
    }
}
