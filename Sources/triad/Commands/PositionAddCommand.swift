import ArgumentParser
import TriadCore
import TriadStore

/// `triad position add`.
struct PositionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a position a party raised at a meeting it attended: a request, concern, commitment or caveat."
    )

    @Argument(help: "The meeting: M-12 or 12.", transform: MeetingID.init(parsing:))
    var meeting: MeetingID

    @Option(help: "The party that raised it (a code such as RWA); it must have attended the meeting.")
    var party: String

    @Option(
        help: "request, concern, commitment or caveat.", completion: .slugs(PositionKind.self),
        transform: PositionKind.init(slug:))
    var kind: PositionKind

    @Option(
        help:
            "What it is about: ceilings, tasks, force-protection, rules-of-engagement, capabilities, host-consent, reporting, timelines or other.",
        completion: .slugs(PositionTopic.self), transform: PositionTopic.init(slug:))
    var topic: PositionTopic

    @Argument(help: "What the party said, in a sentence or two.")
    var text: String

    @Option(help: "An A4P area it touches; repeat or separate with commas.", completion: .slugs(A4PArea.self))
    var a4p: [String] = []

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let draft = try PositionDraft(
            meeting: meeting, party: party, kind: kind, topic: topic, text: text, a4p: A4PArea.parseList(a4p))
        let position = try global.openStore().addPosition(draft)
        try output.print(position) {
            "Recorded \(position.id): \(position.kind.rawValue) by \(position.party) on \(position.topic.rawValue) at \(position.meeting).\n"
        }
    }
}
