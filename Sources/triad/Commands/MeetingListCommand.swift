import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad meeting list`.
struct MeetingListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List meetings, oldest first.")

    @Option(help: "Only meetings concerning this mission.")
    var mission: String?

    @Option(
        help: "Only meetings of this format.", completion: .slugs(MeetingKind.self), transform: MeetingKind.init(slug:))
    var kind: MeetingKind?

    @Option(
        help: ArgumentHelp("Only meetings on or after this day.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var from: DateExpression?

    @Option(
        help: ArgumentHelp("Only meetings on or before this day.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var to: DateExpression?

    @Option(help: "Only meetings this party attended or was invited to.")
    var party: String?

    @Option(
        help: "Only meetings with this status: scheduled, held or cancelled.", completion: .slugs(MeetingStatus.self),
        transform: MeetingStatus.init(slug:))
    var status: MeetingStatus?

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let filter = MeetingFilter(
            mission: mission, kind: kind, from: from.map(global.day), to: to.map(global.day), party: party,
            status: status)
        let read = try upTo.read(try global.openStore()) { try $0.meetings(filter) }
        let meetings = read.visible
        if let full = read.full {
            upTo.report(
                Withheld(
                    upTo: upTo.level, meetings: full.map(\.id), visible: meetings.map(\.id), actions: [],
                    visibleActions: []))
        }
        try output.print(meetings) { .listing(ListTables.meetings(meetings), summary: "\(meetings.count) meetings") }
    }
}
