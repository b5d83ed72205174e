import ArgumentParser
import TriadCore
import TriadReports

/// `triad report renewals`: the renewal calendar.
struct ReportRenewalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renewals",
        abstract: "Renewal calendar: mandates in force expiring soon, with their consultation status.",
        discussion: "CSV table: renewals.")

    @Option(help: "Days ahead to look.")
    var within = 120

    @OptionGroup var consultation: ConsultationScheduleOptions

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func validate() throws {
        if within < 0 { throw ValidationError("--within must be zero or more days.") }
    }

    func run() throws {
        let schedule = try consultation.schedule()
        let asOf = global.today
        let facts = try global.openStore().read { reader in
            try ReportFacts.renewals(within: within, schedule: schedule, asOf: asOf, in: reader)
        }
        let calendar = RenewalsReport(facts: facts, within: within, asOf: asOf, schedule: schedule)
        try report.write(calendar, document: calendar.document, defaultTable: "renewals")
    }
}
