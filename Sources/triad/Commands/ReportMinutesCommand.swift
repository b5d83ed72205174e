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

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func run() throws {
        let minutes = try upTo.minutes(of: meeting, asOf: global.today, in: try global.openStore())
        try report.write(minutes, document: minutes.document, defaultTable: "attendees")
    }
}
