import ArgumentParser
import TriadCore
import TriadReports

/// `triad council list`: the members on a day.
struct CouncilListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the Council members on a day.")

    @Option(
        help: ArgumentHelp("The day (default: today).", valueName: "date"), transform: DateExpression.init(parsing:))
    var on: DateExpression?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let day = on.map(global.day) ?? global.today
        let members = try global.openStore().read {
            CouncilMember.members(try $0.councilMembers(on: day), presidency: try $0.councilPresident(on: day))
        }
        let president = members.first(where: \.president).map { "; presided by \($0.seat.name)" } ?? ""
        try output.print(members) {
            .listing(
                ListTables.councilMembers(members),
                summary: "Security Council on \(day): \(members.count) members\(president)")
        }
    }
}
