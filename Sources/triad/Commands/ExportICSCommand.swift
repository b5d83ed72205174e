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
        let store = try global.openStore()
        let first = from.map(global.day) ?? Day(ordinal: Int(Int32.min))
        let last = to.map(global.day) ?? Day(ordinal: Int(Int32.max))
        guard first <= last else { throw UsageError(message: "--from \(first) is after --to \(last); swap them.") }
        let meetings = MeetingFilter(mission: mission, from: from.map(global.day), to: to.map(global.day))
        let actions = ActionFilter(mission: mission)
        let today = global.today
        // Up to a level, the whole record is counted first, to say what the level leaves out.
        let whole = try upTo.level.map { _ in
            try store.read { reader in
                (
                    meetings: try reader.meetingCount(meetings),
                    actions: try ListedActions(actions, asOf: today, in: reader)
                )
            }
        }
        let name = "triad" + (mission.map { " — \($0.uppercased())" } ?? "")
        // Meetings and actions are read a page at a time as the days go, in one reading: a calendar of every
        // meeting is never held whole, as records or as text.
        let (events, listedMeetings, listedActions) = try upTo.readVisible(store) { reader in
            var meetingPages = try RecordPages(meetings: meetings, in: reader)
            var actionPages = try RecordPages(actions: actions, asOf: today, in: reader)
            let mandates = try reader.mandates(mission: mission, expiringWithin: nil, asOf: today)
            var (events, listedMeetings, listedActions) = (0, 0, ListedActions())
            let write = { (output: (String) throws -> Void) in
                try ICalendarWriter.write(
                    name: name,
                    events: { body in
                        try CalendarExport.forEachEvent(
                            meetings: {
                                let page = try meetingPages.next()
                                listedMeetings += page?.count ?? 0
                                return page
                            },
                            actions: {
                                let page = try actionPages.next()
                                if let page { listedActions.add(page) }
                                return page
                            }, mandates: mandates, days: first...last
                        ) { event in
                            events += 1
                            try body(event)
                        }
                    }, to: output)
            }
            if let output {
                try OutputFile.write(to: output, write)
            } else {
                try write { piece in Console.standardOutput.write(piece) }
            }
            return (events, listedMeetings, listedActions)
        }
        if let level = upTo.level, let whole {
            upTo.report(
                Withheld(
                    upTo: level, meetings: whole.meetings - listedMeetings,
                    actions: whole.actions.actions - listedActions.actions,
                    notes: whole.actions.notes - listedActions.notes))
        }
        if let output { Console.standardError.write("Wrote \(events) events to \(output)\n") }
    }
}
