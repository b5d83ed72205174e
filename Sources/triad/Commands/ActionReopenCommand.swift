import ArgumentParser
import TriadCore

/// `triad action reopen`.
struct ActionReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a done or cancelled action.")

    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @Option(help: "A note to add.")
    var note: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let item = try global.openDatabase().changeActionStatus(action, to: .open, note: note, asOf: global.today)
        try output.print(item) { "\(item.id) is open again: \(item.title)\n" }
    }
}
