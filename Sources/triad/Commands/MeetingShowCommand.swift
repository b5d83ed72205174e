import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad meeting show`.
struct MeetingShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a meeting: attendees and their groups, agenda, actions arising.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let minutes = try upTo.minutes(of: meeting, asOf: global.today, in: try global.openStore())
        if output.format != .text { upTo.report(minutes.withheld) }
        try output.print(minutes.meeting) { minutes.document(titled: "Meeting") }
    }
}
