import ArgumentParser

/// `triad action done`.
struct ActionDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an action done.")

    @OptionGroup var change: ActionStatusChangeOptions

    func run() throws {
        try change.apply(.done, saying: "is done")
    }
}
