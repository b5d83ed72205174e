import ArgumentParser
import TriadCore
import TriadReports

/// `triad action show`.
struct ActionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an action item and its notes.")

    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let store = try global.openStore()
        let item = try upTo.readOne(store, action.description) { try $0.action(action, asOf: global.today) }
        if let level = upTo.level {
            let full = try store.read { try $0.action(action, asOf: global.today) }
            upTo.report(Withheld(upTo: level, meetings: [], visible: [], actions: [full], visibleActions: [item]))
        }
        try output.print(item) { item.document(asOf: global.today) }
    }
}
