import ArgumentParser
import TriadCore

/// `triad meeting held`.
struct MeetingHeldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "held", abstract: "Record that a scheduled meeting took place.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let detail = try global.openStore().setMeetingStatus(meeting, to: .held)
        try output.print(detail) { "\(meeting) is held.\n" }
    }
}
