import ArgumentParser
import TriadCore
import TriadReports

/// `triad mission show`: mandates, strength, recent meetings and open actions.
struct MissionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a mission's mandates, current strength, recent meetings and open actions.")

    @Argument(help: "The mission's acronym.")
    var acronym: String

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let read = try upTo.read(try global.openStore()) { reader in
            try ReportFacts.missionProfile(acronym, asOf: global.today, in: reader)
        }
        let profile = read.visible
        if let full = read.full {
            upTo.report(
                Withheld(
                    upTo: upTo.level, meetings: full.recentMeetings.map(\.id),
                    visible: profile.recentMeetings.map(\.id), actions: full.openActions,
                    visibleActions: profile.openActions))
        }
        try output.print(profile) { profile.document }
    }
}
