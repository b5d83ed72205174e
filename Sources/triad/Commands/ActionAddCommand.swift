import ArgumentParser
import TriadCore
import TriadStore

/// `triad action add`.
struct ActionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Assign an action item to a party.")

    @Argument(help: "What is to be done.")
    var title: String

    @Option(help: "The party that owns it.")
    var owner: String

    @Option(help: "The meeting it arose from: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID?

    @Option(help: "The mission it concerns.")
    var mission: String?

    @Option(
        help: ArgumentHelp("When it is due: a date, or +14d, +2w, +1m.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var due: DateExpression?

    @Option(help: "The person in charge.")
    var assignee: String?

    @Option(
        help: "low, normal, high or urgent.", completion: .slugs(ActionPriority.self),
        transform: ActionPriority.init(slug:))
    var priority: ActionPriority = .normal

    @Option(help: "An A4P area it serves; repeat or separate with commas.", completion: .slugs(A4PArea.self))
    var a4p: [String] = []

    @Option(help: "A longer description.")
    var details: String?

    @OptionGroup var level: ClassificationOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let draft = try ActionDraft(
            title: title, owner: owner, meeting: meeting, mission: mission, due: due.map(global.day),
            assignee: assignee, priority: priority, a4p: A4PArea.parseList(a4p), details: details,
            classification: level.classification)
        let database = try global.openStore()
        let id = try database.addAction(draft)
        let action = try database.read { try $0.action(id, asOf: global.today) }
        try output.print(action) {
            "Added \(action.id) for \(action.owner)\(action.due.map { ", due \($0)" } ?? ""): \(action.title)\n"
        }
    }
}
