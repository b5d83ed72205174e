import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad report contributors`.
struct ReportContributorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contributors",
        abstract: "Contributors of a mission: personnel by type and share, meetings attended, actions owned.",
        discussion: "CSV table: contributors.")

    @Argument(help: "The mission's acronym.")
    var mission: String

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func run() throws {
        let asOf = global.today
        // The mission's meetings and actions are read only to count what a level withholds: the report itself
        // counts them in SQL, and reading them whole would cost a large mission seconds and hundreds of MB.
        let counting = upTo.level != nil
        let read = try upTo.read(try global.openStore()) { reader in
            (
                facts: try ReportFacts.contributors(mission, asOf: asOf, in: reader),
                meetings: counting ? try reader.meetings(MeetingFilter(mission: mission, to: asOf)).map(\.id) : [],
                actions: counting ? try reader.actions(ActionFilter(mission: mission, status: .all), asOf: asOf) : []
            )
        }
        var contributors = ContributorsReport(facts: read.visible.facts, asOf: asOf)
        if let full = read.full {
            contributors.withheld = Withheld(
                upTo: upTo.level, meetings: full.meetings, visible: read.visible.meetings, actions: full.actions,
                visibleActions: read.visible.actions)
        }
        try report.write(contributors, document: contributors.document, defaultTable: "contributors")
    }
}
