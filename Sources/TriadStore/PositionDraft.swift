import TriadCore

/// A position to record, as the user described it.
public struct PositionDraft: Sendable {
    public var meeting: MeetingID
    public var party: String
    public var kind: PositionKind
    public var topic: PositionTopic
    public var text: String
    public var a4p: [A4PArea]

    /// Creates a draft, checking the text.
    public init(
        meeting: MeetingID, party: String, kind: PositionKind, topic: PositionTopic, text: String,
        a4p: [A4PArea] = []
    ) throws(DomainError) {
        self.meeting = meeting
        self.party = party
        self.kind = kind
        self.topic = topic
        self.text = try Text.required(text, field: "position text")
        self.a4p = a4p
    }
}
