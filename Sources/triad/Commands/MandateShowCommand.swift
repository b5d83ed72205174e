import ArgumentParser
import TriadCore
import TriadReports

/// `triad mandate show`: a mission's mandate in force, or a named resolution.
struct MandateShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a mission's mandate in force, or the mandate of a resolution.")

    @Argument(help: "A mission (MINUSCA) or a resolution (\"2800 (2025)\", S/RES/2800(2025)).")
    var reference: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let day = global.today
        let mandate = try global.openStore().read { reader in
            ResolutionReference.looksLikeResolution(reference)
                ? try reader.mandate(ResolutionReference(parsing: reference))
                : try reader.mandateInForce(mission: reference, on: day)
        }
        try output.print(mandate) { mandate.document(asOf: day) }
    }
}
