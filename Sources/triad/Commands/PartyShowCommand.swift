import ArgumentParser
import TriadCore
import TriadReports

/// `triad party show`: a party's roles over time.
struct PartyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a party's Council seats, contributions, meetings and actions.")

    @Argument(help: "The party's code.")
    var code: String

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let read = try upTo.read(try global.openStore()) { reader in
            try ReportFacts.partyProfile(code, asOf: global.today, in: reader)
        }
        let profile = read.visible
        if let full = read.full {
            upTo.report(
                Withheld(
                    upTo: upTo.level, meetings: full.meetings.map(\.id), visible: profile.meetings.map(\.id),
                    actions: full.actions, visibleActions: profile.actions))
        }
        try output.print(profile) { profile.document }
    }
}
