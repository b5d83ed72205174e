import ArgumentParser
import TriadReports
import TriadStore

/// `triad access list`: the clearances granted.
struct AccessListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the roles cleared on the database, their level and whether they write.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let access = try AccessCommand.control(global)
        let clearances = try access.clearances()
        try output.print(clearances) {
            .listing(AccessListCommand.table(clearances), summary: "\(clearances.count) roles cleared")
        }
    }

    /// One row per role.
    static func table(_ clearances: [Clearance]) -> ReportTable {
        ReportTable(
            name: "clearances",
            columns: ["Role", "Up to", "Writes", "Granted", "By"],
            rows: clearances.map { clearance in
                ReportRow([
                    .text(clearance.role), .text(clearance.upTo.rawValue), .flag(clearance.write),
                    .text(clearance.grantedAt.iso8601), .text(clearance.grantedBy),
                ])
            }, emptyText: "No role is cleared: only the owner of the tables reads the record.")
    }
}
