import ArgumentParser
import TriadCore

/// What `action done`, `action reopen` and `action cancel` take, and the change they make.
struct ActionStatusChangeOptions: ParsableArguments {
    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @Option(help: "A note to add.")
    var note: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    /// Moves the action to `status` and prints "A-57 is done: …".
    func apply(_ status: ActionStatus, saying outcome: String) throws {
        let item = try global.openStore().changeActionStatus(action, to: status, note: note, asOf: global.today)
        try output.print(item) { "\(item.id) \(outcome): \(item.title)\n" }
    }
}
