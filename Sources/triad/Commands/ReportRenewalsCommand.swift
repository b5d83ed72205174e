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

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func validate() throws {
        if within < 0 { throw ValidationError("--within must be zero or more days.") }
    }

    func run() throws {
        let schedule = try consultation.schedule()
        let asOf = global.today
        let read = try upTo.read(try global.openStore()) { reader in
            try ReportFacts.renewals(within: within, schedule: schedule, asOf: asOf, in: reader)
        }
        var calendar = RenewalsReport(facts: read.visible, within: within, asOf: asOf, schedule: schedule)
        if let full = read.full {
            let meetings = { (facts: [RenewalsReport.Facts]) in facts.flatMap { $0.consultations.map(\.id) } }
            let actions = { (facts: [RenewalsReport.Facts]) in facts.reduce(0) { $0 + $1.actionCounts.total } }
            calendar.withheld = Withheld(
                upTo: upTo.level,
                meetings: Set(meetings(full)).subtracting(meetings(read.visible)).count,
                actions: actions(full) - actions(read.visible), notes: 0)
        }
        try report.write(calendar, document: calendar.document, defaultTable: "renewals")
    }
}
