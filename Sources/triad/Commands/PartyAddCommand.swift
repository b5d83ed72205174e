import ArgumentParser
import TriadCore

/// `triad party add`: a party the reference data lacks.
struct PartyAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a party.")

    @Argument(help: "Its code: 2 to 12 letters or digits (ISO 3166-1 alpha-3 for a state).")
    var code: String

    @Option(help: "Its name as the UN writes it.")
    var name: String

    @Option(
        help: "state, secretariat or organization.", completion: .slugs(PartyKind.self),
        transform: PartyKind.init(slug:))
    var kind: PartyKind

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let party = try global.openStore().addParty(try Party(code: code, name: name, kind: kind))
        try output.print(party) { "Added party \(party.code) (\(party.name)), \(party.kind.rawValue).\n" }
    }
}
