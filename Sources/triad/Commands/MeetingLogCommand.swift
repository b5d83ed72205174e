import ArgumentParser
import Foundation
import TriadCore
import TriadReports
import TriadStore

/// `triad meeting log`.
struct MeetingLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Log a meeting: held if its date has passed, scheduled otherwise.")

    @Argument(
        help: "The format: tpcc-consultation, council-public, secretariat-briefing, wgpko, c34 or informal.",
        completion: .slugs(MeetingKind.self), transform: MeetingKind.init(slug:))
    var kind: MeetingKind

    @Option(
        help: ArgumentHelp(
            "When: YYYY-MM-DD, or YYYY-MM-DDTHH:MM (local time, or with an offset).", valueName: "datetime"),
        transform: DateTimeExpression.init(parsing:))
    var date: DateTimeExpression

    @Option(help: "What the meeting was called.")
    var title: String

    @Option(help: "A mission it concerns; repeat or separate with commas.")
    var mission: [String] = []

    @Option(help: "The chairing party's code (a T/PCC consultation: by default the Council's President that month).")
    var chair: String?

    @Option(help: "Where it took place.")
    var location: String?

    @Option(
        help: "in-person, virtual or hybrid.", completion: .slugs(MeetingMode.self), transform: MeetingMode.init(slug:))
    var mode: MeetingMode?

    @Option(
        help: ArgumentHelp(
            "A party present, optionally with its representative: CODE or CODE=NAME.", valueName: "code[=name]"))
    var attendee: [String] = []

    @Option(help: "A party invited; repeat or separate with commas.")
    var invitee: [String] = []

    @Option(help: "An A4P area discussed; repeat or separate with commas.", completion: .slugs(A4PArea.self))
    var a4p: [String] = []

    @Option(help: "A short account of the meeting.")
    var summary: String?

    @Flag(help: "Record it as scheduled even if its date has passed.")
    var scheduled = false

    @OptionGroup var level: ClassificationOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let start = date.resolve(today: global.today, timeZone: .current)
        var draft = try MeetingDraft(
            kind: kind, title: title, start: start,
            status: MeetingStatus.initial(for: start.day, today: global.today, markedScheduled: scheduled),
            missions: ListArgument.expand(mission), chair: chair, location: location, mode: mode, summary: summary,
            a4p: A4PArea.parseList(a4p), attendees: Attendance.parse(attendee), invitees: ListArgument.expand(invitee),
            classification: level.classification)
        let database = try global.openStore()
        if draft.chair == nil && kind.isChairedByCouncilPresident {
            // The month's President, when the reference data holds that month.
            draft.chair = try database.read { try $0.councilPresident(on: start.day) }?.party
        }
        let id = try database.logMeeting(draft)
        let detail = try database.read { try $0.meetingDetail(id) }
        try output.print(detail) {
            "Logged \(id) (\(detail.meeting.status.rawValue)): \(detail.meeting.title), \(detail.meeting.start.day); "
                + "groups present: \(detail.groupsPresentText).\n"
        }
    }
}
