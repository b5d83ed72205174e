import ArgumentParser
import TriadCore
import TriadStore

/// `triad mandate add`.
struct MandateAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a mandate for a mission.")

    @Argument(help: "The mission's acronym.")
    var mission: String

    @Option(help: "The resolution number (2800).")
    var resolution: Int

    @Option(help: "The year of the resolution (2025).")
    var year: Int

    @Option(help: ArgumentHelp("Day of adoption.", valueName: "date"), transform: DateExpression.init(parsing:))
    var adopted: DateExpression

    @Option(
        help: ArgumentHelp("Day of expiry; leave out for an open-ended mandate.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var expires: DateExpression?

    @Option(help: "Authorized military personnel.")
    var troopCeiling: Int?

    @Option(help: "Authorized police personnel.")
    var policeCeiling: Int?

    @Option(
        parsing: .unconditional,
        help: "Authorized military observers and staff officers, where the resolution sets them apart.",
        transform: Headcount.parse("observers ceiling"))
    var observersCeiling: Int?

    @Option(
        parsing: .unconditional, help: "Authorized individual police officers, where the resolution sets them apart.",
        transform: Headcount.parse("individual police ceiling"))
    var individualPoliceCeiling: Int?

    @Option(
        parsing: .unconditional, help: "Authorized formed police unit personnel, where the resolution sets them apart.",
        transform: Headcount.parse("formed police ceiling"))
    var formedPoliceCeiling: Int?

    @Option(
        parsing: .unconditional, help: "Authorized government-provided corrections officers.",
        transform: Headcount.parse("corrections ceiling"))
    var correctionsCeiling: Int?

    @Option(help: "Council member holding the pen; repeat or separate with commas.")
    var penholder: [String] = []

    @Option(
        help: ArgumentHelp(
            "A day a Secretary-General report is due; repeat or separate with commas.", valueName: "date"))
    var reportDue: [String] = []

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let reports = try ListArgument.expand(reportDue).map { try global.day(DateExpression(parsing: $0)) }
        let mandate = try global.openStore().addMandate(
            MandateDraft(
                mission: mission, resolution: ResolutionReference(number: resolution, year: year),
                adopted: global.day(adopted), expires: expires.map(global.day), troopCeiling: troopCeiling,
                policeCeiling: policeCeiling,
                ceilings: TypeCeilings(
                    observersAndStaff: observersCeiling, individualPolice: individualPoliceCeiling,
                    formedPolice: formedPoliceCeiling, corrections: correctionsCeiling),
                penholders: ListArgument.expand(penholder), reportsDue: reports))
        try output.print(mandate) {
            "Recorded \(mandate.resolution.symbol) for \(mandate.mission): adopted \(mandate.adopted), "
                + "\(mandate.expires.map { "expires \($0)" } ?? "open-ended")"
                + "\(mandate.supersedes.map { ", superseding \($0)" } ?? "").\n"
        }
    }
}
