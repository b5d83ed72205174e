import ArgumentParser
import TriadCore
import TriadReports

/// `triad parity set`: records or corrects the target of a year and category.
struct ParitySetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record the target share of women for a category of personnel in a year, with its source.",
        discussion: """
            Categories: military-contingents, observers-and-staff, individual-police, formed-police, \
            justice-and-corrections. The share is a percentage with at most one decimal (15, 6.5).
            """)

    @Argument(help: ArgumentHelp("The year the target is set for.", valueName: "yyyy"))
    var year: Int

    @Argument(
        help: "The category of personnel.", completion: .slugs(ParityCategory.self),
        transform: ParityCategory.init(slug:))
    var category: ParityCategory

    @Argument(help: "The target share of women, in per cent.", transform: ParityTarget.perMille(parsing:))
    var percent: Int

    @Option(help: "The document the figure comes from.")
    var source: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let target = try global.openStore().setParityTarget(
            ParityTarget(year: year, category: category, perMille: percent, source: source))
        try output.print(target) {
            "Recorded the \(target.year) target for \(target.category.label): "
                + "\(ReportCell.share(Double(target.perMille) / 1_000).displayText) women.\n"
        }
    }
}
