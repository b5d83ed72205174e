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
        let open = ActionFilter(owner: scope.owner, group: scope.group, mission: scope.mission)
        var done = open
        (done.status, done.closedOn) = (.done, recent)
        let filters = FollowUpReport.Filters(
            owner: scope.owner.map { $0.uppercased() }, group: scope.group,
            mission: scope.mission.map { $0.uppercased() },
            dueWithin: dueWithin)
        let store = try global.openStore()
        // Up to a level, the whole record is counted first, to say what the level leaves out.
        let whole = try upTo.level.map { _ in
            try store.read { reader in
                (open: try ListedActions(open, asOf: asOf, in: reader), done: try reader.actionCount(done, asOf: asOf))
            }
        }
        // The open actions are read twice in one reading, a page at a time: once for the counts and the widths of
        // the table, once to write them. Sixty thousand of them are never held at once.
        try upTo.readVisible(store) { reader in
            var listed = ListedActions()
            var followUp = try FollowUpReport(
                doneRecently: try reader.actionCount(done, asOf: asOf), filters: filters, asOf: asOf
            ) { body in
                var pages = try RecordPages(actions: open, asOf: asOf, in: reader)
                try pages.forEach { page in
                    listed.add(page)
                    try body(page)
                }
            }
            if let level = upTo.level, let whole {
                followUp.withheld = Withheld(
                    upTo: level, meetings: 0,
                    actions: whole.open.actions - listed.actions + whole.done - followUp.summary.doneRecently,
                    notes: whole.open.notes - listed.notes)
            }
            try report.write(
                followUp, document: followUp.document, defaultTable: "actions",
                pages: { body in
                    var pages = try RecordPages(actions: open, asOf: asOf, in: reader)
                    try pages.forEach(body)
                }, rows: ActionTable.rows)
        }
    }
}
