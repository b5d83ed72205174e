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
            "--as-of gives the day the figures are true of. Types left out keep the figure already recorded for that day, or zero; so do the women of each type (--women-troops and the like), who are counted within the type's total."
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

    @Option(
        parsing: .unconditional, help: "Women among the troops.", transform: Headcount.parse("women troops"))
    var womenTroops: Int?

    @Option(
        parsing: .unconditional, help: "Women among the staff officers.",
        transform: Headcount.parse("women staff officers"))
    var womenStaffOfficers: Int?

    @Option(
        parsing: .unconditional, help: "Women among the experts on mission.",
        transform: Headcount.parse("women experts"))
    var womenExperts: Int?

    @Option(
        parsing: .unconditional, help: "Women among the individual police.",
        transform: Headcount.parse("women police"))
    var womenPolice: Int?

    @Option(
        parsing: .unconditional, help: "Women among the formed police units.",
        transform: Headcount.parse("women formed police"))
    var womenFormedPolice: Int?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        guard global.asOf != nil else {
            throw ValidationError("give --as-of DATE, the day the figures are true of.")
        }
    }

    /// The women given, by type.
    private var women: [PersonnelType: Int] {
        let given: [PersonnelType: Int?] = [
            .troops: womenTroops, .staffOfficers: womenStaffOfficers, .experts: womenExperts, .police: womenPolice,
            .formedPolice: womenFormedPolice,
        ]
        return given.compactMapValues { $0 }
    }

    func run() throws {
        let contribution = try global.openStore().setContribution(
            mission: mission, party: party, asOf: global.today,
            PersonnelChange(
                troops: troops, staffOfficers: staffOfficers, experts: experts, police: police,
                formedPolice: formedPolice, women: women))
        try output.print(ContributionRow(contribution)) {
            "Recorded \(contribution.party) in \(contribution.mission) as of \(contribution.asOf): "
                + "\(ReportCell.grouped(contribution.personnel.total)) personnel, "
                + "\(ReportCell.grouped(contribution.women.total)) of them women.\n"
        }
    }
}
