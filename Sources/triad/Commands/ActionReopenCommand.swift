import ArgumentParser

/// `triad action reopen`.
struct ActionReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Reopen a done or cancelled action.")

    @OptionGroup var change: ActionStatusChangeOptions

    func run() throws {
        try change.apply(.open, saying: "is open again")
    }
}
