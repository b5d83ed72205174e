import ArgumentParser
import TriadCore
import TriadReports

/// `triad parity list`: the parity targets recorded, with their sources.
struct ParityListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the parity targets recorded, by year and category, with their sources.")

    @Option(help: ArgumentHelp("Only this year's targets.", valueName: "yyyy"))
    var year: Int?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if let year, !(1948...9999).contains(year) {
            throw ValidationError("--year \(year) is not a year such as 2026.")
        }
    }

    func run() throws {
        let targets = try global.openStore().read { try $0.parityTargets(year: year) }
        try output.print(targets) {
            .listing(
                ListTables.parityTargets(targets),
                summary: "\(targets.count) parity targets" + (year.map { " for \($0)" } ?? ""))
        }
    }
}
