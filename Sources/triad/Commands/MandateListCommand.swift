import ArgumentParser
import TriadCore
import TriadReports

/// `triad mandate list`.
struct MandateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List mandates, or those in force that expire soon.")

    @Option(help: "Only this mission's mandates.")
    var mission: String?

    @Option(help: "Only mandates in force that expire within this many days.")
    var expiringWithin: Int?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if let expiringWithin, expiringWithin < 0 {
            throw ValidationError("--expiring-within must be zero or more days.")
        }
    }

    func run() throws {
        let day = global.today
        let mandates = try global.openStore().read {
            try $0.mandates(mission: mission, expiringWithin: expiringWithin, asOf: day)
        }
        try output.print(mandates) {
            .listing(ListTables.mandates(mandates, asOf: day), summary: "\(mandates.count) mandates")
        }
    }
}
