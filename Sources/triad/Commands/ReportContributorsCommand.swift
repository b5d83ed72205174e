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
        // What a level withholds is counted in SQL, as the report counts: never the mission's records row by row.
        let counting = upTo.level != nil
        let read = try upTo.read(try global.openStore()) { reader in
            (
                facts: try ReportFacts.contributors(mission, asOf: asOf, in: reader),
                counts: counting
                    ? (
                        meetings: try reader.meetingCount(MeetingFilter(mission: mission, to: asOf)),
                        actions: try reader.actionCount(ActionFilter(mission: mission, status: .all), asOf: asOf),
                        notes: try reader.noteCount(ActionFilter(mission: mission, status: .all), asOf: asOf)
                    ) : (meetings: 0, actions: 0, notes: 0)
            )
        }
        var contributors = ContributorsReport(facts: read.visible.facts, asOf: asOf)
        if let full = read.full?.counts {
            let visible = read.visible.counts
            contributors.withheld = Withheld(
                upTo: upTo.level, meetings: full.meetings - visible.meetings, actions: full.actions - visible.actions,
                notes: full.notes - visible.notes)
        }
        try report.write(contributors, document: contributors.document, defaultTable: "contributors")
    }
}
