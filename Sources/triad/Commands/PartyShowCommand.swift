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
        try output.print(profile) { profile.document }
    }
}
