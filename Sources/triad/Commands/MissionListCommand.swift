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

    @Option(
        help: ArgumentHelp("Only missions of this type: peacekeeping or political."),
        completion: .slugs(MissionType.self), transform: MissionType.init(slug:)
    )
    var type: MissionType?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let day = activeOn.map(global.day)
        let missions = try global.openStore().read { try $0.missions(activeOn: day) }
            .filter { type == nil || $0.type == type }
            .map { MissionListing($0, asOf: day ?? global.today) }
        try output.print(missions) {
            .listing(ListTables.missions(missions), summary: "\(missions.count) missions")
        }
    }
}
