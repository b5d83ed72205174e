import ArgumentParser
import TriadCore
import TriadReports

/// `triad action show`.
struct ActionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an action item and its notes.")

    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let item = try global.openStore().read { try $0.action(action, asOf: global.today) }
        try output.print(item) { item.document(asOf: global.today) }
    }
}
