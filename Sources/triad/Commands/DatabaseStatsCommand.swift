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
            var table = TextTable(columns: [.init("Table"), .init("Rows", .right)])
            for (name, count) in health.counts.sorted(by: { $0.key < $1.key }) {
                table.append([name, ReportCell.grouped(count)])
            }
            return
                "\(global.databasePath): schema \(health.schemaVersion), \(ReportCell.grouped(health.fileBytes)) bytes "
                + "(\(health.pages) pages, \(health.freePages) free), write-ahead log \(ReportCell.grouped(health.walBytes)) bytes\n"
                + table.rendered(width: Console.standardOutput.width)
        }
    }
}
