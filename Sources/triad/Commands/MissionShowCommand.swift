import ArgumentParser
import TriadCore
import TriadReports

/// `triad mission show`: mandates, strength, recent meetings and open actions.
struct MissionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a mission's mandates, current strength, recent meetings and open actions.")

    @Argument(help: "The mission's acronym.")
    var acronym: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let profile = try global.openStore().read { reader in
            try ReportFacts.missionProfile(acronym, asOf: global.today, in: reader)
        }
        try output.print(profile) { profile.document }
    }
}
