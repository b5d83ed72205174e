import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad report follow-up`: what is owed, by whom.
struct ReportFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up", abstract: "Follow-up: open action items by owner and group, overdue first.",
        discussion: "CSV tables: actions (default), owners, groups.")

    @OptionGroup var scope: ActionScopeOptions

    @Option(help: "Days ahead that count as \"due soon\".")
    var dueWithin = 14

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func validate() throws {
        if dueWithin < 0 { throw ValidationError("--due-within must be zero or more days.") }
    }

    func run() throws {
        let asOf = global.today
        let recent = asOf.adding(days: 1 - FollowUpReport.recentDays)...asOf
        let read = try upTo.read(try global.openStore()) { reader in
            (
                try reader.actions(
                    ActionFilter(owner: scope.owner, group: scope.group, mission: scope.mission), asOf: asOf),
                try reader.actionCount(
                    ActionFilter(
                        owner: scope.owner, group: scope.group, mission: scope.mission, status: .done,
                        closedOn: recent), asOf: asOf)
            )
        }
        var followUp = FollowUpReport(
            openActions: read.visible.0, doneRecently: read.visible.1,
            filters: FollowUpReport.Filters(
                owner: scope.owner.map { $0.uppercased() }, group: scope.group,
                mission: scope.mission.map { $0.uppercased() },
                dueWithin: dueWithin), asOf: asOf)
        if let full = read.full {
            var withheld = Withheld(
                upTo: upTo.level, meetings: [], visible: [], actions: full.0, visibleActions: read.visible.0)
            withheld.actions += full.1 - read.visible.1
            followUp.withheld = withheld
        }
        try report.write(followUp, document: followUp.document, defaultTable: "actions")
    }
}
