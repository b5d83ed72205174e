import ArgumentParser

/// `triad action`: action items and their follow-up.
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "Assign action items and follow them up.",
        subcommands: [
            ActionAddCommand.self, ActionListCommand.self, ActionShowCommand.self, ActionUpdateCommand.self,
            ActionDoneCommand.self, ActionReopenCommand.self, ActionCancelCommand.self, ActionNoteCommand.self,
        ])
}
