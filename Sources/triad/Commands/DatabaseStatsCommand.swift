import ArgumentParser
import TriadReports

/// `triad db stats`: what the file holds and how big it is.
struct DatabaseStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Show the database's size and record counts.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let health = try global.openStore().health(quick: true)
        try output.print(health) {
            ReportDocument(
                title: global.location.description,
                subtitle: "Schema \(health.schemaVersion), \(ReportCell.grouped(health.fileBytes)) bytes "
                    + (health.engine == "postgresql"
                        ? "on the server"
                        : "(\(health.pages) pages, \(health.freePages) free), "
                            + "write-ahead log \(ReportCell.grouped(health.walBytes)) bytes"),
                sections: [
                    ReportSection(
                        "Rows per table",
                        [
                            .table(
                                ReportTable(
                                    name: "tables", columns: ["Table", "Rows"],
                                    rows: health.counts.sorted { $0.key < $1.key }.map { name, count in
                                        ReportRow([.text(name), .count(count)])
                                    }))
                        ])
                ])
        }
    }
}
