import ArgumentParser
import TriadCore
import TriadReports

/// `triad contribution list`: a mission's contributors ranked by personnel.
struct ContributionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a mission's contributors on a day, ranked by personnel, with shares.")

    @Argument(help: "The mission's acronym.")
    var mission: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let day = global.today
        let standings = try global.openStore().read { try $0.contributors(mission: mission, on: day) }
        try output.print(standings.map(ContributionRow.init)) {
            .listing(
                ListTables.contributors(standings),
                summary: "\(standings.count) contributors, "
                    + "\(ReportCell.grouped(standings.reduce(0) { $0 + $1.contribution.personnel.total })) personnel on \(day)"
            )
        }
    }
}
