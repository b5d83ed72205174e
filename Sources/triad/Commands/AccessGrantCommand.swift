import ArgumentParser
import TriadCore
import TriadStore

/// `triad access grant`: clears a role up to a level, to read or to read and write.
struct AccessGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Clear a role to read records up to a level, and with --write to add and change them within it.",
        discussion: """
            The role must exist on the server (CREATE ROLE name LOGIN). Granting again replaces its level. Grant \
            again after upgrading triad, so that the role may read the tables a new version adds.
            """)

    @Argument(help: "The role, as the server knows it.")
    var role: String

    @Option(
        name: .customLong("up-to"),
        help: ArgumentHelp(
            "The highest level it may read: unclassified, confidential or strictly-confidential.", valueName: "level"),
        completion: .slugs(Classification.self), transform: Classification.init(slug:))
    var level: Classification

    @Flag(help: "Let it add and change records within its level (otherwise it only reads).")
    var write = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let access = try AccessCommand.control(global)
        let clearance = try access.grant(role, upTo: level, write: write)
        try output.print(clearance) {
            "Cleared \(role) to read up to \(level.rawValue)\(write ? " and to write within it" : ", read only").\n"
        }
    }
}
