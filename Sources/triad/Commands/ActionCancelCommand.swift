import ArgumentParser
import TriadCore

/// `triad action cancel`.
struct ActionCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel an action.")

    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @Option(help: "A note to add.")
    var note: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let item = try global.openDatabase().changeActionStatus(action, to: .cancelled, note: note, asOf: global.today)
        try output.print(item) { "\(item.id) is cancelled: \(item.title)\n" }
    }
}
