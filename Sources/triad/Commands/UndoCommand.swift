import ArgumentParser
import TriadCore
import TriadStore

/// `triad undo`: reverse the last command.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract:
            "Reverse the last command that changed the database, or a numbered one (the undo appears in the history).")

    @Argument(
        help: ArgumentHelp(
            "A command of 'triad history' to undo instead of the last (#12 or 12).", valueName: "command"),
        transform: { text in
            let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
            guard let number = Int64(digits), number > 0 else {
                throw DomainError.invalidReference(text, expected: "a command number from 'triad history', such as #12")
            }
            return number
        })
    var command: Int64?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let undone = try global.openStore().undo(command)
        try output.print(undone) {
            "Undid #\(undone.id) (\(undone.summary)), \(undone.changes == 1 ? "1 row" : "\(undone.changes) rows") put back:\n  \(undone.commandLine)\n"
        }
    }
}
