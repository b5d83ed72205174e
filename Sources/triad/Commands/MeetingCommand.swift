import ArgumentParser

/// `triad meeting`: triangular meetings, their attendance and agenda.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Log meetings and record their attendance, agenda and outcome.",
        subcommands: [
            MeetingLogCommand.self, MeetingListCommand.self, MeetingShowCommand.self, MeetingAttendCommand.self,
            MeetingInviteCommand.self, MeetingAgendaCommand.self, MeetingEditCommand.self, MeetingHeldCommand.self,
            MeetingCancelCommand.self,
        ])
}
