import ArgumentParser
import TriadCore

/// `triad council seat`: a party's seat on the Council.
struct CouncilSeatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seat", abstract: "Record a Council seat.")

    @Argument(help: "The member's code.")
    var code: String

    @Option(help: ArgumentHelp("First day of the seat.", valueName: "date"), transform: DateExpression.init(parsing:))
    var from: DateExpression

    @Option(
        help: ArgumentHelp(
            "Last day of the seat (elected members: 31 December of the second year).", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var to: DateExpression?

    @Flag(help: "A permanent seat.")
    var permanent = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let seat = try global.openStore().seatOnCouncil(
            code, from: global.day(from), to: to.map(global.day), permanent: permanent)
        try output.print(seat) {
            "Seated \(seat.party) (\(seat.name)) on the Council from \(seat.from)\(seat.to.map { " to \($0)" } ?? "").\n"
        }
    }
}
