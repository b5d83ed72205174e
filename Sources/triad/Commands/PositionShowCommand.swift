import ArgumentParser
import TriadCore
import TriadReports

/// `triad position show`.
struct PositionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a position, where it was raised and its uptake.")

    @Argument(help: "The position: P-12 or 12.", transform: PositionID.init(parsing:))
    var position: PositionID

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let found = try upTo.readOne(try global.openStore(), position.description) { try $0.position(position) }
        try output.print(found) { found.document }
    }
}
