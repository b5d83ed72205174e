import TriadCore

/// A meeting to log, as the user described it.
public struct MeetingDraft: Sendable {
    public var kind: MeetingKind
    public var title: String
    public var start: MeetingStart
    public var status: MeetingStatus
    public var missions: [String]
    public var chair: String?
    public var location: String?
    public var mode: MeetingMode?
    public var summary: String?
    public var a4p: [A4PArea]
    /// Attending parties' codes, each with its representative if named.
    public var attendees: [(code: String, representative: String?)]
    public var invitees: [String]
    /// Its level; nil gives the kind's default (confidential for private meetings and briefings).
    public var classification: Classification?

    /// Creates a draft, checking the texts.
    public init(
        kind: MeetingKind, title: String, start: MeetingStart, status: MeetingStatus, missions: [String] = [],
        chair: String? = nil, location: String? = nil, mode: MeetingMode? = nil, summary: String? = nil,
        a4p: [A4PArea] = [], attendees: [(code: String, representative: String?)] = [], invitees: [String] = [],
        classification: Classification? = nil
    ) throws(DomainError) {
        self.kind = kind
        self.title = try Text.required(title, field: "meeting title")
        self.start = start
        self.status = status
        self.missions = missions
        self.chair = chair
        self.location = try Text.optional(location, field: "location")
        self.mode = mode
        self.summary = try Text.optional(summary, field: "summary")
        self.a4p = a4p
        var checked: [(code: String, representative: String?)] = []
        for attendee in attendees {
            checked.append((attendee.code, try Text.optional(attendee.representative, field: "representative")))
        }
        self.attendees = checked
        self.invitees = invitees
        self.classification = classification
    }
}
