import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad report minutes`: one meeting as a printable record.
struct ReportMinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Minutes of a meeting: attendance by group, agenda and outcomes, actions arising.",
        discussion: "CSV tables: attendees (default), agenda, actions.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func run() throws {
        let minutes = try global.openStore().read { reader in
            MinutesReport(
                meeting: try reader.meetingDetail(meeting),
                actions: try reader.actions(ActionFilter(meeting: meeting, status: .all), asOf: global.today))
        }
        try report.write(minutes, document: minutes.document, defaultTable: "attendees")
    }
}
