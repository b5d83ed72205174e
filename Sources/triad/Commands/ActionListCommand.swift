import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad action list`.
struct ActionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List action items (by default the open and in-progress ones), by due date.")

    @OptionGroup var scope: ActionScopeOptions

    @Option(help: "Only actions from this meeting.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID?

    @Option(
        help: "open, in-progress, done, cancelled, overdue or all.", completion: .slugs(ActionStatusFilter.self),
        transform: ActionStatusFilter.init(slug:))
    var status: ActionStatusFilter?

    @Option(help: "Only actions due within this many days of the as-of day.")
    var dueWithin: Int?

    @Flag(help: "Print only how many actions the filters select, a number on one line.")
    var count = false

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if let dueWithin, dueWithin < 0 { throw ValidationError("--due-within must be zero or more days.") }
    }

    func run() throws {
        let filter = ActionFilter(
            owner: scope.owner, group: scope.group, mission: scope.mission, meeting: meeting, status: status,
            dueWithin: dueWithin)
        if count {
            let read = try upTo.read(try global.openStore()) { try $0.actionCount(filter, asOf: global.today) }
            if let full = read.full {
                upTo.report(Withheld(upTo: upTo.level, meetings: 0, actions: full - read.visible, notes: 0))
            }
            Console.standardOutput.write("\(read.visible)\n")
            return
        }
        let read = try upTo.read(try global.openStore()) { try $0.actions(filter, asOf: global.today) }
        let actions = read.visible
        if let full = read.full {
            upTo.report(Withheld(upTo: upTo.level, meetings: [], visible: [], actions: full, visibleActions: actions))
        }
        try output.print(actions) {
            .listing(
                ActionTable.make(actions, emptyText: "No action items match."),
                summary: "\(actions.count) actions, \(actions.count(where: \.isOverdue)) overdue as of \(global.today)")
        }
    }
}
