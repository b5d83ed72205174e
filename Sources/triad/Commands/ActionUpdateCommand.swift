import ArgumentParser
import TriadCore
import TriadStore

/// `triad action update`.
struct ActionUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change an action's status (open or in-progress), due date, owner, assignee, priority or areas.")

    @Argument(help: "The action: A-57 or 57.", transform: ActionID.init(parsing:))
    var action: ActionID

    @Option(
        help: "open or in-progress (use done, cancel or reopen to close or reopen).",
        completion: .slugs(ActionStatus.self), transform: ActionStatus.init(slug:))
    var status: ActionStatus?

    @Option(help: ArgumentHelp("The new due date.", valueName: "date"), transform: DateExpression.init(parsing:))
    var due: DateExpression?

    @Option(help: "The new owning party.")
    var owner: String?

    @Option(help: "The new person in charge.")
    var assignee: String?

    @Option(
        help: "low, normal, high or urgent.", completion: .slugs(ActionPriority.self),
        transform: ActionPriority.init(slug:))
    var priority: ActionPriority?

    @Option(
        help: "The A4P areas it serves, replacing those recorded; repeat or separate with commas.",
        completion: .slugs(A4PArea.self))
    var a4p: [String] = []

    @Option(help: "A note to add.")
    var note: String?

    @OptionGroup var level: ClassificationOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func validate() throws {
        if let status, status.isClosed {
            throw ValidationError("use 'triad action done' or 'triad action cancel' to close an action.")
        }
    }

    func run() throws {
        let update = try ActionUpdate(
            status: status, due: due.map(global.day), owner: owner, assignee: assignee, priority: priority,
            a4p: a4p.isEmpty ? nil : A4PArea.parseList(a4p), note: note, classification: level.classification)
        guard !update.isEmpty else {
            throw UsageError(
                message:
                    "nothing to change; give --status, --due, --owner, --assignee, --priority, --a4p, --note or --classification."
            )
        }
        let item = try global.openStore().updateAction(action, update, asOf: global.today)
        try output.print(item) {
            "Updated \(item.id): \(item.status.rawValue)\(item.due.map { ", due \($0)" } ?? "").\n"
        }
    }
}
