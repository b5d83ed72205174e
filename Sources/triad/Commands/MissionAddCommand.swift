import ArgumentParser
import TriadCore

/// `triad mission add`.
struct MissionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a mission.")

    @Argument(help: "Its acronym (MINUSCA).")
    var acronym: String

    @Option(help: "Its full name.")
    var name: String

    @Option(help: "Host state code; repeat or separate with commas for several.")
    var host: [String] = []

    @Option(help: "Where it is deployed when not simply a host state (Western Sahara).")
    var territory: String?

    @Option(help: ArgumentHelp("When it was established.", valueName: "date"), transform: DateExpression.init(parsing:))
    var established: DateExpression?

    @Option(help: ArgumentHelp("When it closed.", valueName: "date"), transform: DateExpression.init(parsing:))
    var closed: DateExpression?

    @Option(
        help: ArgumentHelp("peacekeeping (the default) or political."), completion: .slugs(MissionType.self),
        transform: MissionType.init(slug:))
    var type: MissionType = .peacekeeping

    @Option(help: ArgumentHelp("The mission it took over from (MONUC for MONUSCO).", valueName: "mission"))
    var predecessor: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let mission = try Mission(
            acronym: acronym, name: name, hosts: ListArgument.expand(host), territory: territory,
            established: established.map(global.day), closed: closed.map(global.day), type: type,
            predecessor: predecessor)
        let stored = try global.openStore().addMission(mission)
        try output.print(MissionListing(stored, asOf: global.today)) {
            "Added mission \(stored.acronym) (\(stored.name)).\n"
        }
    }
}
