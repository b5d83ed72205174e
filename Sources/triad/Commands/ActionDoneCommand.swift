import ArgumentParser
import TriadCore

/// `triad action done`.
struct ActionDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an action done.")

    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @Option(help: "A note to add.")
    var note: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let item = try global.openDatabase().changeActionStatus(action, to: .done, note: note, asOf: global.today)
        try output.print(item) { "\(item.id) is done: \(item.title)\n" }
    }
}
