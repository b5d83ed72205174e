import ArgumentParser

/// `triad`: the root of the command tree.
struct Triad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triad",
        abstract: "Track triangular cooperation in UN peacekeeping: meetings, action items and mandate reviews.",
        discussion: """
            Records who met whom before each mandate renewal (Security Council members, troop- and \
            police-contributing countries, the Secretariat), what they agreed, and what is still owed.
            Start with 'triad demo', or 'triad init' to create your own database.
            Every command and option is in the manual, 'man triad' (the README's install steps put it in \
            place); 'triad --generate-completion-script bash' (or zsh, fish) completes them in the shell.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, PartyCommand.self, CouncilCommand.self, ParityCommand.self, MissionCommand.self,
            MandateCommand.self,
            ContributionCommand.self, MeetingCommand.self, PositionCommand.self, ActionCommand.self, ReportCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            HistoryCommand.self, UndoCommand.self, DatabaseCommand.self, AccessCommand.self,
            DemoCommand.self,
        ])
}
