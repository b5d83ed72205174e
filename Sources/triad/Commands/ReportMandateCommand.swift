import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad report mandate`: the review a desk officer or penholder prints before a renewal.
struct ReportMandateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mandate",
        abstract: "Mandate review: was the triangle consulted in good time, who was heard, what is still owed.",
        discussion: "CSV tables: contributors (default), actions, consultations.")

    @Argument(help: "The mission's acronym.")
    var mission: String

    @Option(help: "Days before expiry by which the T/PCC consultation is due.")
    var leadDays = ConsultationSchedule.standard.leadDays

    @Option(help: "Days before expiry in which a T/PCC consultation counts as the pre-renewal one.")
    var windowDays = ConsultationSchedule.standard.windowDays

    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func run() throws {
        let schedule = try ConsultationSchedule(leadDays: leadDays, windowDays: windowDays).validated()
        let database = try global.openDatabase()
        let asOf = global.today
        let review = MandateReview(
            facts: try ReportFacts.mandateReview(mission, schedule: schedule, asOf: asOf, in: database), asOf: asOf,
            schedule: schedule)
        try report.write(review, document: review.document, defaultTable: "contributors")
    }
}
