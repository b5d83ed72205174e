import ArgumentParser
import TriadReports

/// `triad report contributors`.
struct ReportContributorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contributors",
        abstract: "Contributors of a mission: personnel by type and share, meetings attended, actions owned.",
        discussion: "CSV table: contributors.")

    @Argument(help: "The mission's acronym.")
    var mission: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func run() throws {
        let asOf = global.today
        let facts = try global.openStore().read { reader in
            try ReportFacts.contributors(mission, asOf: asOf, in: reader)
        }
        let contributors = ContributorsReport(facts: facts, asOf: asOf)
        try report.write(contributors, document: contributors.document, defaultTable: "contributors")
    }
}
