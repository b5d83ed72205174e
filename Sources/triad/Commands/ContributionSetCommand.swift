import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad contribution set`.
struct ContributionSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record a party's personnel in a mission as of a day.",
        discussion:
            "--as-of gives the day the figures are true of. Types left out keep the figure already recorded for that day, or zero."
    )

    @Argument(help: "The mission's acronym.")
    var mission: String

    @Argument(help: "The contributing party's code.")
    var party: String

    @Option(parsing: .unconditional, help: "Contingent troops.", transform: Headcount.parse("troops"))
    var troops: Int?

    @Option(parsing: .unconditional, help: "Staff officers.", transform: Headcount.parse("staff officers"))
    var staffOfficers: Int?

    @Option(
        parsing: .unconditional, help: "Military observers and experts on mission.",
        transform: Headcount.parse("experts"))
    var experts: Int?

    @Option(parsing: .unconditional, help: "Individual police officers.", transform: Headcount.parse("police"))
    var police: Int?

    @Option(
        parsing: .unconditional, help: "Members of formed police units.", transform: Headcount.parse("formed police"))
    var formedPolice: Int?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard global.asOf != nil else {
            throw ValidationError("give --as-of DATE, the day the figures are true of.")
        }
    }

    func run() throws {
        let contribution = try global.openStore().setContribution(
            mission: mission, party: party, asOf: global.today,
            PersonnelChange(
                troops: troops, staffOfficers: staffOfficers, experts: experts, police: police,
                formedPolice: formedPolice))
        try output.print(ContributionRow(contribution)) {
            "Recorded \(contribution.party) in \(contribution.mission) as of \(contribution.asOf): "
                + "\(ReportCell.grouped(contribution.personnel.total)) personnel.\n"
        }
    }
}
