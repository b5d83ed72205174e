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

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let (detail, actions) = try global.openStore().read { reader in
            (
                try reader.meetingDetail(meeting),
                try reader.actions(ActionFilter(meeting: meeting, status: .all), asOf: global.today)
            )
        }
        try output.print(detail) { MinutesReport(meeting: detail, actions: actions).document(titled: "Meeting") }
    }
}
