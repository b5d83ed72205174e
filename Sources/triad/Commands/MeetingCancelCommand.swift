import ArgumentParser
import TriadCore

/// `triad meeting cancel`.
struct MeetingCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Record that a scheduled meeting was called off.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @Option(help: "Why it was called off.")
    var reason: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let detail = try global.openStore().setMeetingStatus(meeting, to: .cancelled, reason: reason)
        try output.print(detail) { "\(meeting) is cancelled.\n" }
    }
}
