import ArgumentParser
import TriadCore

/// `triad position uptake`.
struct PositionUptakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract: "Record whether a mandate adopted after the meeting took a position up, and where.")

    @Argument(help: "The position: P-12 or 12.", transform: PositionID.init(parsing:))
    var position: PositionID

    @Argument(
        help: "The resolution of the mandate (\"2800 (2025)\", S/RES/2800(2025)).",
        transform: ResolutionReference.init(parsing:))
    var mandate: ResolutionReference

    @Argument(
        help: "taken-up, partly, not-taken-up or overtaken.", completion: .slugs(UptakeStatus.self),
        transform: UptakeStatus.init(slug:))
    var status: UptakeStatus

    @Option(help: "Where the resolution shows it, such as \"OP 34\".")
    var paragraph: String?

    @Option(help: "A remark on the judgement.")
    var note: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let recorded = try global.openStore().recordUptake(
            position, mandate: mandate, status: status, paragraph: paragraph, note: note)
        try output.print(recorded) {
            "Recorded \(recorded.id) as \(status.rawValue) in \(mandate)"
                + (recorded.uptake?.paragraph.map { " (\($0))" } ?? "") + ".\n"
        }
    }
}
