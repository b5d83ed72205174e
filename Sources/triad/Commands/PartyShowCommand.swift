import ArgumentParser
import TriadCore
import TriadReports

/// `triad party show`: a party's roles over time.
struct PartyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a party's Council seats, contributions, meetings and actions.")

    @Argument(help: "The party's code.")
    var code: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let profile = try global.openStore().read { reader in
            try ReportFacts.partyProfile(code, asOf: global.today, in: reader)
        }
        try output.print(profile) {
            let width = Console.standardOutput.width
            var header = KeyValueBlock()
            header.add("Party", "\(profile.party.code) — \(profile.party.name)")
            header.add("Kind", profile.party.kind.rawValue)
            header.add("Groups on \(profile.asOf)", profile.groups.map(\.rawValue).joined(separator: ", "))
            var text = header.rendered()
            if !profile.councilSeats.isEmpty {
                text += "\nCouncil seats\n" + Tables.councilSeats(profile.councilSeats).rendered(width: width)
            }
            if !profile.contributions.isEmpty {
                text += "\nContributions\n" + Tables.contributionRecords(profile.contributions).rendered(width: width)
            }
            if !profile.meetings.isEmpty {
                text += "\nMeetings\n" + Tables.meetings(profile.meetings).rendered(width: width)
            }
            if !profile.actions.isEmpty {
                text +=
                    "\nActions owned\n"
                    + Tables.actions(profile.actions)
                    .rendered(width: width, highlight: Console.standardOutput.alert)
            }
            return text
        }
    }
}
