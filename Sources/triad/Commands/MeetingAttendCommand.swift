import ArgumentParser
import TriadCore
import TriadReports

/// `triad meeting attend`.
struct MeetingAttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attend", abstract: "Record parties as present.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @Argument(help: "The parties present.")
    var codes: [String]

    @Option(help: "Who represented them.")
    var representative: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let detail = try global.openStore().attend(
            meeting, parties: ListArgument.expand(codes),
            representative: Text.optional(representative, field: "representative"))
        try output.print(detail) {
            "\(meeting) now has \(detail.attendees.count) attendees; groups present: \(detail.groupsPresentText).\n"
        }
    }
}
