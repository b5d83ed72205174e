import ArgumentParser

/// `triad report`: the reports of REPORTS.md.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a mandate review, follow-up, renewal calendar, contributor, minutes or uptake report.",
        discussion: "Every report takes --format text|markdown|json|csv|html and --output FILE.",
        subcommands: [
            ReportMandateCommand.self, ReportFollowUpCommand.self, ReportRenewalsCommand.self,
            ReportContributorsCommand.self, ReportMinutesCommand.self, ReportUptakeCommand.self,
        ])
}
