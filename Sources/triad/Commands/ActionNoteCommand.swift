import ArgumentParser
import TriadCore

/// `triad action note`.
struct ActionNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to an action.")

    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @Argument(help: "The note.")
    var text: String

    @OptionGroup var level: ClassificationOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let item = try global.openStore().addNote(
            text, to: action, classification: level.classification, asOf: global.today)
        try output.print(item) { "Added a note to \(item.id) (\(item.notes.count) notes).\n" }
    }
}
