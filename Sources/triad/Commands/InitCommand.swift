import ArgumentParser
import TriadStore

/// `triad init`: create or upgrade the database and say where it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Create or upgrade the database (a file or a PostgreSQL database); print where it is and its schema version."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    struct Result: Encodable {
        let path: String
        let schemaVersion: String
    }

    func run() throws {
        let version = try global.openStore().schemaVersion()
        let result = Result(path: global.location.description, schemaVersion: version)
        try output.print(result) { "Database \(result.path) is ready (schema \(result.schemaVersion)).\n" }
    }
}
