import ArgumentParser
import TriadStore

/// `triad undo`: reverse the last command.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Reverse the last command that changed the database (the undo itself appears in the history).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let undone = try global.openDatabase().undo()
        try output.print(undone) {
            "Undid #\(undone.id) (\(undone.summary)), \(undone.changes == 1 ? "1 row" : "\(undone.changes) rows") put back:\n  \(undone.commandLine)\n"
        }
    }
}
