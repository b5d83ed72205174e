import ArgumentParser
import TriadCore
import TriadReports
import TriadStore

/// `triad export ics`: an iCalendar file for Outlook and other calendars.
struct ExportICSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract:
            "Write meetings, action due dates, mandate expiries and consultation due-by dates as an iCalendar file.",
        discussion: "Each event keeps the same UID across exports, so importing a newer file updates the calendar.")

    @Option(help: "Only events of this mission.")
    var mission: String?

    @Option(
        help: ArgumentHelp("Only events on or after this day.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var from: DateExpression?

    @Option(
        help: ArgumentHelp("Only events on or before this day.", valueName: "date"),
        transform: DateExpression.init(parsing:))
    var to: DateExpression?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var upTo: UpToOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let database = try global.openStore()
        let first = from.map(global.day) ?? Day(ordinal: Int(Int32.min))
        let last = to.map(global.day) ?? Day(ordinal: Int(Int32.max))
        guard first <= last else { throw UsageError(message: "--from \(first) is after --to \(last); swap them.") }
        let read = try upTo.read(database) { reader in
            (
                meetings: try reader.meetings(
                    MeetingFilter(mission: mission, from: from.map(global.day), to: to.map(global.day))),
                actions: try reader.actions(ActionFilter(mission: mission), asOf: global.today),
                mandates: try reader.mandates(mission: mission, expiringWithin: nil, asOf: global.today)
            )
        }
        let calendar = CalendarExport(
            meetings: read.visible.meetings, actions: read.visible.actions, mandates: read.visible.mandates,
            days: first...last)
        if let full = read.full {
            upTo.report(
                Withheld(
                    upTo: upTo.level, meetings: full.meetings.map(\.id), visible: read.visible.meetings.map(\.id),
                    actions: full.actions, visibleActions: read.visible.actions))
        }
        let name = "triad" + (mission.map { " — \($0.uppercased())" } ?? "")
        guard let output else {
            ICalendarWriter.write(calendar, name: name) { piece in Console.standardOutput.write(piece) }
            return
        }
        try OutputFile.write(to: output) { write in try ICalendarWriter.write(calendar, name: name, to: write) }
        Console.standardError.write("Wrote \(calendar.events.count) events to \(output)\n")
    }
}
