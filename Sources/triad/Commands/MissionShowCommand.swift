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
        try output.print(profile) {
            let width = Console.standardOutput.width
            let mission = profile.mission
            var header = KeyValueBlock()
            header.add("Mission", "\(mission.acronym) — \(mission.name)")
            header.add("Host", mission.territory ?? mission.hosts.joined(separator: ", "))
            header.add("Established", mission.established?.description)
            header.add("Closed", mission.closed?.description)
            if let mandate = profile.mandateInForce {
                let expiry = mandate.expires.map { "expires \($0) (\(mandate.daysToExpiry(asOf: profile.asOf)!) days)" }
                header.add(
                    "Mandate", "\(mandate.resolution.symbol), adopted \(mandate.adopted), \(expiry ?? "open-ended")")
            }
            let strength = profile.strength
            header.add(
                "Strength on \(profile.asOf)",
                "\(ReportCell.grouped(strength.total)) (\(ReportCell.grouped(strength.military)) military, "
                    + "\(ReportCell.grouped(strength.allPolice)) police) from \(profile.contributors.count) contributors"
            )
            var text = header.rendered()
            if !profile.mandates.isEmpty {
                text += "\nMandates\n" + Tables.mandates(profile.mandates, asOf: profile.asOf).rendered(width: width)
            }
            if !profile.contributors.isEmpty {
                text +=
                    "\nLargest contributors\n"
                    + Tables.contributors(Array(profile.contributors.prefix(10))).rendered(width: width)
            }
            if !profile.recentMeetings.isEmpty {
                text += "\nRecent meetings\n" + Tables.meetings(profile.recentMeetings).rendered(width: width)
            }
            if !profile.openActions.isEmpty {
                text +=
                    "\nOpen actions\n"
                    + Tables.actions(profile.openActions).rendered(
                        width: width, highlight: Console.standardOutput.alert)
            }
            return text
        }
    }
}
