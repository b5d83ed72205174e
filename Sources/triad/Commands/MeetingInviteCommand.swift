import ArgumentParser
import TriadCore

/// `triad meeting invite`.
struct MeetingInviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invite", abstract: "Record parties as invited.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @Argument(help: "The parties invited.")
    var codes: [String]

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let detail = try global.openStore().invite(meeting, parties: ListArgument.expand(codes))
        try output.print(detail) { "\(meeting) now has \(detail.invitees.count) invitees.\n" }
    }
}
