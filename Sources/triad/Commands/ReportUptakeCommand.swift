import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad report uptake`.
struct ReportUptakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract: "Positions raised before an adoption and whether the mandate took them up, by party and topic.",
        discussion: """
            The positions are those raised at meetings on the mission from the previous adoption to this one, and \
            any older one whose uptake is recorded against it. Without --mandate, the latest mandate adopted on or \
            before the as-of day. CSV tables: positions (one row per position), parties, groups.
            """)

    @Argument(help: "The mission's acronym.")
    var mission: String

    @Option(
        help: "The adoption to report on (\"2800 (2025)\"); the latest by default.",
        transform: ResolutionReference.init(parsing:))
    var mandate: ResolutionReference?

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func run() throws {
        let asOf = global.today
        let read = try upTo.read(try global.openStore()) {
            try ReportFacts.uptake(mission, mandate: mandate, asOf: asOf, in: $0)
        }
        let facts = read.visible
        var uptake = UptakeReport(facts: facts)
        if let full = read.full {
            uptake.withheld = Withheld(upTo: upTo.level, positions: full.positions, visible: facts.positions)
        }
        try report.write(uptake, document: uptake.document(positions: facts.positions), defaultTable: "positions")
    }
}
