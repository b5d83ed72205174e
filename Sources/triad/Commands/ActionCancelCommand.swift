import ArgumentParser

/// `triad action cancel`.
struct ActionCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel an action.")

    @OptionGroup var change: ActionStatusChangeOptions

    func run() throws {
        try change.apply(.cancelled, saying: "is cancelled")
    }
}
