import ArgumentParser
import TriadCore
import TriadReports

/// `triad mission list`.
struct MissionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List missions.")

    @Option(
        help: ArgumentHelp("Only missions deployed on this day.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var activeOn: DateExpression?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let missions = try global.openStore().read { try $0.missions(activeOn: activeOn.map(global.day)) }
        try output.print(missions) {
            .listing(ListTables.missions(missions), summary: "\(missions.count) missions")
        }
    }
}
