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

    @OptionGroup var consultation: ConsultationScheduleOptions

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var report: ReportOutputOptions

    func run() throws {
        let schedule = try consultation.schedule()
        let asOf = global.today
        let facts = try upTo.read(try global.openStore()) { reader in
            try ReportFacts.mandateReview(mission, schedule: schedule, asOf: asOf, in: reader)
        }
        let review = MandateReview(
            facts: facts.visible, full: facts.full, upTo: upTo.level, asOf: asOf, schedule: schedule)
        try report.write(review, document: review.document, defaultTable: "contributors")
    }
}
