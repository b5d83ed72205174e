import ArgumentParser
import Foundation
import TriadCore
import TriadStore

/// `triad meeting edit`.
struct MeetingEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a meeting's date, title, summary, location, mode or A4P areas.")

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @Option(
        help: ArgumentHelp("The new date (and time).", valueName: "datetime"),
        transform: DateTimeExpression.init(parsing:))
    var date: DateTimeExpression?

    @Option(help: "The new title.")
    var title: String?

    @Option(help: "The new summary.")
    var summary: String?

    @Option(help: "The new location.")
    var location: String?

    @Option(
        help: "in-person, virtual or hybrid.", completion: .slugs(MeetingMode.self), transform: MeetingMode.init(slug:))
    var mode: MeetingMode?

    @Option(
        help: "The A4P areas discussed, replacing those recorded; repeat or separate with commas.",
        completion: .slugs(A4PArea.self))
    var a4p: [String] = []

    @OptionGroup var level: ClassificationOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let edit = try MeetingEdit(
            start: date?.resolve(today: global.today, timeZone: .current), title: title, summary: summary,
            location: location, mode: mode, a4p: a4p.isEmpty ? nil : A4PArea.parseList(a4p),
            classification: level.classification)
        guard !edit.isEmpty else {
            throw UsageError(
                message:
                    "nothing to change; give --date, --title, --summary, --location, --mode, --a4p or --classification."
            )
        }
        let detail = try global.openStore().editMeeting(meeting, edit)
        try output.print(detail) { "Updated \(meeting): \(detail.meeting.title), \(detail.meeting.start.iso8601).\n" }
    }
}
