import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad position list`.
struct PositionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the positions raised at meetings, by date, with their uptake.")

    @Option(help: "Only positions raised at meetings on this mission.")
    var mission: String?

    @Option(help: "Only positions this party raised.")
    var party: String?

    @Option(
        help: "Only positions this adoption answers: raised in the cycle before it, or judged against it.",
        transform: ResolutionReference.init(parsing:))
    var mandate: ResolutionReference?

    @Option(help: "Only positions raised at this meeting.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID?

    @Flag(help: "Only positions whose uptake is not recorded yet.")
    var open = false

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let filter = PositionFilter(
            mission: mission, party: party, mandate: mandate, meeting: meeting, openOnly: open)
        let read = try upTo.read(try global.openStore()) { try $0.positions(filter) }
        let positions = read.visible
        if let full = read.full {
            upTo.report(Withheld(upTo: upTo.level, positions: full, visible: positions))
        }
        try output.print(positions) {
            .listing(
                PositionTable.make(positions, in: mandate),
                summary: "\(positions.count) position\(positions.count == 1 ? "" : "s"), "
                    + "\(positions.count(where: { $0.uptake == nil })) without uptake")
        }
    }
}
