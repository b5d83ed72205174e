import ArgumentParser
import TriadCore

/// `triad meeting agenda`.
struct MeetingAgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Add an item to a meeting's agenda, with its outcome if known.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @Argument(help: "What the item is about.")
    var title: String

    @Option(help: "An A4P area it touches; repeat or separate with commas.", completion: .slugs(A4PArea.self))
    var a4p: [String] = []

    @Option(help: "What was agreed or said.")
    var outcome: String?

    @OptionGroup var level: ClassificationOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let item = try global.openStore().addAgendaItem(
            meeting, title: title, a4p: A4PArea.parseList(a4p), outcome: outcome, classification: level.classification)
        try output.print(item) { "Added item \(item.position) to the agenda of \(meeting): \(item.title)\n" }
    }
}
