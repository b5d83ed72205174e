import ArgumentParser
import TriadCore
import TriadReports

/// `triad mission phase`: records the phase a mission enters on a day.
struct MissionPhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phase",
        abstract: "Record the phase a mission enters on a day: active, drawdown, withdrawal, liquidation or closed.",
        discussion: """
            A mission in drawdown, withdrawal or liquidation is not due for renewal like any other: the renewal \
            calendar and the mandate review say which phase it is in. Recording a phase again for the same day \
            replaces it; `triad undo` takes it back.
            """)

    @Argument(help: "The mission's acronym.")
    var mission: String

    @Argument(help: "The phase it enters.", completion: .slugs(MissionPhase.self), transform: MissionPhase.init(slug:))
    var phase: MissionPhase

    @Option(
        help: ArgumentHelp("The first day of the phase.", valueName: "date"), transform: DateExpression.init(parsing:))
    var from: DateExpression

    @Option(help: "The decision it follows (S/RES/2790 (2025)).")
    var source: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let change = MissionPhaseChange(
            phase: phase, from: global.day(from), source: try Text.optional(source, field: "source"))
        let stored = try global.openStore().setMissionPhase(mission, change)
        let listing = MissionListing(stored, asOf: global.today)
        try output.print(listing) {
            "\(stored.acronym) is in \(phase.rawValue) from \(global.day(from))"
                + (listing.phase.map { $0.phase == phase ? "" : "; on \(global.today) it is \($0.phase.rawValue)" }
                    ?? "")
                + ".\n"
        }
    }
}
